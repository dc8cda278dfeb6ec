/**
 * Issue 15: a real case system's export (Indigo's TLV export: beschikkingsnummer,
 * lokaal_leerlingnummer, soort `SO`, categorie `Categorie 1`, datum_besluit, duur_in_jaren; no tlv_id,
 * leerling or ingangsdatum) is read by its aliases and derived values (data/README.md), said in the report.
 * And privacy by pattern on a real case-system export: Indigo's TLV export carries bsn_own and
 * sleutel_beschikking_gebdat. The file is refused naming each column (not skipped as unknown), and a
 * column refused for its content is not also reported as "skipped".
 */
import { describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { importInto, tableChecksums } from './helpers';
import { GOOD } from './formats';

describe('an Indigo-like TLV export with identifying columns', () => {
	it('is refused naming bsn_own, sleutel_beschikking_gebdat and a column of postcodes; nothing changes', async () => {
		const db = await MonitorDb.open(':memory:');
		await importInto(db, GOOD);
		const before = await tableChecksums(db);
		const tlv = `tlv_id;leerling;soort;categorie;besluitdatum;ingangsdatum;bsn_own;sleutel_beschikking_gebdat;pc
T-9;LL9;so;Categorie 1;01-09-2024;01-09-2024;123456782;04-03-2015;1234 AB
`;
		const r = await importInto(db, { 'tlv.csv': tlv });
		expect(r.ok).toBe(false);
		const privacy = r.groups.filter((g) => g.kind === 'privacy');
		expect(privacy.map((g) => g.column).sort()).toEqual(['bsn_own', 'pc', 'sleutel_beschikking_gebdat']);
		expect(privacy.find((g) => g.column === 'bsn_own')!.problem).toContain('burgerservicenummer');
		expect(privacy.find((g) => g.column === 'sleutel_beschikking_gebdat')!.problem).toContain('geboortedatum');
		expect(privacy.find((g) => g.column === 'pc')!.problem).toContain('1 waarde is een postcode (de eerste op rij 2)');
		// Refused, so not "onbekend … wordt overgeslagen" as well.
		expect(r.groups.filter((g) => g.kind === 'kolom_genegeerd')).toEqual([]);
		expect(await tableChecksums(db)).toEqual(before);
		db.close();
	});
});

const INDIGO = `beschikkingsnummer;lokaal_leerlingnummer;soort;categorie;datum_besluit;duur_in_jaren
B-2024-001;100234;SO;Categorie 1;15-09-2024;2
B-2024-002;100235;SBO;;03-03-2024;1
B-2024-003;100236;SO;Categorie 3;01-08-2024;
`;

describe('an Indigo-like TLV export', () => {
	for (const name of ['Indigo TLV-rapportage.csv', 'export 2024.csv']) {
		it(`loads with tlv_id, leerling, ingangsdatum and einddatum taken or derived, and says so (${name})`, async () => {
			const db = await MonitorDb.open(':memory:');
			await importInto(db, { 'scholen.csv': GOOD['scholen.csv'] });
			const r = await importInto(db, { [name]: INDIGO });
			expect(r.groups.filter((g) => g.level === 'fout')).toEqual([]);
			expect(r.ok).toBe(true);
			const t = await db.query(`SELECT tlv_id, leerling, soort, categorie, strftime(besluitdatum, '%d-%m-%Y') AS besluit,
				strftime(ingangsdatum, '%d-%m-%Y') AS ingang, strftime(einddatum, '%d-%m-%Y') AS eind FROM tlv ORDER BY tlv_id`);
			expect(t.rows).toEqual([
				// From 15-9-2024 for 2 years: schooljaren 2024-2025 and 2025-2026, so until 31-7-2026.
				{ tlv_id: 'B-2024-001', leerling: '100234', soort: 'so', categorie: 'laag', besluit: '15-09-2024', ingang: '15-09-2024', eind: '31-07-2026' },
				// From 3-3-2024 (schooljaar 2023-2024) for 1 year: until 31-7-2024.
				{ tlv_id: 'B-2024-002', leerling: '100235', soort: 'sbo', categorie: null, besluit: '03-03-2024', ingang: '03-03-2024', eind: '31-07-2024' },
				// No duration: open.
				{ tlv_id: 'B-2024-003', leerling: '100236', soort: 'so', categorie: 'hoog', besluit: '01-08-2024', ingang: '01-08-2024', eind: null }
			]);
			const said = r.groups.find((g) => g.kind === 'kolommen_herkend')!;
			expect(said.level).toBe('melding');
			expect(said.problem).toContain('"beschikkingsnummer" als tlv_id');
			expect(said.problem).toContain('"lokaal_leerlingnummer" als leerling');
			expect(said.problem).toContain('ingangsdatum gelijk aan besluitdatum');
			expect(said.problem).toContain('einddatum uit "duur_in_jaren"');
			expect(r.groups.some((g) => g.kind === 'kolom_genegeerd')).toBe(false);
			db.close();
		});
	}

	it('a duration that is no number is refused on its row, naming the column to fix', async () => {
		const db = await MonitorDb.open(':memory:');
		await importInto(db, { 'scholen.csv': GOOD['scholen.csv'] });
		const r = await importInto(db, { 'Indigo TLV-rapportage.csv': INDIGO.replace(';15-09-2024;2', ';15-09-2024;twee') });
		expect(r.ok).toBe(false);
		const g = r.groups.find((x) => x.column === 'einddatum')!;
		expect(g).toMatchObject({ level: 'fout', count: 1 });
		expect(g.examples[0]).toMatchObject({ row: 2, value: 'duur twee' });
		db.close();
	});
});
