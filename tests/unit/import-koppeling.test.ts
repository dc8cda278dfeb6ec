/**
 * Issue 15, column mapping: a case system's export with its own headers and codes. Suggestions from
 * known aliases, the name and the first values; values of coded columns mapped; "niet inlezen" keeps
 * an identifying column out of every table; a saved profile is applied to the same header, and said.
 */
import { describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { TABLES } from '../../src/lib/server/schema';
import { stelVoor, stelWaardenVoor, type Koppeling } from '../../src/lib/server/import/koppeling';
import { bewaarProfiel, hernoemProfiel, leesProfielJson, profielen, verwijderProfiel } from '../../src/lib/server/import/profielen';
import { importInto } from './helpers';
import { GOOD } from './formats';

const tlv = TABLES.find((t) => t.name === 'tlv')!;
const kolom = (n: string) => tlv.columns.find((c) => c.name === n)!;

const KOP = ['Dossier nr', 'Leerling-ID', 'Type', 'Zwaarte', 'Besluit d.d.', 'Start', 'Eind', 'Van school (BRIN)', 'Vestiging', 'BSN'];
const FILE = `${KOP.join(';')}
D-1;LL1;SO;Zwaar;15-09-2024;01-10-2024;31-07-2026;11AA;00;123456782
D-2;LL2;Speciaal basisonderwijs;;03-03-2024;04-03-2024;;11AA;01;111222333
`;

describe('suggesting a mapping (hand-made headers)', () => {
	it('maps every unusual header of a TLV export to its column, from aliases, name and values', () => {
		const monsters = FILE.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(';'));
		const v = stelVoor(
			tlv,
			KOP,
			KOP.map((_, i) => monsters.map((r) => r[i]))
		);
		expect(Object.fromEntries(v.map((x) => [x.kop, x.kolom]))).toEqual({
			'Dossier nr': 'tlv_id',
			'Leerling-ID': 'leerling',
			Type: 'soort',
			Zwaarte: 'categorie',
			'Besluit d.d.': 'besluitdatum',
			Start: 'ingangsdatum',
			Eind: 'einddatum',
			'Van school (BRIN)': 'herkomst_brin',
			Vestiging: 'herkomst_vestiging',
			BSN: null
		});
		// Known aliases are sure; a look-alike is a suggestion the beheerder confirms.
		expect(v.find((x) => x.kop === 'Type')!.zeker).toBe(true);
		expect(v.find((x) => x.kop === 'Dossier nr')!.zeker).toBe(false);
	});

	it('does not take a header whose values do not fit the column its name resembles', () => {
		// "Startdatum" holding school names is no date.
		const v = stelVoor(tlv, ['tlv_id', 'Startdatum'], [['T1'], ['De Vlieger', 'Het Anker']]);
		expect(v[1].kolom).toBeNull();
	});

	it('suggests values of coded columns that hold one allowed value as a word, and leaves the rest to the beheerder', () => {
		expect(stelWaardenVoor(kolom('soort'), ['SO', 'Speciaal basisonderwijs', 'SBO-plaatsing', 'Cluster 4 VSO', 'Onbekend'])).toEqual({
			'sbo-plaatsing': 'sbo',
			'cluster 4 vso': 'vso',
			onbekend: null
		});
		expect(stelWaardenVoor(kolom('categorie'), ['Categorie 1', 'Zwaar'])).toEqual({ zwaar: null });
	});
});

const MAPPING: Koppeling = {
	tabel: 'tlv',
	kop: KOP,
	kolommen: {
		'Dossier nr': 'tlv_id',
		'Leerling-ID': 'leerling',
		Type: 'soort',
		Zwaarte: 'categorie',
		'Besluit d.d.': 'besluitdatum',
		Start: 'ingangsdatum',
		Eind: 'einddatum',
		'Van school (BRIN)': 'herkomst_brin',
		Vestiging: 'herkomst_vestiging',
		BSN: null
	},
	waarden: { categorie: { zwaar: 'hoog' } }
};

async function metScholen() {
	const db = await MonitorDb.open(':memory:');
	await importInto(db, { 'scholen.csv': GOOD['scholen.csv'] });
	return db;
}

