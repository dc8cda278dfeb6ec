/**
 * The bad corpus (tests/fixtures/bad/): every file is refused with the message a person needs
 * (kind, row, column, value), and leaves the database exactly as it was.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MonitorDb } from '../../src/lib/server/db';
import { runImport } from '../../src/lib/server/import/importer';
import { GOOD } from './formats';
import { importInto, tableChecksums } from './helpers';

const BAD_DIR = 'tests/fixtures/bad';

interface Expect {
	kind: string;
	row?: number | null;
	column?: string | null;
	value?: string | null;
	/** Words the message must contain. */
	says?: RegExp;
}

/** file → the problem it must give (one of possibly several). */
const EXPECTED: Record<string, Expect> = {
	'telling-scheidingsteken-pipe.csv': { kind: 'scheidingsteken', row: 1, says: /scheidingsteken/ },
	'telling-onbekende-school.csv': { kind: 'school_onbekend', row: 3, column: 'brin', value: '99ZZ00' },
	'tlv-zonder-besluitdatum.csv': { kind: 'kolom_ontbreekt', row: 1, column: 'besluitdatum', says: /verplichte kolom besluitdatum ontbreekt/ },
	'tlv-dubbele-id.csv': { kind: 'dubbel', row: 2, column: 'tlv_id', value: 'T-100' },
	'telling-31-02-2024.csv': { kind: 'date_ongeldig', row: 2, column: 'teldatum', value: '31-02-2024', says: /geen geldige datum/ },
	'inzet-uren-min1.csv': { kind: 'te_klein', row: 2, column: 'uren', value: '-1', says: /groter dan 0/ },
	'inzet-uren-2,5,0.csv': { kind: 'decimal_ongeldig', row: 3, column: 'uren', value: '2,5,0' },
	'leeg.csv': { kind: 'bestand_leeg', row: null, says: /leeg/ },
	'telling-alleen-kop.csv': { kind: 'geen_rijen', says: /geen gegevens/ },
	'tlv-bsn.csv': { kind: 'privacy', row: 1, column: 'BSN', says: /burgerservicenummer/ },
	'tlv-naam-leerling.csv': { kind: 'privacy', row: 1, column: 'Naam leerling', says: /naam van een leerling/ },
	'tlv-geboortedatum.csv': { kind: 'privacy', row: 1, column: 'Geboortedatum', says: /geboortedatum/ },
	'arrangementen-adres.csv': { kind: 'privacy', row: 1, column: 'Adres', says: /adres van een leerling/ },
	'export-onbekend.csv': { kind: 'tabel_onbekend', row: 1, says: /Niet herkend welke tabel/ },
	'telling-leerlingen-tekst.csv': { kind: 'integer_ongeldig', row: 2, column: 'leerlingen', value: 'ca. 200' },
	'tlv-einddatum-voor-ingangsdatum.csv': { kind: 'volgorde_datums', row: 2, column: 'einddatum', says: /einddatum ligt vóór ingangsdatum/ },
	'tlv-so-zonder-categorie.csv': { kind: 'categorie_ontbreekt', row: 3, column: 'categorie', value: 'T-101' },
	'tlv-categorie-4.csv': { kind: 'text_ongeldig', row: 2, column: 'categorie', value: '4', says: /niet toegestaan/ },
	'inzet-onbekende-kring.csv': { kind: 'kring_onbekend', row: 2, column: 'kring', value: 'Kring West' },
	'inzet-activiteit-onbekend.csv': { kind: 'text_ongeldig', row: 2, column: 'activiteit', value: 'koffie drinken' },
	'inzet-uren-13.csv': { kind: 'te_groot', row: 2, column: 'uren', value: '13', says: /hoogstens 12/ },
	'formatie-schooljaar.csv': { kind: 'schooljaar_ongeldig', row: 2, column: 'schooljaar', value: '2024-2026' },
	'besteding-bedrag.csv': { kind: 'euro_ongeldig', row: 2, column: 'bedrag', value: 'twaalf euro' },
	'toekenning-brin.csv': { kind: 'brin_ongeldig', row: 2, column: 'brin', value: '1AB' },
	'scholen-kring-leeg.csv': { kind: 'kring_ontbreekt', row: 2, column: 'kring' },
	'scholen-naam-leeg.csv': { kind: 'verplicht_leeg', row: 2, column: 'naam' },
	'telling-dubbele-regel.csv': { kind: 'dubbel', row: 2, column: 'teldatum + brin + vestiging' },
	'arrangementen-vestiging.csv': { kind: 'vestiging_ongeldig', row: 2, column: 'vestiging', value: '1A' },
	'inzet-decimale-komma.csv': { kind: 'te_veel_velden', row: 2, value: '5', says: /meer velden dan de kopregel/ },
	'tlv-kolom-dubbel.csv': { kind: 'kolom_dubbel', row: 1, column: 'dossiernummer' },
	'scholen.xls': { kind: 'formaat_onbekend', says: /\.xlsx/ },
	'telling-kapot.xlsx': { kind: 'bestand_onleesbaar', says: /Excel-werkmap/ },
	'telling-negatief.csv': { kind: 'te_klein', row: 2, column: 'leerlingen', value: '-1' },
	'formatie-onbekende-kring.csv': { kind: 'kring_onbekend', row: 2, value: 'Kring Oost' },
	'telling-school-in-andere-import.csv': { kind: 'school_onbekend', row: 2, value: '11AA02' },
	'scholen-windows-1252-soort.csv': {
		kind: 'sector_gemengd',
		row: 3,
		column: 'soort',
		value: 'vo (Praktijkschool Hoogeën)',
		says: /VO-school, maar de database is PO/
	},
	'tlv-slechte-datum.xlsx': { kind: 'date_ongeldig', row: 3, column: 'besluitdatum', value: '31-02-2024' },
	'werkmap-onbekend.xlsx': { kind: 'tabel_onbekend', says: /Blad1, Blad2/ },
	'expertteam_inzet-uren.xlsx': { kind: 'te_groot', row: 4, column: 'uren', value: '14' }
};

