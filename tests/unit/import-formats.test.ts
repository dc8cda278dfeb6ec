/** Every format an SWV sends imports to the same rows as the plain comma CSV (data/README.md). */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MonitorDb } from '../../src/lib/server/db';
import { runImport } from '../../src/lib/server/import/importer';
import { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { importInto, tableChecksums } from './helpers';
import { GOOD, DUO_HEADER, dutchCsv, duoFile, parquetFiles, windows1252, xlsxSingle, xlsxWorkbook } from './formats';

async function checksumsOf(files: Record<string, string | Buffer>) {
	const db = await MonitorDb.open(':memory:');
	const r = await importInto(db, files);
	const sums = await tableChecksums(db);
	db.close();
	return { r, sums };
}

const mapValues = <T>(o: Record<string, string>, f: (v: string, k: string) => T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v, k)]));

describe('good variants of every table', () => {
	let expected: Record<string, string>;
	beforeAll(async () => {
		const { r, sums } = await checksumsOf(GOOD);
		expect(r.groups.filter((g) => g.level !== 'melding')).toEqual([]);
		expect(r.rows).toEqual({
			scholen: 5,
			telling: 9,
			tlv: 3,
			arrangementen: 2,
			expertteam_inzet: 3,
			expertteam_formatie: 2,
			budget_toekenning: 3,
			budget_besteding: 3
		});
		expected = sums;
	});

	const variants: [string, () => Promise<Record<string, string | Buffer>>][] = [
		['CSV with ; and Dutch dates and decimal commas', async () => mapValues(GOOD, (v) => dutchCsv(v))],
		['CSV in Windows-1252 with ;', async () => mapValues(GOOD, (v) => windows1252(dutchCsv(v)))],
		['CSV with tabs, a BOM and dates as 01/10/2024', async () => mapValues(GOOD, (v) => '\uFEFF' + dutchCsv(v, '\t', (y, m, d) => `${d}/${m}/${y}`))],
		[
			'CSV with dates as 20241001 and empty lines',
			async () => mapValues(GOOD, (v) => dutchCsv(v, ',', (y, m, d) => `${y}${m}${d}`).replace('\r\n', '\r\n\r\n'))
		],
		['one .xlsx workbook with a sheet per table (and a sheet to skip)', async () => ({ 'export Kindkans.xlsx': await xlsxWorkbook(GOOD) })],
		[
			'an .xlsx workbook per table',
			async () =>
				Object.fromEntries(
					await Promise.all(Object.entries(GOOD).map(async ([f, v]) => [f.replace('.csv', '.xlsx'), await xlsxSingle(f.replace('.csv', ''), v)]))
				)
		],
		[
			'DUO open data for telling (Windows-1252, skipping schools outside the SWV)',
			async () => ({ ...GOOD, 'telling.csv': '', '01.-leerlingen-po-soort-po-cluster-leeftijd-2024-2025.csv': duoFile(GOOD['telling.csv']) })
		],
		[
			'DUO open data with 6-character VESTIGINGSCODE',
			async () => ({ ...GOOD, 'telling.csv': '', '01.-leerlingen-po-soort-po-cluster-leeftijd.csv': duoFile(GOOD['telling.csv'], true) })
		]
	];
	for (const [name, make] of variants) {
		it(`${name} imports to the same rows`, async () => {
			const files = await make();
			if (files['telling.csv'] === '') delete files['telling.csv'];
			const { r, sums } = await checksumsOf(files);
			expect(r.groups.filter((g) => g.level === 'fout')).toEqual([]);
			expect(sums).toEqual(expected);
		});
	}

	it('Parquet with real types imports to the same rows', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pm-parquet-'));
		try {
			await parquetFiles(GOOD, dir);
			const db = await MonitorDb.open(':memory:');
			const r = await runImport(
				db,
				Object.keys(GOOD).map((f) => join(dir, f.replace('.csv', '.parquet'))),
				{ user: 'test' }
			);
			expect(r.groups.filter((g) => g.level === 'fout')).toEqual([]);
			expect(await tableChecksums(db)).toEqual(expected);
			db.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('keeps é and ë in a Windows-1252 file', async () => {
		const db = await MonitorDb.open(':memory:');
		await importInto(db, { 'scholen.csv': windows1252(dutchCsv(GOOD['scholen.csv'])) });
		const r = await db.query(`SELECT naam FROM scholen WHERE brin = '11AA' OR brin = '11BB' ORDER BY brin, vestiging`);
		expect(r.rows.map((x) => x.naam)).toEqual(['Basisschool De Eéndracht', 'Basisschool De Eéndracht dependance', 'Basisschool Hoogeën']);
		db.close();
	});

	it('tells which DUO rows were skipped as outside the SWV', async () => {
		const db = await MonitorDb.open(':memory:');
		const r = await importInto(db, { 'scholen.csv': GOOD['scholen.csv'], '01.-leerlingen-po-soort-po-cluster-leeftijd.csv': duoFile(GOOD['telling.csv']) });
		const skipped = r.groups.find((g) => g.kind === 'buiten_swv')!;
		expect(skipped).toMatchObject({ level: 'melding', count: 1 });
		expect(skipped.examples[0]).toMatchObject({ row: 11, value: '99ZZ00' });
		expect(r.rows.telling).toBe(9);
		db.close();
	});
});

describe('DUO cells with <5', () => {
	it('store the total as an estimate with its range, and the report says so', async () => {
		const db = await MonitorDb.open(':memory:');
		const ages = (cells: string[]) => [...cells, ...new Array(DUO_HEADER.length - 13 - cells.length).fill('')];
		const line = (vest: string, cells: string[]) =>
			['20241001', '11AA', vest, 'X', '1234AB', 'L', '1', 'L', 'G', 'BaO', '', 'Openbaar', '1', ...ages(cells)].join(';');
		const duo = [DUO_HEADER.join(';'), line('00', ['', '<5', '20', '<5', '30']), line('01', ['', '12', '9'])].join('\n');
		const r = await importInto(db, { 'scholen.csv': GOOD['scholen.csv'], '01.-leerlingen-po-soort-po-cluster-leeftijd-2024.csv': duo });
		expect(r.ok).toBe(true);
		// 20 + 30 exact, two cells of 1 to 4: between 52 and 58, stored as its minimum 52 (issue 15: never
		// 2,5 per cell, which overstated sbo pupils nationally by about half; before, 55 was stored).
		const g = r.groups.find((x) => x.kind === 'schatting')!;
		expect(g).toMatchObject({ level: 'waarschuwing', count: 1 });
		expect(g.examples[0]).toMatchObject({ row: 2, value: '52 tot 58' });
		const t = await db.query(`SELECT vestiging, leerlingen, leerlingen_min, leerlingen_max FROM telling ORDER BY vestiging`);
		expect(t.rows).toEqual([
			{ vestiging: '00', leerlingen: 52, leerlingen_min: 52, leerlingen_max: 58 },
			{ vestiging: '01', leerlingen: 21, leerlingen_min: null, leerlingen_max: null }
		]);
		// The overview's figures know the count is an estimate.
		const kern = await new QueryRegistry(db).run('kerncijfers', {}, FULL_SCOPE);
		expect(kern.rows.map((x) => [x.teldatum, x.telling_schatting])).toEqual([['2024-10-01', true]]);
		db.close();
	});
});

describe('recognition', () => {
	it('finds the table from the header when the file name says nothing, accepts aliases, reports unknown columns as ignored', async () => {
		const db = await MonitorDb.open(':memory:');
		const r = await importInto(db, {
			'scholen.csv': GOOD['scholen.csv'],
			'export 17.csv': 'Peildatum;Instellingscode;Vestigingsnummer;Aantal Leerlingen;Opmerking\n01-10-2024;11AA;0;212;geteld door IB\n'
		});
		expect(r.ok).toBe(true);
		expect(r.files.find((f) => f.name === 'export 17.csv')).toMatchObject({ table: 'telling', rows: 1 });
		const ignored = r.groups.find((g) => g.kind === 'kolom_genegeerd')!;
		expect(ignored).toMatchObject({ level: 'melding', column: 'Opmerking', file: 'export 17.csv' });
		expect(ignored.problem).toContain('wordt overgeslagen');
		db.close();
	});

	it("takes a school's address and postcode in scholen as ignored columns, not as a pupil's address", async () => {
		const db = await MonitorDb.open(':memory:');
		const r = await importInto(db, {
			'scholen.csv': 'brin;naam;soort;Adres;Postcode;gemeente;kring\n44GG;De Linde;bao;Dorpsstraat 1;1234 AB;Lindeveen;Kring Noord\n'
		});
		expect(r.ok).toBe(true);
		expect(r.groups.filter((g) => g.kind === 'kolom_genegeerd').map((g) => g.column)).toEqual(['Adres', 'Postcode']);
		db.close();
	});

	it('finds the header of an Excel sheet below a title and an empty row, and counts rows as Excel does', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Blad1');
		ws.addRow(['Overzicht TLV-besluiten 2024, export Kindkans 03-01-2025']);
		ws.addRow([]);
		ws.addRow(['TLV nummer', 'Leerlingcode', 'Soort TLV', 'Bekostigingscategorie', 'Datum besluit', 'Ingangsdatum']);
		ws.addRow(['T-100', 'LL100', 'SO', 'Categorie 1', new Date('2024-09-01T00:00:00Z'), new Date('2024-10-01T00:00:00Z')]);
		ws.addRow(['T-101', 'LL101', 'SO', 'Categorie 4', new Date('2024-09-01T00:00:00Z'), new Date('2024-10-01T00:00:00Z')]);
		const db = await MonitorDb.open(':memory:');
		const r = await importInto(db, { 'TLV export 2024.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) });
		expect(r.files[0]).toMatchObject({ table: 'tlv', rows: 2 });
		const g = r.groups.find((x) => x.kind === 'text_ongeldig')!;
		expect(g.examples[0]).toMatchObject({ row: 5, column: 'categorie', value: 'Categorie 4' });
		db.close();
	});

	it('finds the header of a CSV below a title and an empty line, and counts rows as a spreadsheet does', async () => {
		const db = await MonitorDb.open(':memory:');
		const csv = [
			'Overzicht TLV-besluiten 2024;;;;;',
			'',
			'TLV nummer;Leerlingcode;Soort TLV;Bekostigingscategorie;Datum besluit;Ingangsdatum;Opmerking',
			'T-100;LL100;SO;Categorie 1;01-09-2024;01-10-2024;',
			'T-101;LL101;SO;Categorie 4;01-09-2024;01-10-2024;nagaan'
		].join('\r\n');
		const r = await importInto(db, { 'TLV export 2024.csv': csv });
		expect(r.files[0]).toMatchObject({ table: 'tlv', rows: 2 });
		// Line 5 of the file is the second TLV; the header (with the ignored column) is line 3.
		expect(r.groups.find((x) => x.kind === 'text_ongeldig')!.examples[0]).toMatchObject({ row: 5, column: 'categorie', value: 'Categorie 4' });
		expect(r.groups.find((x) => x.kind === 'kolom_genegeerd')!.examples[0]).toMatchObject({ row: 3, column: 'Opmerking' });
		// With a valid category the same file loads (Categorie 1 and 2 are laag and midden).
		const goed = await importInto(db, { 'TLV export 2024.csv': csv.replace('Categorie 4', 'Categorie 2') });
		expect(goed.ok).toBe(true);
		expect((await db.query(`SELECT tlv_id, categorie FROM tlv ORDER BY tlv_id`)).rows).toEqual([
			{ tlv_id: 'T-100', categorie: 'laag' },
			{ tlv_id: 'T-101', categorie: 'midden' }
		]);
		db.close();
	});

	it("counts rows as the file's lines when a quoted remark spans several lines (also with an empty line in it)", async () => {
		const db = await MonitorDb.open(':memory:');
		const csv = [
			'tlv_id;leerling;soort;categorie;besluitdatum;ingangsdatum;opmerking',
			'T-100;LL100;so;laag;2024-09-01;2024-10-01;"eerste regel',
			'tweede regel"',
			'T-101;LL101;so;laag;2024-09-01;2024-10-01;"een',
			'',
			'alinea later"',
			'',
			'T-102;LL102;so;categorie 4;2024-09-01;2024-10-01;kort'
		].join('\n');
		const r = await importInto(db, { 'tlv.csv': csv });
		expect(r.files[0]).toMatchObject({ table: 'tlv', rows: 3 });
		// T-102 is on line 8 of the file (the header is line 1).
		expect(r.groups.find((x) => x.kind === 'text_ongeldig')!.examples[0]).toMatchObject({ row: 8, column: 'categorie', value: 'categorie 4' });
		db.close();
	});

	it('reads a file that is being uploaded under a temporary name by its original name', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pm-names-'));
		const tmp = join(dir, 'upload-1.csv');
		writeFileSync(tmp, GOOD['scholen.csv']);
		const db = await MonitorDb.open(':memory:');
		const r = await runImport(db, [tmp], { names: new Map([[tmp, 'Scholen 2024.csv']]), dryRun: true });
		expect(r.files[0]).toMatchObject({ name: 'Scholen 2024.csv', table: 'scholen', rows: 5 });
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});
});