describe('importing through a mapping', () => {
	it("without a mapping: refused, with the file's columns and suggestions for the mapping screen; the BSN column refused by name", async () => {
		const db = await metScholen();
		const r = await importInto(db, { 'tlv-export.csv': FILE });
		expect(r.ok).toBe(false);
		expect(r.groups.find((g) => g.kind === 'privacy')!.column).toBe('BSN');
		const k = r.koppelen![0];
		expect(k.bestand).toBe('tlv-export.csv');
		expect(k.voorstel.find((v) => v.kop === 'Dossier nr')!.kolom).toBe('tlv_id');
		// The BSN values never reach the mapping screen.
		expect(k.rijen[0]).toEqual(['D-1', 'LL1', 'SO', 'Zwaar', '15-09-2024', '01-10-2024', '31-07-2026', '11AA', '00', '']);
		expect(k.waarden[3].categorie).toEqual({ zwaar: null });
		db.close();
	});

	it('loads with the mapped columns and values, validated like native ones; the BSN column "niet inlezen" is stored nowhere', async () => {
		const db = await metScholen();
		const r = await importInto(db, { 'tlv-export.csv': FILE }, { koppelingen: [MAPPING] });
		expect(r.groups.filter((g) => g.level === 'fout')).toEqual([]);
		expect(r.ok).toBe(true);
		const t = await db.query(
			`SELECT tlv_id, leerling, soort, categorie, strftime(ingangsdatum, '%d-%m-%Y') AS ingang, herkomst_vestiging FROM tlv ORDER BY tlv_id`
		);
		expect(t.rows).toEqual([
			{ tlv_id: 'D-1', leerling: 'LL1', soort: 'so', categorie: 'hoog', ingang: '01-10-2024', herkomst_vestiging: '00' },
			{ tlv_id: 'D-2', leerling: 'LL2', soort: 'sbo', categorie: null, ingang: '04-03-2024', herkomst_vestiging: '01' }
		]);
		const cols = (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'tlv'`)).rows.map((x) => String(x.column_name));
		expect(cols.some((c) => /bsn/i.test(c))).toBe(false);
		const tlvText = JSON.stringify((await db.query(`SELECT * FROM tlv`)).rows);
		expect(tlvText).not.toContain('123456782');
		expect(r.groups.find((g) => g.kind === 'koppeling_toegepast')!.problem).toContain('niet ingelezen: "BSN"');
		db.close();
	});

	it('a mapped value outside the allowed ones is refused like in a native column', async () => {
		const db = await metScholen();
		const r = await importInto(db, { 'tlv-export.csv': FILE }, { koppelingen: [{ ...MAPPING, waarden: {} }] });
		expect(r.ok).toBe(false);
		const g = r.groups.find((x) => x.column === 'categorie' && x.level === 'fout')!;
		expect(g.examples[0].value).toBe('Zwaar');
		expect(g.examples[0].row).toBe(2);
		db.close();
	});
});

describe('a header the table does not know, in a file that is fine otherwise', () => {
	const ARR = `arrangement_id,leerling,brin,vestiging,soort,startdatum,Evaluatie datum
A-1,LL1,11AA,00,rugzak,01-09-2024,15-01-2025
A-2,LL2,11AA,00,groep,01-10-2024,
`;

	it('is named and offered for mapping (with a suggestion), not only skipped in a notice', async () => {
		const db = await metScholen();
		const r = await importInto(db, { 'arrangementen.csv': ARR }, { dryRun: true });
		expect(r.ok).toBe(true);
		expect(r.groups.find((g) => g.kind === 'kolom_genegeerd')!.column).toBe('Evaluatie datum');
		const [k] = r.koppelen!;
		expect([k.bestand, k.tabel, k.ongebruikt]).toEqual(['arrangementen.csv', 'arrangementen', ['Evaluatie datum']]);
		expect(k.voorstel.find((v) => v.kop === 'Evaluatie datum')!.kolom).toBe('evaluatiedatum');
		db.close();
	});

	it('mapped, it is read as the field it is; a file without unknown headers offers nothing', async () => {
		const db = await metScholen();
		const kop = ['arrangement_id', 'leerling', 'brin', 'vestiging', 'soort', 'startdatum', 'Evaluatie datum'];
		const kolommen = Object.fromEntries(kop.map((h) => [h, h === 'Evaluatie datum' ? 'evaluatiedatum' : h]));
		const r = await importInto(db, { 'arrangementen.csv': ARR }, { koppelingen: [{ tabel: 'arrangementen', kop, kolommen, waarden: {} }] });
		expect(r.ok).toBe(true);
		expect(r.koppelen).toBeUndefined();
		const t = await db.query(`SELECT arrangement_id, strftime(evaluatiedatum, '%d-%m-%Y') AS evaluatie FROM arrangementen ORDER BY 1`);
		expect(t.rows).toEqual([
			{ arrangement_id: 'A-1', evaluatie: '15-01-2025' },
			{ arrangement_id: 'A-2', evaluatie: null }
		]);
		const gewoon = await importInto(db, { 'arrangementen.csv': ARR.replace('Evaluatie datum', 'evaluatiedatum') }, { dryRun: true });
		expect(gewoon.koppelen).toBeUndefined();
		db.close();
	});
});

describe('profiles', () => {
	it('a saved profile is applied to a later file with the same header, and the report says so', async () => {
		const db = await metScholen();
		expect(await bewaarProfiel(db, 'Indigo TLV', MAPPING, 'test')).toBeNull();
		// Another file name, header in other case and spacing: the same header.
		const r = await importInto(db, { 'export maart.csv': FILE.replace('Dossier nr', 'DOSSIER  NR') });
		expect(r.ok).toBe(true);
		expect(r.groups.find((g) => g.kind === 'koppeling_toegepast')!.problem).toMatch(
			/^Kolomprofiel "Indigo TLV" toegepast \(zelfde kopregel\): "DOSSIER {2}NR" als tlv_id;/
		);
		expect(Number((await db.query(`SELECT count(*) AS n FROM tlv`)).rows[0].n)).toBe(2);
		// A different header: not applied.
		const other = await importInto(db, { 'tlv-export.csv': FILE.replace(';BSN', ';Opmerking') });
		expect(other.groups.some((g) => g.kind === 'koppeling_toegepast')).toBe(false);
		db.close();
	});

	it('can be listed, renamed, deleted, and read back from its exported JSON', async () => {
		const db = await MonitorDb.open(':memory:');
		await bewaarProfiel(db, 'Indigo TLV', MAPPING, 'test');
		expect(await hernoemProfiel(db, 'Indigo TLV', 'Indigo', 'test')).toBeNull();
		const [p] = await profielen(db);
		expect([p.naam, p.tabel, p.door]).toEqual(['Indigo', 'tlv', 'test']);
		const json = JSON.stringify({ formaat: 'passend-monitor-kolomprofiel', ...p.koppeling });
		const back = leesProfielJson(json, 'indigo.json');
		expect('profiel' in back && back.profiel.kolommen.BSN).toBeNull();
		expect(leesProfielJson('{"naam":"x"}', 'fout.json')).toEqual({ fout: expect.stringContaining('Het bestand "fout.json" is geen kolomprofiel') });
		expect(await bewaarProfiel(db, 'Kapot', { ...MAPPING, kolommen: { 'Dossier nr': 'dossier' } }, 'test')).toBe(
			'Het profiel "Kapot" noemt kolommen die tabel tlv niet heeft: dossier. Kies een van: tlv_id, leerling, soort, categorie, herkomst_brin, herkomst_vestiging, aanvraagdatum, besluitdatum, ingangsdatum, einddatum, geboortejaar.'
		);
		expect(await verwijderProfiel(db, 'Indigo', 'test')).toBe(true);
		expect(await profielen(db)).toEqual([]);
		db.close();
	});

	it('every change of a profile is in the audit log with who, when and from where; a refused change is not', async () => {
		const db = await MonitorDb.open(':memory:');
		const voor = Date.now();
		await bewaarProfiel(db, 'Indigo TLV', MAPPING, 'bea', { ip: '10.0.0.7', hoe: 'bij het koppelen van kolommen' });
		// The same header under another name replaces the first profile: said in the line.
		await bewaarProfiel(db, 'Indigo 2025', MAPPING, 'bea', { ip: '10.0.0.7', hoe: 'geïmporteerd uit indigo.json' });
		expect(await hernoemProfiel(db, 'Indigo 2025', 'x', 'bea')).toBe('De naam van een profiel heeft minstens 2 tekens.');
		expect(await hernoemProfiel(db, 'Indigo 2025', 'Indigo', 'piet', { ip: '10.0.0.8' })).toBeNull();
		expect(await verwijderProfiel(db, 'Bestaat niet', 'piet')).toBe(false);
		expect(await verwijderProfiel(db, 'Indigo', 'piet', { ip: '10.0.0.8' })).toBe(true);
		const log = await db.query(`SELECT gebruiker, gebeurtenis, details, ip, epoch_ms(tijdstip) AS ms FROM audit_log ORDER BY id`);
		expect(log.rows.map(({ ms: _, ...r }) => r)).toEqual([
			{ gebruiker: 'bea', gebeurtenis: 'kolomprofiel_bewaard', details: '"Indigo TLV" (tabel tlv), bij het koppelen van kolommen', ip: '10.0.0.7' },
			{
				gebruiker: 'bea',
				gebeurtenis: 'kolomprofiel_bewaard',
				details: '"Indigo 2025" (tabel tlv), geïmporteerd uit indigo.json, vervangt "Indigo TLV"',
				ip: '10.0.0.7'
			},
			{ gebruiker: 'piet', gebeurtenis: 'kolomprofiel_hernoemd', details: '"Indigo 2025" heet nu "Indigo"', ip: '10.0.0.8' },
			{ gebruiker: 'piet', gebeurtenis: 'kolomprofiel_verwijderd', details: '"Indigo" (tabel tlv)', ip: '10.0.0.8' }
		]);
		// When: the moment of the change (UTC in the log, shown in Europe/Amsterdam).
		for (const r of log.rows) expect(Math.abs(Number(r.ms) - voor)).toBeLessThan(60_000);
		db.close();
	});
});

describe('npm run import with column mapping', () => {
	it('refuses an ambiguous file with the suggested mapping and how to save it; --profiel-opslaan saves and loads; --profiel uses it', async () => {
		const { spawnSync } = await import('node:child_process');
		const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(join(tmpdir(), 'pm-koppel-'));
		const dbFile = join(dir, 'm.duckdb');
		writeFileSync(join(dir, 'scholen.csv'), GOOD['scholen.csv']);
		const file = join(dir, 'tlv-export.csv');
		writeFileSync(file, FILE.replace(';Zwaar;', ';Categorie 3;'));
		const cli = (...args: string[]) =>
			spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--db', dbFile, ...args], { encoding: 'utf8', timeout: 120_000 });
		try {
			expect(cli(join(dir, 'scholen.csv')).status).toBe(0);
			const refused = cli(file);
			expect(refused.status).toBe(1);
			expect(refused.stdout).toContain('De kolommen van tlv-export.csv (tabel tlv) passen niet vanzelf. Voorgestelde koppeling:');
			expect(refused.stdout).toContain('"Dossier nr" → tlv_id');
			expect(refused.stdout).toContain('"BSN" → niet inlezen');
			expect(refused.stdout).toContain(`npm run import -- --profiel-opslaan NAAM ${file}`);
			const saved = cli('--profiel-opslaan', 'Indigo', file);
			expect(saved.stderr).toContain('Kolomprofiel "Indigo" bewaard voor tlv-export.csv');
			expect(saved.status).toBe(0);
			expect(saved.stdout).toContain('Kolomprofiel "Indigo" toegepast (zelfde kopregel)');
			const again = cli('--profiel', 'Indigo', '--dry-run', file);
			expect(again.status).toBe(0);
			expect(cli('--profiel', 'Onbekend', file).stderr).toContain('Er is geen kolomprofiel "Onbekend". Bewaard zijn: "Indigo".');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});