describe('the bad corpus', () => {
	let db: MonitorDb;
	let before: Record<string, string>;
	beforeAll(async () => {
		db = await MonitorDb.open(':memory:');
		expect((await importInto(db, GOOD)).ok).toBe(true);
		before = await tableChecksums(db);
	});
	afterAll(() => db.close());

	it('holds at least 30 files, each with its expected message', () => {
		const files = readdirSync(BAD_DIR).sort();
		expect(files.length).toBeGreaterThanOrEqual(30);
		expect(files).toEqual(Object.keys(EXPECTED).sort());
	});

	for (const [file, e] of Object.entries(EXPECTED)) {
		it(`${file}: ${e.kind}${e.row ? ` in row ${e.row}` : ''}, and nothing changes`, async () => {
			const r = await runImport(db, [join(BAD_DIR, file)], { user: 'test' });
			expect(r.ok).toBe(false);
			expect(r.loaded).toBe(false);
			const g = r.groups.find((x) => x.kind === e.kind && x.level === 'fout');
			expect(g, JSON.stringify(r.groups.map((x) => [x.kind, x.problem]))).toBeDefined();
			expect(g!.file).toContain(file);
			if (e.says) expect(`${g!.problem} ${g!.fix}`).toMatch(e.says);
			expect(g!.fix.length).toBeGreaterThan(10);
			const ex = g!.examples[0];
			const got = { row: ex?.row ?? g!.examples[0]?.row ?? null, column: ex?.column ?? g!.column, value: ex?.value ?? null };
			if (e.row !== undefined) expect(got.row).toBe(e.row);
			if (e.column !== undefined) expect(got.column).toBe(e.column);
			if (e.value !== undefined) expect(got.value).toBe(e.value);
			expect(await tableChecksums(db)).toEqual(before);
			expect(db.version).toBe(1);
		});
	}

	it('a refused check is written in the import log too, a good check is not', async () => {
		const tel = async () => (await db.query(`SELECT uitkomst, bestanden::VARCHAR AS b FROM import_log ORDER BY tijdstip`)).rows;
		const voor = (await tel()).length;
		const fout = await runImport(db, [join(BAD_DIR, 'telling-31-02-2024.csv')], { user: 'test', dryRun: true });
		expect(fout.ok).toBe(false);
		const na = await tel();
		expect(na.length).toBe(voor + 1);
		expect(na.at(-1)!.uitkomst).toBe('geweigerd bij controle');
		expect(na.at(-1)!.b).toContain('telling-31-02-2024.csv');
		expect((await runImport(db, ['tests/fixtures/good/expertteam_formatie.csv'], { user: 'test', dryRun: true })).ok).toBe(true);
		expect((await tel()).length).toBe(voor + 1);
		expect(await tableChecksums(db)).toEqual(before);
	});

	it('all bad files at once: every problem in one report, nothing changes', async () => {
		const r = await runImport(db, [BAD_DIR], { user: 'test' });
		expect(r.ok).toBe(false);
		const files = new Set(
			r.groups
				.filter((g) => g.level === 'fout')
				.flatMap((g) => g.files ?? [g.file])
				.map((f) => f.replace(/ \(blad .*\)$/, ''))
		);
		expect(files.size).toBe(Object.keys(EXPECTED).length);
		expect(await tableChecksums(db)).toEqual(before);
		const log = await db.query(`SELECT uitkomst, count(*)::INTEGER AS n FROM import_log GROUP BY 1 ORDER BY 1`);
		expect(log.rows.find((x) => x.uitkomst === 'ingelezen')?.n).toBe(1);
	});
});
