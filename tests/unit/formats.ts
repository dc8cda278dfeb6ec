/**
 * The good fixture (tests/fixtures/good/, plain comma CSV) rewritten in every format an SWV may
 * send: `;` with Dutch dates and decimal commas, Windows-1252, tab with a BOM, .xlsx (one workbook
 * with a sheet per table, or a workbook per table) with real Excel dates and numbers, Parquet with
 * real types, and DUO's open-data file for telling. Each variant must import to the same rows.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableSpecByName } from '../../src/lib/server/schema';

export const GOOD_DIR = 'tests/fixtures/good';
export const GOOD: Record<string, string> = Object.fromEntries(
	readdirSync(GOOD_DIR)
		.filter((f) => f.endsWith('.csv'))
		.sort()
		.map((f) => [f, readFileSync(join(GOOD_DIR, f), 'utf8')])
);

export const rowsOf = (csv: string) =>
	csv
		.trim()
		.split('\n')
		.map((l) => l.split(','));
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `;`-separated, dates as 01-10-2024, decimals with a comma: how Dutch Excel saves a CSV. */
export function dutchCsv(csv: string, sep = ';', date = (y: string, m: string, d: string) => `${d}-${m}-${y}`): string {
	return (
		rowsOf(csv)
			.map((r) =>
				r
					.map((v) =>
						ISO.test(v) ? date(...(ISO.exec(v)!.slice(1) as [string, string, string])) : sep !== ',' && /^-?\d+\.\d+$/.test(v) ? v.replace('.', ',') : v
					)
					.join(sep)
			)
			.join('\r\n') + '\r\n'
	);
}

export const windows1252 = (text: string) => Buffer.from(text, 'latin1');

/** A sheet with the rows of a table: dates as real Excel dates, numbers as numbers. */
function addSheet(wb: ExcelJS.Workbook, sheet: string, table: string, csv: string): void {
	const spec = tableSpecByName(table)!;
	const ws = wb.addWorksheet(sheet);
	const [header, ...rows] = rowsOf(csv);
	ws.addRow(header);
	for (const r of rows) {
		const row = ws.addRow(
			r.map((v, i) => {
				const type = spec.columns.find((c) => c.name === header[i])?.type;
				if (v === '') return null;
				if (type === 'date') return new Date(`${v}T00:00:00Z`);
				if (type === 'integer' || type === 'decimal' || type === 'euro') return Number(v);
				return v;
			})
		);
		row.eachCell((cell) => {
			if (cell.value instanceof Date) cell.numFmt = 'dd-mm-yyyy';
		});
	}
}

export async function xlsxWorkbook(files: Record<string, string>): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('Toelichting').addRow(['Export uit het registratiesysteem, gemaakt voor de monitor.']);
	for (const [f, csv] of Object.entries(files)) addSheet(wb, f.replace('.csv', ''), f.replace('.csv', ''), csv);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function xlsxSingle(table: string, csv: string): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	addSheet(wb, 'Blad1', table, csv);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Parquet with real types (DATE, DOUBLE, BIGINT), written by DuckDB from the CSV. */
export async function parquetFiles(files: Record<string, string>, dir: string): Promise<void> {
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	for (const [f, csv] of Object.entries(files)) {
		const src = join(dir, `${f}.src`);
		writeFileSync(src, csv);
		const out = join(dir, f.replace('.csv', '.parquet'));
		await conn.run(`COPY (SELECT * FROM read_csv('${src}', header = true)) TO '${out}' (FORMAT parquet)`);
	}
	conn.closeSync();
	inst.closeSync();
}

const AGES = ['LEEFTIJD JONGER', ...Array.from({ length: 21 }, (_, i) => `LEEFTIJD ${i + 4}`), 'LEEFTIJD OUDER'];
export const DUO_HEADER = [
	'PEILDATUM',
	'INSTELLINGSCODE',
	'VESTIGINGSCODE',
	'INSTELLINGSNAAM VESTIGING',
	'POSTCODE VESTIGING',
	'PLAATSNAAM',
	'GEMEENTENUMMER',
	'GEMEENTENAAM',
	'PROVINCIE',
	'SOORT PO',
	'CLUSTER',
	'DENOMINATIE VESTIGING',
	'BEVOEGD GEZAG NUMMER',
	...AGES
];

/**
 * DUO's file for the pupils of a telling CSV: each count spread over the ages 4 … 12, with a school
 * from elsewhere in the country that the import must skip. `sixChar` writes VESTIGINGSCODE as BRIN +
 * location, as DUO did in some years.
 */
export function duoFile(tellingCsv: string, sixChar = false): Buffer {
	const names = new Map(
		rowsOf(GOOD['scholen.csv'])
			.slice(1)
			.map((r) => [r[0] + r[1], r[2]])
	);
	const lines = [DUO_HEADER.join(';')];
	const rows = rowsOf(tellingCsv).slice(1);
	rows.push([rows[0][0], '99ZZ', '00', '180']);
	for (const [teldatum, brin, vestiging, n] of rows) {
		const ages = new Array(AGES.length).fill('0');
		let left = Number(n);
		for (let i = 1; left > 0; i = (i % 9) + 1) {
			const take = Math.min(left, Math.ceil(Number(n) / 9));
			ages[i] = String(Number(ages[i]) + take);
			left -= take;
		}
		lines.push(
			[
				teldatum.replace(/-/g, ''),
				brin,
				sixChar ? brin + vestiging : vestiging,
				names.get(brin + vestiging) ?? 'Elders',
				'1234AB',
				'LINDEVEEN',
				'0123',
				'LINDEVEEN',
				'Gelderland',
				'BaO',
				'',
				'Openbaar',
				'12345',
				...ages
			].join(';')
		);
	}
	return windows1252(lines.join('\r\n') + '\r\n');
}
