/**
 * SQL that turns a raw text cell into its canonical value, one expression per column type.
 * All parsing happens in DuckDB so a million rows are checked in seconds; an expression returns
 * NULL when the text cannot be read, and validation reports that cell with its file, row and value.
 */
import type { ColumnSpec } from '../schema';

/** Header normalisation: case-insensitive; spaces, hyphens and underscores are the same. */
export function normaliseHeader(h: string): string {
	return h
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s_\-.]+/g, ' ')
		.trim();
}

export const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
export const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

const WIT = ["' '", 'chr(9)', 'chr(10)', 'chr(13)'];

/**
 * The raw cell, trimmed (spaces, tabs, line breaks), empty → NULL. Almost every cell of an export has
 * nothing to trim: that is tested first (comparisons of its ends, no copy of the text), and only
 * the others are trimmed; the result is the same. Its first character is tested by its code (above 32:
 * not empty, no space, tab or line break), which is cheaper than four comparisons (2,5× less processor
 * time for the cells of a 4,7-million-row file).
 */
export const cell = (col: string) => {
	const c = ident(col);
	const ends = WIT.map((w) => `ends_with(${c}, ${w})`).join(' OR ');
	return `(CASE WHEN ascii(${c}) > 32 AND NOT (${ends}) THEN ${c} ELSE nullif(trim(${c}, ${WIT.join(' || ')}), '') END)`;
};

/**
 * Fast paths (measured on a 4,7-million-row file): nearly every cell of an export is written the one
 * canonical way, which DuckDB's own cast reads without a regular expression. A cell takes the fast path
 * only when the cast's value written back is the cell itself, so it is a cell the first pattern of the
 * full expression matches with that same value; every other cell goes the full way, as before.
 */
function dateExpr(v: string): string {
	return `(CASE WHEN length(${v}) = 10 AND CAST(try_cast(${v} AS DATE) AS VARCHAR) = ${v} THEN try_cast(${v} AS DATE) ELSE ${dateFull(v)} END)`;
}

function dateFull(v: string): string {
	return `(CASE
		WHEN regexp_full_match(${v}, '\\d{4}-\\d{1,2}-\\d{1,2}') THEN try_strptime(${v}, '%Y-%m-%d')
		WHEN regexp_full_match(${v}, '\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?') THEN try_strptime(left(${v}, 10), '%Y-%m-%d')
		WHEN regexp_full_match(${v}, '\\d{1,2}-\\d{1,2}-\\d{4}') THEN try_strptime(${v}, '%d-%m-%Y')
		WHEN regexp_full_match(${v}, '\\d{1,2}/\\d{1,2}/\\d{4}') THEN try_strptime(${v}, '%d/%m/%Y')
		WHEN regexp_full_match(${v}, '\\d{8}') THEN try_strptime(${v}, '%Y%m%d')
		/* An Excel date without a date format shows as its serial number (days since 30-12-1899). */
		WHEN regexp_full_match(${v}, '\\d{5}([.,]0+)?') THEN DATE '1899-12-30' + CAST(left(${v}, 5) AS INTEGER)
	END)::DATE`;
}

function integerExpr(v: string): string {
	return `(CASE WHEN CAST(try_cast(${v} AS BIGINT) AS VARCHAR) = ${v} THEN try_cast(${v} AS BIGINT) ELSE ${integerFull(v)} END)`;
}

function integerFull(v: string): string {
	return `(CASE
		WHEN regexp_full_match(${v}, '-?\\d+') THEN try_cast(${v} AS BIGINT)
		WHEN regexp_full_match(${v}, '-?\\d{1,3}(\\.\\d{3})+') THEN try_cast(replace(${v}, '.', '') AS BIGINT)
		WHEN regexp_full_match(${v}, '-?\\d+[.,]0+') THEN try_cast(regexp_extract(${v}, '^(-?\\d+)', 1) AS BIGINT)
	END)`;
}

function decimalExpr(v: string): string {
	return `(CASE
		WHEN regexp_full_match(${v}, '-?\\d+([.,]\\d+)?') THEN try_cast(replace(${v}, ',', '.') AS DOUBLE)
		WHEN regexp_full_match(${v}, '-?\\d{1,3}(\\.\\d{3})+(,\\d+)?') THEN try_cast(replace(replace(${v}, '.', ''), ',', '.') AS DOUBLE)
	END)`;
}

function euroExpr(v: string): string {
	const e = `regexp_replace(replace(${v}, 'EUR', ''), '[€\\s\\x{00A0}]', '', 'g')`;
	return `(CASE
		WHEN regexp_full_match(${e}, '-?\\d+(\\.\\d{1,2})?') THEN try_cast(${e} AS DECIMAL(14,2))
		WHEN regexp_full_match(${e}, '-?\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?') THEN try_cast(replace(replace(${e}, '.', ''), ',', '.') AS DECIMAL(14,2))
		WHEN regexp_full_match(${e}, '-?\\d+,\\d{1,2}') THEN try_cast(replace(${e}, ',', '.') AS DECIMAL(14,2))
		WHEN regexp_full_match(${e}, '-?\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?') THEN try_cast(replace(${e}, ',', '') AS DECIMAL(14,2))
	END)`;
}

