/**
 * A query result in the formats of /api/q: Arrow IPC (default), CSV for Dutch Excel
 * (separator `;`, decimal comma), JSON for scripts.
 *
 * Names in the CSV come from imported exports: a text cell that Excel would read as a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) gets a leading `'`, so it is shown as the text it is.
 */
import { tableToIPC, vectorFromArray, Table, Float64, Utf8, Bool, type Vector } from 'apache-arrow';
import { csvNumber, isSuppressed } from '../format';
import { sectorWoorden, type Sector, type SectorWoorden } from '../sector';
import type { QueryResult } from './db';

/**
 * A name in a CSV download in the sector's words (issue 16): a person opens the file in Excel, so in VO
 * the column `kring` and its compounds (`aandeel_kring_pct`, `kring_uitputting_pct`) read `regio…`, and
 * a file `budget_kringen` reads `budget_regios`. Only whole words between underscores; in PO the name as
 * it is. JSON and Arrow (for scripts) keep the query's own names.
 */
export function csvNaam(naam: string, w: SectorWoorden): string {
	return naam.replace(/(^|_)kring(en)?(?=_|$)/g, (_, voor: string, en?: string) => voor + (en ? w.kringen.replace(/\W/g, '') : w.kring));
}

/**
 * The words that name the other sector's figures, as whole words between underscores: a VO database has no
 * bao, sbo, so or rugzak (the import refuses them), a PO one no vo, vso, pro or lwoo. A query that serves
 * both sectors (kerncijfers) carries both sets of columns; the other sector's are empty.
 */
const ANDERE_SECTOR: Record<Sector, readonly string[]> = { po: ['vo', 'vso', 'pro', 'lwoo'], vo: ['bao', 'sbo', 'so', 'rugzak'] };

/** A column of the other sector with nothing in it (NULL or 0 in every row): left out of the CSV, so Excel shows only the sector's own. Never a column with a value. */
function vanAndereSector(r: QueryResult, naam: string, sector: Sector): boolean {
	return (
		naam.split('_').some((t) => ANDERE_SECTOR[sector].includes(t)) && r.rows.every((row) => row[naam] === null || row[naam] === undefined || row[naam] === 0)
	);
}

/**
 * A CSV for Dutch Excel in the sector's words: its column names (csvNaam), a `niveau` of 'kring'
 * (doelmatigheid) as the sector's word, and without the other sector's empty columns.
 */
export function toCsv(r: QueryResult, w: SectorWoorden = sectorWoorden('po')): string {
	const esc = (v: unknown) => {
		if (v === null || v === undefined) return '';
		if (typeof v === 'number') return csvNumber(v);
		if (typeof v === 'boolean') return v ? 'ja' : 'nee';
		const s = neutraliseFormula(String(v));
		return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const cel = (kolom: string, v: unknown) => (kolom === 'niveau' && v === 'kring' ? w.kring : v);
	const kolommen = r.columns.filter((c) => !vanAndereSector(r, c.name, w.sector));
	const lines = [kolommen.map((c) => esc(csvNaam(c.name, w))).join(';'), ...r.rows.map((row) => kolommen.map((c) => esc(cel(c.name, row[c.name]))).join(';'))];
	// BOM, so Excel opens it as UTF-8.
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Text that a spreadsheet would start as a formula: `=`, `+`, `-`, `@`, a tab or a carriage return first. */
function neutraliseFormula(s: string): string {
	return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function toArrow(r: QueryResult): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const c of r.columns) {
		const values = r.rows.map((row) => row[c.name]);
		// A suppressed count ("<5") has no number: null in Arrow; CSV and JSON carry the "<5" itself.
		if (c.kind === 'number') vectors[c.name] = vectorFromArray(values.map((v) => (isSuppressed(v) ? null : v)) as (number | null)[], new Float64());
		else if (c.kind === 'boolean') vectors[c.name] = vectorFromArray(values as (boolean | null)[], new Bool());
		else
			vectors[c.name] = vectorFromArray(
				values.map((v) => (v === null ? null : String(v))),
				new Utf8()
			);
	}
	return tableToIPC(new Table(vectors), 'stream');
}

export function toJson(r: QueryResult): string {
	return JSON.stringify({ columns: r.columns, rows: r.rows });
}