function schooljaarExpr(v: string): string {
	const a = `try_cast(regexp_extract(${v}, '^(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})$', 1) AS INTEGER)`;
	const b = `try_cast(regexp_extract(${v}, '^(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})$', 2) AS INTEGER)`;
	return `(CASE WHEN ${b} = ${a} + 1 OR ${b} = (${a} + 1) % 100 THEN CAST(${a} AS VARCHAR) || '-' || CAST(${a} + 1 AS VARCHAR) END)`;
}

function valuesExpr(v: string, col: ColumnSpec): string {
	const map: Record<string, string> = {};
	for (const val of col.values ?? []) map[val.toLowerCase()] = val;
	for (const [k, val] of Object.entries(col.synonyms ?? {})) map[k.toLowerCase()] = val;
	const whens = Object.entries(map).map(([k, val]) => `WHEN ${q(k)} THEN ${q(val)}`);
	// Fast path: a value written exactly as its code (nearly every row) needs no lower() or regexp;
	// only codes that normalisation leaves as they are (plain ASCII, single spaces) can match before it.
	const exact = Object.entries(map)
		.filter(([k]) => /^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(k))
		.map(([k, val]) => `WHEN ${q(k)} THEN ${q(val)}`);
	const slow = `(CASE regexp_replace(lower(${v}), '\\s+', ' ', 'g') ${whens.join(' ')} END)`;
	return exact.length ? `(CASE ${v} ${exact.join(' ')} ELSE ${slow} END)` : slow;
}

/**
 * Expression for the canonical value of `col`. `brinOf` gives the raw brin cell for a vestiging
 * column, so `12AB00` in the brin column fills an empty vestiging, and an empty vestiging is `00`.
 */
export function parseExpr(col: ColumnSpec, raw: string | null, brinRaw?: string | null): string {
	return parseValue(col, raw ? cell(raw) : 'NULL::VARCHAR', brinRaw ? cell(brinRaw) : null);
}

/**
 * parseExpr on values already trimmed by `cell` (SQL expressions, usually columns of a subquery that
 * trimmed every cell once): the importer's bulk path, where each cell is referred to many times.
 */
export function parseValue(col: ColumnSpec, v: string, brinCell?: string | null): string {
	switch (col.type) {
		case 'text':
			return col.values ? valuesExpr(v, col) : v;
		case 'date':
			return dateExpr(v);
		case 'integer':
			return integerExpr(v);
		case 'decimal':
			return decimalExpr(v);
		case 'euro':
			return euroExpr(v);
		case 'schooljaar':
			return schooljaarExpr(v);
		case 'brin':
			// Fast path: a BRIN written as it is stored (upper case, no spaces) is itself.
			return `(CASE WHEN regexp_full_match(${v}, '\\d{2}[A-Z]{2}') THEN ${v} ELSE ${brinFull(v)} END)`;
		case 'vestiging': {
			const b = brinCell ? `upper(replace(${brinCell}, ' ', ''))` : 'NULL::VARCHAR';
			// Fast path: two digits need no padding.
			return `(CASE WHEN regexp_full_match(${v}, '\\d\\d') THEN ${v}
				WHEN regexp_full_match(${v}, '\\d{1,2}') THEN lpad(${v}, 2, '0')
				WHEN regexp_full_match(upper(${v}), '\\d{2}[A-Z]{2}\\d{2}') THEN right(${v}, 2)
				WHEN ${v} IS NULL AND regexp_full_match(${b}, '\\d{2}[A-Z]{2}\\d{2}') THEN right(${b}, 2)
				WHEN ${v} IS NULL AND ${b} IS NOT NULL THEN '00' END)`;
		}
	}
}

function brinFull(v: string): string {
	const u = `upper(replace(${v}, ' ', ''))`;
	return `(CASE WHEN regexp_full_match(${u}, '\\d{2}[A-Z]{2}') THEN ${u}
		WHEN regexp_full_match(${u}, '\\d{2}[A-Z]{2}\\d{2}') THEN left(${u}, 4) END)`;
}

/** The full expressions without their fast paths (parse.test.ts: the fast ones give the same). */
export const FULL = { date: dateFull, integer: integerFull, brin: brinFull };

/** What a user should write instead, per column type (the "how to fix it" of a message). */
export function typeHint(col: ColumnSpec): string {
	switch (col.type) {
		case 'date':
			return 'Schrijf een bestaande datum als 2024-10-01 of 01-10-2024.';
		case 'integer':
			return 'Schrijf een geheel getal, bijvoorbeeld 212.';
		case 'decimal':
			return 'Schrijf één getal, met komma of punt als decimaalteken, bijvoorbeeld 2,5.';
		case 'euro':
			return 'Schrijf een bedrag als 1234,50 of €\u00a01.234,50.';
		case 'schooljaar':
			return 'Schrijf het schooljaar als 2024-2025.';
		case 'brin':
			return 'Schrijf het BRIN-nummer als 2 cijfers en 2 letters, bijvoorbeeld 12AB.';
		case 'vestiging':
			return 'Schrijf het vestigingsnummer als 2 cijfers, bijvoorbeeld 00 of 01.';
		case 'text':
			return col.values ? `Kies uit: ${col.values.join(', ')}.` : 'Vul een waarde in.';
	}
}
