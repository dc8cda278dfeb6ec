/**
 * Reading one export file into raw staging tables in DuckDB: every cell as text, with the row
 * number as a spreadsheet shows it. Whatever the format (CSV, .xlsx, Parquet, DUO open data), a file
 * ends up in the same shape — columns c0…cN and __rij — so one set of checks runs on all of them.
 * Recognises the table (file name first, then header), maps the headers onto the spec's columns,
 * and refuses columns that identify a person.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type ExcelJS from 'exceljs';
import { TABLES, type ColumnSpec, type TableSpec } from '../schema';
import { cell, ident, normaliseHeader, parseExpr, q } from './parse';
import { EXAMPLES_KEPT, type FileInfo, type Problem, type ProblemGroup } from './report';
import { TOO_LARGE, SPLIT_FIX, cellTooLong, limits, scanCsv, unpackXlsx, type TooLarge, type UnpackedWorkbook } from './limits';
import { WHAT, privacyOfHeader, scanPrivacy } from './privacy';
import { koppelingVoor, type Profiel } from './koppeling';
import { regelSprongenFile, scanCsvFile, sprongen, streamFrom, writeUtf8 } from './stroom';

/** DuckDB ran out of the memory it may use (not a problem of the file). */
export function isOutOfMemory(e: unknown): boolean {
	return e instanceof Error && /Out of Memory/i.test(e.message);
}

export interface StagedFile {
	info: FileInfo;
	spec: TableSpec | null;
	/** Temp table with columns c0…cN (text) and __rij. */
	raw: string;
	/** spec column → raw column (c3). */
	mapping: Map<string, string>;
	problems: Problem[];
	/** Temporary tables and views made for this file, dropped after the import (views first). */
	temps: { name: string; kind: 'TABLE' | 'VIEW' }[];
	/** Problems found in bulk while reading (counted in DuckDB, with the first examples). */
	groups: ProblemGroup[];
	/** DUO open data covers every school in the country: rows of schools outside the SWV are skipped, not refused. */
	skipUnknownSchools?: boolean;
	/**
	 * A set of DUO files read at once (stageFiles): the files it holds. The raw table then has a
	 * column __file with each row's file name, and `info` stands for the whole set.
	 */
	parts?: FileInfo[];
	/** einddatum computed from a duration in years (a real case system's export): header indexes. */
	duur?: { duur: number; start: number };
	/** Columns mapped to "niet inlezen" (koppeling.ts): header indexes, never read into a table. */
	nietInlezen?: number[];
	/** The mapping applied to this file (a profile of the same header, or the beheerder's own). */
	koppeling?: Profiel;
	/**
	 * A recognised file whose columns need the beheerder (a required column missing, a header unknown):
	 * its header, first rows and distinct values per column, for the mapping screen. Values of a column
	 * refused for privacy are left out.
	 */
	monster?: { kop: string[]; rijen: string[][]; waarden: string[][] };
}

/** File extensions the importer reads (a folder is searched for these). */
export const READABLE = new Set(['.csv', '.txt', '.tsv', '.xlsx', '.parquet', '.xls', '.xlsb', '.ods']);

function detectDelimiter(line: string): string {
	const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
	let inQuote = false;
	for (const ch of line) {
		if (ch === '"') inQuote = !inQuote;
		else if (!inQuote && ch in counts) counts[ch]++;
	}
	return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][1] > 0 ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0] : ',';
}

function splitLine(line: string, delim: string): string[] {
	const out: string[] = [];
	let cur = '';
	let inQuote = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (inQuote) {
			if (ch === '"' && line[i + 1] === '"') ((cur += '"'), i++);
			else if (ch === '"') inQuote = false;
			else cur += ch;
		} else if (ch === '"') inQuote = true;
		else if (ch === delim) (out.push(cur), (cur = ''));
		else cur += ch;
	}
	out.push(cur);
	return out.map((s) => s.trim());
}

/** UTF-8 (with or without BOM) when it decodes as such, otherwise Windows-1252. */
function decode(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

export function recogniseByName(file: string): TableSpec | null {
	const n = normaliseHeader(basename(file).replace(/\.[^.]+$/, ''));
	// Longest match first, so "expertteam formatie" is not taken for "expertteam inzet".
	const hits = TABLES.flatMap((t) => [t.name, ...t.fileNames].map((w) => ({ t, w: normaliseHeader(w) })))
		.filter(({ w }) => n === w || n.includes(w))
		.sort((a, b) => b.w.length - a.w.length);
	return hits[0]?.t ?? null;
}

export function headerMatches(spec: TableSpec, header: string): string | null {
	const h = normaliseHeader(header);
	for (const c of spec.columns) {
		if (normaliseHeader(c.name) === h || c.aliases.some((a) => normaliseHeader(a) === h)) return c.name;
	}
	return null;
}

export function recogniseByHeader(headers: string[]): TableSpec | null {
	let best: { t: TableSpec; score: number } | null = null;
	for (const t of TABLES) {
		const required = t.columns.filter((c) => c.required);
		const found = new Set(headers.map((h) => headerMatches(t, h)).filter(Boolean));
		for (const [col, from] of DERIVED[t.name] ?? []) if (found.has(from)) found.add(col);
		if (!required.every((c) => found.has(c.name))) continue;
		const score = found.size / t.columns.length;
		if (!best || score > best.score) best = { t, score };
	}
	return best?.t ?? null;
}

/** Columns a real export leaves out that follow from another (data/README.md): [column, taken from]. */
const DERIVED: Record<string, [string, string][]> = { tlv: [['ingangsdatum', 'besluitdatum']] };
/** Headers of a duration in years, from which einddatum follows (tlv). */
const DUUR = new Set(['duur in jaren', 'duur jaren', 'looptijd in jaren', 'duur']);

/**
 * Map headers onto the spec; report ignored and privacy columns. Returns the mapping
 * spec column → index of the header.
 */
function mapHeaders(spec: TableSpec, headers: string[], file: string, problems: Problem[], staged?: StagedFile): Map<string, number> {
	const mapping = new Map<string, number>();
	const k = staged?.koppeling;
	const gekoppeld = new Map(Object.entries(k?.kolommen ?? {}).map(([h, c]) => [normaliseHeader(h), c]));
	const nietInlezen: string[] = [];
	headers.forEach((h, i) => {
		const eigen = gekoppeld.get(normaliseHeader(h));
		if (eigen === null) {
			// "Niet inlezen": never read, so neither refused for its name nor scanned for its values.
			(staged!.nietInlezen ??= []).push(i);
			if (h !== '') nietInlezen.push(`"${h}"`);
			return;
		}
		const col = eigen && spec.columns.some((c) => c.name === eigen) ? eigen : headerMatches(spec, h);
		// A column of the table is never about a pupil's identity (the specs hold none).
		const soort = col
			? null
			: privacyOfHeader(
					h,
					spec.columns.some((c) => c.name === 'leerling')
				);
		// In scholen an address, postcode or e-mail is the school's own: not about a pupil, just not needed.
		const ownOfSchool = spec.name === 'scholen' && (soort === 'adres' || soort === 'contact');
		if (soort && !ownOfSchool) {
			problems.push({
				level: 'fout',
				kind: 'privacy',
				file,
				row: 1,
				column: h,
				value: null,
				problem: `De kolom "${h}" bevat ${WHAT[soort]}. De monitor slaat geen gegevens op die een leerling direct identificeren.`,
				fix: `Verwijder de kolom "${h}" uit de export en lees het bestand opnieuw in. Gebruik alleen een pseudoniem leerlingcode.`
			});
			return;
		}
		if (col && !mapping.has(col)) mapping.set(col, i);
		else if (col) {
			problems.push({
				level: 'fout',
				kind: 'kolom_dubbel',
				file,
				row: 1,
				column: h,
				value: null,
				problem: `De kolom ${col} komt twee keer voor.`,
				fix: `Houd één kolom ${col} over.`
			});
		} else if (h !== '') {
			problems.push({
				level: 'melding',
				kind: 'kolom_genegeerd',
				file,
				row: 1,
				column: h,
				value: null,
				problem: `De kolom "${h}" is onbekend voor tabel ${spec.name} en wordt overgeslagen.`,
				fix: `Niets nodig. Bedoelde u een van: ${spec.columns.map((c) => c.name).join(', ')}? Hernoem dan de kolom.`
			});
		}
	});
	// Taken automatically, and said: a header that is one column's alias, and what follows from another.
	const said: string[] = [];
	for (const [col, i] of mapping)
		if (normaliseHeader(headers[i]) !== normaliseHeader(col) && !gekoppeld.has(normaliseHeader(headers[i]))) said.push(`"${headers[i]}" als ${col}`);
	if (k) {
		const als = [...mapping].filter(([, i]) => gekoppeld.has(normaliseHeader(headers[i]))).map(([col, i]) => `"${headers[i]}" als ${col}`);
		const waarden = Object.entries(k.waarden).flatMap(([col, m]) => Object.entries(m).map(([van, naar]) => `${col} "${van}" als ${naar}`));
		problems.push({
			level: 'melding',
			kind: 'koppeling_toegepast',
			file,
			row: 1,
			column: null,
			value: null,
			problem: `${k.naam ? `Kolomprofiel "${k.naam}" toegepast (zelfde kopregel)` : 'Uw kolomkoppeling toegepast'}: ${[...als, ...waarden].join('; ') || 'geen kolommen'}${nietInlezen.length ? `; niet ingelezen: ${nietInlezen.join(', ')}` : ''}.`,
			fix: k.naam ? `Niets nodig. Klopt het niet, pas dan het profiel "${k.naam}" aan of verwijder het op Beheer › Importeren.` : 'Niets nodig.'
		});
	}
	for (const [col, from] of DERIVED[spec.name] ?? []) {
		if (mapping.has(col) || !mapping.has(from)) continue;
		mapping.set(col, mapping.get(from)!);
		said.push(`${col} gelijk aan ${from} (de kolom ${col} ontbreekt)`);
	}
	const duur = headers.findIndex((h) => DUUR.has(normaliseHeader(h)));
	if (spec.name === 'tlv' && duur >= 0 && !mapping.has('einddatum') && mapping.has('ingangsdatum')) {
		if (staged) staged.duur = { duur, start: mapping.get('ingangsdatum')! };
		said.push(`einddatum uit "${headers[duur]}": 31 juli van het laatste schooljaar (een TLV vanaf 1-9-2024 voor 2 jaar loopt tot 31-7-2026)`);
		const k = problems.findIndex((p) => p.kind === 'kolom_genegeerd' && p.column === headers[duur]);
		if (k >= 0) problems.splice(k, 1);
	}
	if (said.length) {
		problems.push({
			level: 'melding',
			kind: 'kolommen_herkend',
			file,
			row: 1,
			column: null,
			value: null,
			problem: `Kolommen automatisch gelezen: ${said.join('; ')}.`,
			fix: 'Niets nodig. Klopt het niet, geef de kolom dan de naam uit data/README.md.'
		});
	}
	for (const c of spec.columns) {
		if (c.required && !mapping.has(c.name) && !(c.type === 'vestiging')) {
			problems.push({
				level: 'fout',
				kind: 'kolom_ontbreekt',
				file,
				row: 1,
				column: c.name,
				value: null,
				problem: `De verplichte kolom ${c.name} ontbreekt (${c.description}).`,
				fix: `Voeg een kolom ${c.name} toe aan de export${c.aliases.length ? ` (of een van: ${c.aliases.join(', ')})` : ''}.`
			});
		}
	}
	return mapping;
}

let seq = 0;

function newStaged(info: FileInfo): StagedFile {
	return { info: { ...info }, spec: null, raw: `raw_${++seq}`, mapping: new Map(), problems: [], groups: [], temps: [] };
}

function fileProblem(s: StagedFile, kind: string, problem: string, fix: string, extra: Partial<Problem> = {}): void {
	s.problems.push({ level: 'fout', kind, file: s.info.name, row: null, column: null, value: null, problem, fix, ...extra });
}

/** Recognise the table of a staged file and map its headers; false when it cannot be used. */
function recognise(
	s: StagedFile,
	headers: string[],
	nameHint: string,
	preview: string,
	forceTable?: TableSpec,
	koppelingen: Profiel[] = []
): Map<string, number> | null {
	// A mapping of this very header names its table, whatever the file is called.
	const k = koppelingVoor(forceTable ?? null, headers, koppelingen);
	if (k) s.koppeling = k;
	const spec = forceTable ?? TABLES.find((t) => t.name === k?.tabel) ?? recogniseByName(nameHint) ?? recogniseByHeader(headers);
	if (!spec) {
		fileProblem(
			s,
			'tabel_onbekend',
			'Niet herkend welke tabel dit is: de bestandsnaam en de kopregel passen bij geen enkele tabel.',
			`Noem het bestand naar de tabel (${TABLES.map((t) => t.name).join(', ')}) of gebruik de kolomnamen uit data/README.md.`,
			{ row: 1, value: preview.slice(0, 120) }
		);
		return null;
	}
	s.spec = spec;
	s.info.table = spec.name;
	return mapHeaders(spec, headers, s.info.name, s.problems, s);
}

/**
 * Load a UTF-8 CSV (no header line) into the raw table. `firstRow` is the spreadsheet row of the
 * first data line; entirely empty lines keep their number and are dropped afterwards.
 */
/**
 * Where the rows of a CSV stop matching its lines: a quoted value with line breaks makes one row span
 * several lines. For every row after such a row: [its index among the data rows, lines added so far]
 * (empty for almost every file). `skipLines`: the lines before the data (title and header).
 */
export function regelSprongen(text: string, skipLines: number): [number, number][] {
	// As UTF-8 bytes: a quote or a line break is never part of another character there.
	return sprongen((fn) => fn(Buffer.from(text)), skipLines);
}

/**
 * Empty lines outside quoted values become a line of one separator, so DuckDB keeps them (and the
 * row numbers stay the file's own); an empty line inside a quoted value stays as it is.
 */
export function vulLegeRegels(text: string, delim: string): string {
	let quoted = false;
	return text
		.split(/\r?\n/)
		.map((line) => {
			const out = !quoted && line.trim() === '' ? delim : line;
			for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 34) quoted = !quoted;
			return out;
		})
		.join('\n');
}

async function loadRawCsv(
	conn: DuckDBConnection,
	s: StagedFile,
	source: string,
	delim: string,
	width: number,
	firstRow = 2,
	skip = 1,
	sprongen: [number, number][] = [],
	quotedBreaks = sprongen.length > 0
): Promise<boolean> {
	// One column more than the header: a row with more fields than the header is reported, not cut short.
	const cols = [...Array.from({ length: width }, (_, i) => `${q(`c${i}`)}: 'VARCHAR'`), `'__extra': 'VARCHAR'`].join(', ');
	// The file is copied into DuckDB once; the raw shape (__rij, c0…cN without empty lines) is a view on it.
	const base = `${s.raw}_csv`;
	// A row with any value (not only spaces); most rows have a first cell that does not start with one,
	// and the rest of the condition is then never evaluated.
	const filled = (c: string) => `(${c} <> '' AND (NOT starts_with(${c}, ' ') OR trim(${c}) <> ''))`;
	const nonEmpty = (t = '') => Array.from({ length: width }, (_, i) => filled(`${t}${ident(`c${i}`)}`)).join(' OR ');
	try {
		const weg = (s.nietInlezen ?? []).filter((i) => i < width).map((i) => `NULL::VARCHAR AS ${ident(`c${i}`)}`);
		await conn.run(`CREATE OR REPLACE TEMP TABLE ${base} AS
			SELECT *${weg.length ? ` REPLACE (${weg.join(', ')})` : ''} FROM read_csv(${q(source)}, header = false, skip = ${skip}, delim = ${q(delim)}, quote = '"', escape = '"',
				columns = {${cols}}, auto_detect = false, null_padding = true, strict_mode = false, all_varchar = true${
					// DuckDB's parallel reader cannot pad short rows when a quoted value holds a line break.
					quotedBreaks ? ', parallel = false' : ''
				})`);
		s.temps.push({ name: base, kind: 'TABLE' });
		if (sprongen.length === 0) {
			await conn.run(`CREATE OR REPLACE TEMP VIEW ${s.raw} AS SELECT rowid + ${firstRow} AS __rij, * FROM ${base} WHERE ${nonEmpty()}`);
		} else {
			// A row's line: its index, plus the lines that earlier values with line breaks took.
			const regels = `${base}_regels`;
			await conn.run(`CREATE OR REPLACE TEMP TABLE ${regels} AS SELECT * FROM (VALUES ${sprongen.map(([r, n]) => `(${r}, ${n})`).join(', ')}) t(vanaf, erbij)`);
			s.temps.push({ name: regels, kind: 'TABLE' });
			const cols = [...Array.from({ length: width }, (_, i) => `c${i}`), '__extra'].map((c) => `b.${ident(c)}`).join(', ');
			await conn.run(`CREATE OR REPLACE TEMP VIEW ${s.raw} AS SELECT b.rowid + ${firstRow} + coalesce(k.erbij, 0) AS __rij, ${cols}
				FROM ${base} b ASOF LEFT JOIN ${regels} k ON b.rowid >= k.vanaf WHERE ${nonEmpty('b.')}`);
		}
		s.temps.unshift({ name: s.raw, kind: 'VIEW' });
	} catch (e) {
		// Not the file's fault: the importer refuses the whole import with its own message.
		if (isOutOfMemory(e)) throw e;
		fileProblem(
			s,
			'bestand_onleesbaar',
			`Het bestand kan niet als CSV gelezen worden: ${(e as Error).message.split('\n')[0]}`,
			'Sla het bestand op als CSV (UTF-8) met één kopregel, en controleer aanhalingstekens.'
		);
		return false;
	}
	// The rows with more fields than the header: a filter on __extra alone, which DuckDB tests while it
	// reads that one column. The rows: all lines but the empty ones, and a line whose first cell has a
	// value is never empty, so only the few others are read whole (the view's filter over every column
	// costs as much as reading the file's text again).
	const extra =
		await conn.runAndReadAll(`SELECT count(*)::INTEGER, to_json(list({'rij': __rij, 'waarde': __extra} ORDER BY __rij)[1:${EXAMPLES_KEPT}])::VARCHAR,
			(SELECT count(*) FROM ${base})::INTEGER - (SELECT count(*) FROM (SELECT * FROM ${base} WHERE c0 IS NULL OR c0 = '' OR starts_with(c0, ' ')) WHERE NOT coalesce(${nonEmpty()}, false))::INTEGER
		FROM ${s.raw} WHERE nullif(trim(__extra), '') IS NOT NULL`);
	const [n, ex, rows] = extra.getRows()[0];
	if (Number(n) > 0) {
		const problem =
			'Deze regel heeft meer velden dan de kopregel. Waarschijnlijk staat het scheidingsteken ook in een waarde (bijvoorbeeld een decimale komma in een bestand met komma als scheidingsteken).';
		const fix = 'Zet zulke waarden tussen aanhalingstekens, of sla het bestand op met puntkomma als scheidingsteken.';
		s.groups.push(teVeelVelden(s.info.name, Number(n), String(ex), problem, fix));
	}
	return countRows(conn, s, Number(rows));
}

/** The rows of `file` with more fields than its header: `count` of them, `examples` the first as JSON of {rij, waarde}. */
function teVeelVelden(file: string, count: number, examples: string, problem: string, fix: string): ProblemGroup {
	return {
		level: 'fout',
		kind: 'te_veel_velden',
		file,
		column: null,
		count,
		problem,
		fix,
		examples: (JSON.parse(examples) as { rij: number; waarde: string }[]).map((e) => ({
			level: 'fout',
			kind: 'te_veel_velden',
			file,
			row: e.rij,
			column: null,
			value: e.waarde,
			problem,
			fix
		}))
	};
}

async function countRows(conn: DuckDBConnection, s: StagedFile, counted?: number): Promise<boolean> {
	s.info.rows = counted ?? Number((await conn.runAndReadAll(`SELECT count(*)::INTEGER FROM ${s.raw}`)).getRows()[0][0]);
	if (s.info.rows === 0) {
		fileProblem(s, 'geen_rijen', 'Het bestand heeft een kopregel maar geen gegevens.', 'Exporteer het bestand opnieuw, met de gegevens.');
		return false;
	}
	return true;
}

function setMapping(s: StagedFile, idx: Map<string, number>): void {
	for (const [col, i] of idx) s.mapping.set(col, `c${i}`);
}

/**
 * einddatum from a duration in years (data/README.md: "31 July after duur_in_jaren years"): the 31 July
 * that ends the last schooljaar, counted from the schooljaar of the start (1 August onwards is the
 * next schooljaar). From 1-9-2024 for 2 years: 31-7-2026; from 1-3-2024 for 1 year: 31-7-2024.
 * Added as a column of the staged rows, so it is checked like a column of the file.
 */
async function addDerived(conn: DuckDBConnection, s: StagedFile): Promise<void> {
	if (!s.duur) return;
	const date: ColumnSpec = { name: 'd', type: 'date', required: false, description: '', aliases: [], inExamples: true };
	const int: ColumnSpec = { name: 'n', type: 'integer', required: false, description: '', aliases: [], inExamples: true };
	const start = parseExpr(date, `c${s.duur.start}`);
	const n = parseExpr(int, `c${s.duur.duur}`);
	const view = `${s.raw}_afgeleid`;
	await conn.run(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT *,
		CASE WHEN ${n} > 0 AND ${start} IS NOT NULL THEN strftime(make_date(CAST(year(${start}) + ${n} - (CASE WHEN month(${start}) >= 8 THEN 0 ELSE 1 END) AS BIGINT), 7, 31), '%Y-%m-%d')
			WHEN ${cell(`c${s.duur.duur}`)} IS NOT NULL THEN 'duur ' || ${cell(`c${s.duur.duur}`)} END AS __einddatum
		FROM ${s.raw}`);
	s.temps.unshift({ name: view, kind: 'VIEW' });
	s.raw = view;
	s.mapping.set('einddatum', '__einddatum');
}

/** The beheerder's own values of coded columns (koppeling.ts), applied before anything is checked. */
async function addWaarden(conn: DuckDBConnection, s: StagedFile): Promise<void> {
	const w = Object.entries(s.koppeling?.waarden ?? {}).filter(([col, m]) => s.mapping.has(col) && Object.keys(m).length);
	if (w.length === 0) return;
	const view = `${s.raw}_waarden`;
	const repl = w.map(([col, m]) => {
		const raw = s.mapping.get(col)!;
		const key = `lower(regexp_replace(trim(${ident(raw)}), '\\s+', ' ', 'g'))`;
		return `CASE ${key} ${Object.entries(m)
			.map(([van, naar]) => `WHEN ${q(van)} THEN ${q(naar)}`)
			.join(' ')} ELSE ${ident(raw)} END AS ${ident(raw)}`;
	});
	await conn.run(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT * REPLACE (${repl.join(', ')}) FROM ${s.raw}`);
	s.temps.unshift({ name: view, kind: 'VIEW' });
	s.raw = view;
}

/** Problems the mapping screen answers. */
const KOPPELBAAR = new Set(['kolom_ontbreekt', 'kolom_genegeerd', 'privacy', 'kolom_dubbel']);

/** The first rows and distinct values of a file whose columns need the beheerder (StagedFile.monster). */
async function addMonster(conn: DuckDBConnection, s: StagedFile, headers: string[]): Promise<void> {
	if (!s.spec || !s.problems.some((p) => KOPPELBAAR.has(p.kind))) return;
	const verborgen = new Set(s.problems.filter((p) => p.kind === 'privacy').map((p) => p.column));
	const cols = headers.map((h, i) => (verborgen.has(h) || s.nietInlezen?.includes(i) ? null : ident(`c${i}`)));
	const sel = cols.map((c) => (c ? `coalesce(trim(${c}), '')` : `''`)).join(', ');
	const rijen = (await conn.runAndReadAll(`SELECT ${sel} FROM ${s.raw} ORDER BY __rij LIMIT 5`)).getRows().map((r) => r.map(String));
	const lists = cols.map((c) => (c ? `to_json(list(DISTINCT nullif(trim(${c}), ''))[1:20])::VARCHAR` : `'[]'`)).join(', ');
	const waarden = (await conn.runAndReadAll(`SELECT ${lists} FROM (SELECT * FROM ${s.raw} LIMIT 10000)`))
		.getRows()[0]
		.map((v) => ((JSON.parse(String(v)) as (string | null)[] | null) ?? []).filter((x): x is string => x !== null).sort());
	s.monster = { kop: headers, rijen, waarden };
}

function withTempFile<T>(content: string, fn: (path: string) => Promise<T>): Promise<T> {
	return withTempPath((path) => (writeFileSync(path, content), fn(path)));
}

function withTempPath<T>(fn: (path: string) => Promise<T>): Promise<T> {
	const dir = mkdtempSync(join(tmpdir(), 'pm-import-'));
	return Promise.resolve()
		.then(() => fn(join(dir, 'bestand.csv')))
		.finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Stage a set of files. DUO files of one layout (a national set is 342 of them) are read together
 * in one pass (stageDuoSet): per file they would take 40 s; every other file is staged by itself.
 */
export async function stageFiles(
	conn: DuckDBConnection,
	files: string[],
	names?: Map<string, string>,
	progress: (m: string) => void = () => {},
	koppelingen: Profiel[] = []
): Promise<StagedFile[]> {
	const sets = new Map<string, { kind: DuoKind; headers: string[]; delim: string; files: string[] }>();
	const order: (string | { set: string })[] = [];
	for (const f of files) {
		const peek = peekDuo(f, names?.get(f) ?? basename(f));
		if (!peek) {
			order.push(f);
			continue;
		}
		const key = `${peek.delim}|${peek.headers.map(normaliseHeader).join('|')}`;
		if (!sets.has(key)) {
			sets.set(key, { ...peek, files: [] });
			order.push({ set: key });
		}
		sets.get(key)!.files.push(f);
	}
	const out: StagedFile[] = [];
	for (const item of order) {
		const set = typeof item === 'string' ? null : sets.get(item.set)!;
		if (!set || set.files.length === 1) {
			const f = set ? set.files[0] : (item as string);
			progress(`Lezen: ${names?.get(f) ?? f}`);
			out.push(...(await stageFile(conn, f, names?.get(f), koppelingen)));
		} else {
			progress(`Lezen: ${set.files.length} DUO-bestanden`);
			out.push(...(await stageDuoSet(conn, set, names)));
		}
	}
	return out;
}

/**
 * A DUO file that can be read with others of its kind: a CSV in UTF-8 with DUO's header and at least
 * one row (an empty one, Windows-1252 or an odd one is staged by itself, with its own messages).
 */
function peekDuo(path: string, name: string): { kind: DuoKind; headers: string[]; delim: string } | null {
	if (extname(name).toLowerCase() !== '.csv' && extname(name).toLowerCase() !== '.txt') return null;
	let head: string;
	try {
		const fd = openSync(path, 'r');
		const buf = Buffer.alloc(8192);
		const n = readSync(fd, buf, 0, buf.length, 0);
		closeSync(fd);
		head = buf
			.subarray(0, n)
			.toString('utf8')
			.replace(/^\uFEFF/, '');
	} catch {
		return null;
	}
	const lines = head.split(/\r?\n/);
	if (lines.length < 2 || lines[1].trim() === '') return null;
	const delim = detectDelimiter(lines[0]);
	const headers = splitLine(lines[0], delim);
	const kind = duoKind(name, headers);
	return kind ? { kind, headers, delim } : null;
}

/**
 * Read DUO files of one layout in one pass: one raw table with each row's file (__file) and its line
 * in that file, then summed per file, teldatum and location like a single file (duoToTelling).
 */
async function stageDuoSet(
	conn: DuckDBConnection,
	set: { kind: DuoKind; headers: string[]; delim: string; files: string[] },
	names?: Map<string, string>
): Promise<StagedFile[]> {
	const single: StagedFile[] = [];
	const parts: { info: FileInfo; text: string }[] = [];
	for (const f of set.files) {
		const bytes = readFileSync(f);
		const info = { ...infoOf(bytes, names?.get(f) ?? basename(f)), table: 'telling' };
		let text: string | null = null;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
		} catch {
			text = null;
		}
		// Too large, Windows-1252, or values with line breaks: read by itself, with its own messages.
		const scan = scanCsv(bytes);
		if (text === null || scan.tooLarge || scan.quotedBreaks) single.push(...(await stageFile(conn, f, info.name)));
		else parts.push({ info, text });
	}
	if (parts.length === 0) return single;
	const s = newStaged({
		name: parts.map((p) => p.info.name).join(', '),
		size: parts.reduce((a, p) => a + p.info.size, 0),
		sha256: '',
		table: 'telling',
		rows: 0
	});
	s.parts = parts.map((p) => p.info);
	// One CSV of all of them, each line led by its file and its line number: DuckDB reads one file
	// fast, and many small ones slowly (each is set up by itself).
	const dir = mkdtempSync(join(tmpdir(), 'pm-duo-'));
	const path = join(dir, 'duo.csv');
	try {
		const fd = openSync(path, 'w');
		try {
			parts.forEach((p, i) => {
				const lines = p.text.split(/\r?\n/);
				const out: string[] = [];
				for (let n = 1; n < lines.length; n++) if (lines[n].trim() !== '') out.push(`${i}${set.delim}${n + 1}${set.delim}${lines[n]}`);
				if (out.length) writeSync(fd, out.join('\n') + '\n');
			});
		} finally {
			closeSync(fd);
		}
		const width = set.headers.length;
		const cols = [
			`'__nr': 'INTEGER'`,
			`'__rij': 'BIGINT'`,
			...Array.from({ length: width }, (_, i) => `${q(`c${i}`)}: 'VARCHAR'`),
			`'__extra': 'VARCHAR'`
		].join(', ');
		const namen = `${s.raw}_namen`;
		await conn.run(
			`CREATE OR REPLACE TEMP TABLE ${namen} AS SELECT * FROM (VALUES ${parts.map((p, i) => `(${i}, ${q(p.info.name)})`).join(', ')}) t(nr, naam)`
		);
		s.temps.push({ name: namen, kind: 'TABLE' });
		await conn.run(`CREATE OR REPLACE TEMP TABLE ${s.raw} AS
			SELECT n.naam AS __file, r.* EXCLUDE (__nr)
			FROM read_csv(${q(path)}, header = false, delim = ${q(set.delim)}, quote = '"', escape = '"', columns = {${cols}},
				auto_detect = false, null_padding = true, strict_mode = false) r
			JOIN ${namen} n ON n.nr = r.__nr ORDER BY r.__nr, r.__rij`);
	} catch (e) {
		if (isOutOfMemory(e)) throw e;
		fileProblem(
			s,
			'bestand_onleesbaar',
			`De DUO-bestanden kunnen niet als CSV gelezen worden: ${(e as Error).message.split('\n')[0]}`,
			'Download de bestanden opnieuw bij DUO en lees ze in zonder ze te bewerken.'
		);
		return [...single, s];
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	s.temps.push({ name: s.raw, kind: 'TABLE' });
	const extra =
		await conn.runAndReadAll(`SELECT __file, count(*)::INTEGER, to_json(list({'rij': __rij, 'waarde': __extra} ORDER BY __rij)[1:${EXAMPLES_KEPT}])::VARCHAR
		FROM ${s.raw} WHERE nullif(trim(__extra), '') IS NOT NULL GROUP BY __file`);
	for (const [file, n, ex] of extra.getRows()) {
		const problem = 'Deze regel heeft meer velden dan de kopregel.';
		const fix = 'Download het bestand opnieuw bij DUO en lees het in zonder het te bewerken.';
		s.groups.push(teVeelVelden(String(file), Number(n), String(ex), problem, fix));
	}
	await duoToTelling(conn, s, set.headers, set.kind);
	return [...single, s];
}

/**
 * Stage one file: a CSV, a Parquet file, or an .xlsx workbook (one staged table per sheet).
 * `name` is what the user calls the file (an upload's original name).
 */
export async function stageFile(conn: DuckDBConnection, path: string, name = basename(path), koppelingen: Profiel[] = []): Promise<StagedFile[]> {
	const ext = extname(name).toLowerCase() || extname(path).toLowerCase();
	if (ext === '.xlsx') return stageXlsx(conn, path, name, koppelingen);
	if (ext === '.parquet') return [await stageParquet(conn, path, name, koppelingen)];
	if (ext === '.xls' || ext === '.ods' || ext === '.xlsb') {
		const s = newStaged(infoOf(readFileSync(path), name));
		fileProblem(s, 'formaat_onbekend', `Bestanden van het type ${ext} kan de monitor niet lezen.`, 'Sla het bestand in Excel op als .xlsx of als CSV (UTF-8).');
		return [s];
	}
	return [await stageCsv(conn, path, name, undefined, koppelingen)];
}

function infoOf(bytes: Buffer, name: string): FileInfo {
	return { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), table: null, rows: 0 };
}

/** DUO's open-data files with pupils per vestiging and age (reference/duo-open-data-columns.md). */
const DUO_NAME = /leerlingen[-_ ]*po[-_ ]*soort[-_ ]*po[-_ ]*cluster[-_ ]*leeftijd/i;
const DUO_03_NAME = /leerlingen[-_ ]*po[-_ ]*per[-_ ]*gemeente|afgeschermd/i;

/** Which DUO file this is: its number and what it holds, in the words of DUO's own list. */
export interface DuoKind {
	nummer: '01' | '03' | null;
	naam: string;
}

export function duoKind(name: string, headers: string[]): DuoKind | null {
	const h = headers.map(normaliseHeader);
	// An empty file is known by its name only.
	const hasKeys = headers.length === 0 || ['peildatum', 'instellingscode', 'vestigingscode'].every((k) => h.includes(k));
	if (headers.length === 0 && !DUO_NAME.test(name) && !DUO_03_NAME.test(name)) return null;
	if (!hasKeys || !(DUO_NAME.test(name) || DUO_03_NAME.test(name) || h.some((x) => x.startsWith('leeftijd')))) return null;
	if (h.includes('postcode leerling') || (DUO_03_NAME.test(name) && !DUO_NAME.test(name)))
		return { nummer: '03', naam: 'DUO-bestand 03: leerlingen po per gemeente, postcode leerling en leeftijd' };
	if (h.includes('cluster') || DUO_NAME.test(name)) return { nummer: '01', naam: 'DUO-bestand 01: leerlingen po per soort po, cluster en leeftijd' };
	return { nummer: null, naam: 'DUO-bestand met leerlingen po per vestiging en leeftijd' };
}

/** Stage a CSV file (separator `,` `;` or tab; UTF-8 with or without BOM, or Windows-1252). */
async function stageCsv(conn: DuckDBConnection, path: string, name = basename(path), forceTable?: TableSpec, koppelingen: Profiel[] = []): Promise<StagedFile> {
	// A large file is read in chunks and never held (stroom.ts); a small one as a whole.
	const big = statSync(path).size >= streamFrom();
	const bytes = big ? null : readFileSync(path);
	const scan = big ? scanCsvFile(path) : null;
	const s = newStaged(scan ? { name, size: scan.size, sha256: scan.sha256, table: null, rows: 0 } : infoOf(bytes!, name));
	// Before decoding: a value or row too long to check is refused, not read into memory.
	const { tooLarge, quotedBreaks } = scan ?? scanCsv(bytes!);
	if (tooLarge) {
		fileProblem(s, 'bestand_te_groot', tooLarge.problem, tooLarge.fix, { row: tooLarge.row ?? null });
		return s;
	}
	// `text` is the whole file, or of a large one its first lines.
	const { text, encoding } = scan ? { text: scan.head, encoding: scan.encoding } : decode(bytes!);
	if (scan ? scan.empty : text.trim() === '') {
		const duo = forceTable ? null : duoKind(name, []);
		if (duo) return duoEmpty(s, duo);
		fileProblem(s, 'bestand_leeg', 'Het bestand is leeg.', 'Exporteer het bestand opnieuw, met een kopregel en gegevens.');
		return s;
	}
	// Some exports start with a title (and an empty line) above the header: found as in a workbook.
	const top = text.split(/\r?\n/, 10);
	const kop = findHeaderRow(
		top.map((l) => splitLine(l, detectDelimiter(l))),
		forceTable ?? recogniseByName(name)
	);
	const firstLine = top[kop] ?? '';
	const delim = detectDelimiter(firstLine);
	const headers = splitLine(firstLine, delim);
	if (headers.length === 1 && /[^\p{L}\p{N}_ ().-]/u.test(firstLine.trim())) {
		// One column that holds separators: the separator was not recognised (e.g. `|`).
		fileProblem(
			s,
			'scheidingsteken',
			`Het scheidingsteken van dit bestand is niet herkend: de kopregel is één kolom "${firstLine.slice(0, 80)}".`,
			'Sla het bestand op als CSV met komma, puntkomma of tab als scheidingsteken.',
			{ row: 1, value: firstLine.slice(0, 120) }
		);
		return s;
	}
	const duo = forceTable ? null : duoKind(name, headers);
	const idx = duo ? null : recognise(s, headers, name, firstLine, forceTable, koppelingen);
	// Problems with the header are on its own line.
	for (const p of s.problems) if (p.row === 1) p.row = kop + 1;
	if (!duo && !idx) return s;

	// DuckDB reads the file; a Windows-1252 file, a BOM or empty lines are rewritten as plain UTF-8
	// first (DuckDB skips empty lines, which would shift the row numbers in the report).
	const blankLines = scan ? scan.blankLines : /\n[ \t]*\r?\n./.test(text);
	// A quoted value with line breaks (a remark over two lines) makes one row span several lines.
	const sprongen = scan ? (scan.hasQuote ? regelSprongenFile(path, kop + 1) : []) : text.includes('"') ? regelSprongen(text, kop + 1) : [];
	const load = (src: string) => loadRawCsv(conn, s, src, delim, headers.length, kop + 2, kop + 1, sprongen, quotedBreaks);
	const rewrite = encoding !== 'utf-8' || (scan ? scan.bom : bytes![0] === 0xef) || blankLines;
	const ok = !rewrite
		? await load(path)
		: scan
			? await withTempPath((src) => (writeUtf8(path, src, encoding, blankLines, delim), load(src)))
			: await withTempFile(blankLines ? vulLegeRegels(text, delim) : text, load);
	if (!ok) {
		if (duo) duoEmpty(s, duo);
		return s;
	}
	if (duo) await duoToTelling(conn, s, headers, duo);
	else {
		setMapping(s, idx!);
		await addDerived(conn, s);
		await scanPrivacy(conn, s, headers);
		await addWaarden(conn, s);
		await addMonster(conn, s, headers);
	}
	return s;
}

/** DUO publishes empty files (a gemeente without pupils of that kind): skipped with a notice. */
function duoEmpty(s: StagedFile, kind: DuoKind): StagedFile {
	if (!s.problems.every((p) => p.kind === 'geen_rijen' || p.level !== 'fout')) return s;
	s.problems = s.problems.filter((p) => p.kind !== 'geen_rijen');
	s.spec = null;
	s.info.table = 'telling';
	s.problems.push({
		level: 'melding',
		kind: 'duo_leeg',
		file: s.info.name,
		row: null,
		column: null,
		value: null,
		problem: `${kind.naam.replace(/:.*/, '')} zonder regels: het bestand is leeg en wordt overgeslagen.`,
		fix: 'Niets nodig.'
	});
	return s;
}

/**
 * DUO's file → the telling shape: teldatum from PEILDATUM, brin and vestiging, and the pupils summed
 * over the age columns and over every row of the same teldatum + location (DUO splits a location by
 * So/Vso, and file 03 by the pupils' postcode). A `<5` cell is 1 to 4 pupils: the total is then a
 * range, stored as its minimum (each `<5` counted as 1, never as 2,5) with leerlingen_min and
 * leerlingen_max beside it, which every figure built on it carries.
 */
async function duoToTelling(conn: DuckDBConnection, s: StagedFile, headers: string[], kind: DuoKind): Promise<void> {
	const set = !!s.parts;
	const f = set ? '__file, ' : '';
	const spec = TABLES.find((t) => t.name === 'telling')!;
	s.spec = spec;
	s.info.table = spec.name;
	s.skipUnknownSchools = true;
	const h = headers.map(normaliseHeader);
	const col = (n: string) => `trim(${ident(`c${h.indexOf(n)}`)})`;
	const ages = h.flatMap((x, i) => (x.startsWith('leeftijd') ? [`nullif(trim(${ident(`c${i}`)}), '')`] : []));
	const sum = (parts: string[]) => (parts.length ? parts.join(' + ') : '0');
	// try_cast to an unsigned integer: a count, or NULL (a regular expression per cell is 3× slower).
	const exact = sum(ages.map((v) => `coalesce(try_cast(${v} AS UINTEGER), 0)`));
	const small = sum(ages.map((v) => `(CASE WHEN ${v} = '<5' THEN 1 ELSE 0 END)`));
	const bad = ages.length ? `coalesce(${ages.map((v) => `(CASE WHEN ${v} <> '<5' AND try_cast(${v} AS UINTEGER) IS NULL THEN ${v} END)`).join(', ')})` : 'NULL';
	const duo = `${s.raw}_duo`;
	// One row per teldatum + location, numbered by its first line; a cell DUO never writes (not a
	// number, not <5) is shown with the line it is on, and refused by the check of leerlingen.
	await conn.run(`CREATE OR REPLACE TEMP TABLE ${duo} AS
		SELECT ${f}coalesce(min(__rij) FILTER (WHERE bad IS NOT NULL), min(__rij)) AS __rij, c0, c1, c2,
			CASE WHEN count(bad) > 0 THEN arg_min(bad, __rij) FILTER (WHERE bad IS NOT NULL) ELSE CAST(sum(exact) + sum(small) AS VARCHAR) END AS c3,
			CASE WHEN sum(small) > 0 THEN CAST(sum(exact) + sum(small) AS VARCHAR) END AS c4,
			CASE WHEN sum(small) > 0 THEN CAST(sum(exact) + 4 * sum(small) AS VARCHAR) END AS c5
			, count(*) AS __regels
		FROM (SELECT ${f}__rij, ${col('peildatum')} AS c0, ${col('instellingscode')} AS c1, ${col('vestigingscode')} AS c2,
			${exact} AS exact, ${small} AS small, ${bad} AS bad FROM ${s.raw})
		GROUP BY ${f}c0, c1, c2 ORDER BY ${f}__rij`);
	s.temps.push({ name: duo, kind: 'TABLE' });
	s.raw = duo;
	const perFile = (await conn.runAndReadAll(`SELECT ${set ? '__file' : 'NULL'}, sum(__regels)::INTEGER, count(*)::INTEGER FROM ${duo} GROUP BY ALL`)).getRows();
	const counted = new Map(perFile.map(([file, lines, rows]) => [set ? String(file) : s.info.name, { lines: Number(lines), rows: Number(rows) }]));
	s.info.rows = [...counted.values()].reduce((a, c) => a + c.rows, 0);
	for (const p of s.parts ?? []) p.rows = counted.get(p.name)?.rows ?? 0;
	['teldatum', 'brin', 'vestiging', 'leerlingen', 'leerlingen_min', 'leerlingen_max'].forEach((c, i) => s.mapping.set(c, `c${i}`));
	const nl = (n: number) => n.toLocaleString('nl-NL');
	// One wording per kind of DUO file, so a national set of 342 files is one notice (report.ts).
	for (const file of s.parts ? s.parts.map((x) => x.name) : [s.info.name]) {
		const { lines, rows } = counted.get(file) ?? { lines: 0, rows: 0 };
		s.problems.push({
			level: 'melding',
			kind: 'duo_bestand',
			file,
			row: null,
			column: null,
			value: `${nl(lines)} ${lines === 1 ? 'regel' : 'regels'} → ${nl(rows)} ${rows === 1 ? 'vestiging' : 'vestigingen'}`,
			problem: `${kind.naam} herkend. De regels zijn per teldatum en vestiging opgeteld over ${ages.length} leeftijdskolommen${kind.nummer === '03' ? ' en de postcodes van de leerlingen' : ' (so en vso samen)'}. Een cel <5 telt als 1 tot 4 leerlingen: zo'n aantal is een schatting met onder- en bovengrens. Scholen die niet in scholen staan worden overgeslagen.`,
			fix: 'Niets nodig.'
		});
	}
}

/** Text of an Excel cell as the CSV export of the same sheet would show it; real dates as yyyy-mm-dd. */
function excelText(v: ExcelJS.CellValue): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) {
		const iso = v.toISOString();
		return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
	}
	// Excel stores 2,5 as a binary double: round off the noise (0.30000000000000004).
	if (typeof v === 'number') return String(Number(v.toPrecision(15)));
	if (typeof v === 'boolean') return v ? 'WAAR' : 'ONWAAR';
	if (typeof v === 'string') return v;
	if ('richText' in v) return v.richText.map((t) => t.text).join('');
	if ('formula' in v || 'sharedFormula' in v) return excelText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
	if ('hyperlink' in v) return String(v.text);
	if ('error' in v) return String(v.error);
	return String(v);
}

const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The header row of a sheet: exports often start with a title and an empty line. Among the first ten
 * rows with text, the first that holds two column names of the table (or that recognises a table by
 * itself); otherwise the first row with text.
 */
function findHeaderRow(rows: string[][], spec: TableSpec | null): number {
	const filled = rows.flatMap((r, i) => (r && r.some((c) => c.trim() !== '') ? [i] : [])).slice(0, 10);
	const isHeader = (r: string[]) =>
		spec ? r.filter((c) => c.trim() && headerMatches(spec, c.trim())).length >= 2 : recogniseByHeader(r.map((c) => c.trim())) !== null;
	return filled.find((i) => isHeader(rows[i])) ?? filled[0];
}

/** A limit was passed while reading: the file is refused with this message. */
class TooLargeError extends Error {
	constructor(readonly detail: TooLarge) {
		super(detail.problem);
	}
}

/** Column letters as Excel shows them: 1 → A, 27 → AA. */
function columnLetter(c: number): string {
	let s = '';
	for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

interface SheetScan {
	name: string;
	/** The first rows with text (up to ten), at their index (row number − 1): where the header is sought. */
	top: string[][];
	/** Every row of the sheet as a CSV line, line n = row n (empty rows as an empty line). */
	file: string;
	width: number;
	rows: number;
	/** A value holds a line break (DuckDB must then read the file in one piece). */
	breaks: boolean;
}

/**
 * Read a workbook as a stream, sheet by sheet, row by row: every row is written to a CSV file of its
 * sheet at once, so no sheet is ever held in memory. Stops at the first limit it passes.
 */
async function scanWorkbook(book: UnpackedWorkbook, dir: string): Promise<SheetScan[]> {
	const { xlsxRows, cellChars, columns } = limits();
	// exceljs's streaming reader, fed part by part from the unpacked files: reading the zip itself it
	// depends on the order of the parts (a sheet before the shared strings loses its names or texts).
	// Loaded on the first workbook, not with the server: exceljs and what it brings (zip, streams, csv)
	// cost 15–30 MB of memory and up to half a second of start-up that a monitor without xlsx imports
	// never needs.
	const { default: excel } = await import('exceljs');
	const reader = new excel.stream.xlsx.WorkbookReader(null as never, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		entries: 'ignore'
	});
	const parts = reader as unknown as WorkbookParts;
	parts.model = { sheets: [] };
	if (book.rels) await parts._parseRels(createReadStream(book.rels));
	if (book.workbook) await parts._parseWorkbook(createReadStream(book.workbook));
	if (book.sharedStrings) for await (const _ of parts._parseSharedStrings(createReadStream(book.sharedStrings))) void _;
	if (book.styles) await parts._parseStyles(createReadStream(book.styles));
	const sheets: SheetScan[] = [];
	const opened: ReturnType<typeof createReadStream>[] = [];
	let total = 0;
	try {
		for (const part of book.sheets) {
			const input = createReadStream(part.file);
			opened.push(input);
			const ws = [...parts._parseWorksheet(input, /sheet(\d+)\.xml$/.exec(part.part)?.[1] ?? '0')][0].value;
			const sheet: SheetScan = { name: part.name, top: [], file: join(dir, `blad-${sheets.length + 1}.csv`), width: 0, rows: 0, breaks: false };
			sheets.push(sheet);
			const fd = openSync(sheet.file, 'w');
			let lines: string[] = [];
			let filled = 0;
			try {
				for await (const row of ws) {
					const n = row.number;
					if (total + n > xlsxRows) {
						throw new TooLargeError({
							problem: `${TOO_LARGE}: de werkmap heeft meer dan ${xlsxRows.toLocaleString('nl-NL')} rijen.`,
							fix: `${SPLIT_FIX} Een CSV-bestand mag meer rijen hebben.`
						});
					}
					const values = Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => excelText(v));
					while (values.length && values[values.length - 1] === '') values.pop();
					if (values.length > columns) {
						throw new TooLargeError({
							problem: `${TOO_LARGE}: rij ${n} van blad ${sheet.name} heeft meer dan ${columns.toLocaleString('nl-NL')} kolommen.`,
							fix: SPLIT_FIX,
							row: n
						});
					}
					for (const [c, v] of values.entries()) {
						if (v.length > cellChars) throw new TooLargeError(cellTooLong(v.length, n, columnLetter(c + 1)));
						if (!sheet.breaks && /[\r\n]/.test(v)) sheet.breaks = true;
					}
					// Rows without any cell are not in the file: they keep their number as an empty line.
					for (let gap = sheet.rows + 1; gap < n; gap++) lines.push('""');
					if (filled < 10 && values.some((v) => v.trim() !== '')) {
						sheet.top[n - 1] = values;
						filled++;
					}
					lines.push(values.length ? values.map(csvField).join(',') : '""');
					sheet.width = Math.max(sheet.width, values.length);
					sheet.rows = n;
					if (lines.length >= 5_000) {
						writeSync(fd, lines.join('\n') + '\n');
						lines = [];
					}
				}
				if (lines.length) writeSync(fd, lines.join('\n') + '\n');
			} finally {
				closeSync(fd);
			}
			total += sheet.rows;
		}
	} finally {
		for (const input of opened) input.destroy();
	}
	return sheets;
}

/** The parts of exceljs's streaming workbook reader (4.4.0) that read one piece of a workbook each. */
interface WorkbookParts {
	model: object;
	_parseRels(input: NodeJS.ReadableStream): Promise<void>;
	_parseWorkbook(input: NodeJS.ReadableStream): Promise<void>;
	_parseSharedStrings(input: NodeJS.ReadableStream): AsyncIterable<unknown>;
	_parseStyles(input: NodeJS.ReadableStream): Promise<void>;
	_parseWorksheet(input: NodeJS.ReadableStream, sheetNo: string): Iterable<{ value: AsyncIterable<ExcelJS.Row> }>;
}

/** Stage a workbook: one table per sheet named after a table, or the only sheet as the file's table. */
async function stageXlsx(conn: DuckDBConnection, path: string, name: string, koppelingen: Profiel[] = []): Promise<StagedFile[]> {
	const bytes = readFileSync(path);
	const info = infoOf(bytes, name);
	const refuse = (kind: string, problem: string, fix: string, extra: Partial<Problem> = {}) => {
		const s = newStaged(info);
		fileProblem(s, kind, problem, fix, extra);
		return [s];
	};
	const unreadable = (why: string) =>
		refuse(
			'bestand_onleesbaar',
			`Het bestand kan niet als Excel-werkmap (.xlsx) gelezen worden: ${why}`,
			'Open het bestand in Excel en sla het opnieuw op als Excel-werkmap (.xlsx), of als CSV (UTF-8).'
		);
	const dir = mkdtempSync(join(tmpdir(), 'pm-xlsx-'));
	try {
		// Unpacked first, within limits: a zip bomb is refused before anything is read.
		const book = await unpackXlsx(bytes, dir);
		if (!book || !('sheets' in book) || !book.workbook)
			return book && 'problem' in book ? refuse('bestand_te_groot', book.problem, book.fix) : unreadable('het is geen Excel-werkmap.');
		let scanned: SheetScan[];
		try {
			scanned = await scanWorkbook(book, dir);
		} catch (e) {
			if (e instanceof TooLargeError)
				return refuse('bestand_te_groot', e.detail.problem, e.detail.fix, { row: e.detail.row ?? null, column: e.detail.column ?? null });
			return unreadable((e as Error).message.split('\n')[0]);
		}
		const sheets = scanned.filter((ws) => ws.top.length > 0);
		if (sheets.length === 0) return refuse('bestand_leeg', 'De werkmap is leeg.', 'Exporteer het bestand opnieuw, met een kopregel en gegevens.');
		const single = sheets.length === 1;
		const out: StagedFile[] = [];
		const skipped: string[] = [];
		for (const ws of sheets) {
			const bySheet = recogniseByName(ws.name);
			const headerAt = findHeaderRow(ws.top, bySheet ?? (single ? recogniseByName(name) : null));
			const headers = ws.top[headerAt].map((h) => h.trim());
			while (headers.length && headers[headers.length - 1] === '') headers.pop();
			if (!single && !bySheet && !recogniseByHeader(headers)) {
				skipped.push(ws.name);
				continue;
			}
			const s = newStaged({ ...info, name: single ? name : `${name} (blad ${ws.name})` });
			const idx = recognise(s, headers, single ? (recogniseByName(name) ? name : ws.name) : ws.name, headers.join(';'), undefined, koppelingen);
			out.push(s);
			if (!idx) continue;
			if (ws.rows <= headerAt + 1) {
				fileProblem(s, 'geen_rijen', 'Het werkblad heeft een kopregel maar geen gegevens.', 'Exporteer het bestand opnieuw, met de gegevens.');
				continue;
			}
			const width = Math.max(ws.width, headers.length);
			if (await loadRawCsv(conn, s, ws.file, ',', width, headerAt + 2, headerAt + 1, [], ws.breaks)) {
				setMapping(s, idx);
				await addDerived(conn, s);
				await scanPrivacy(conn, s, headers);
				await addWaarden(conn, s);
				await addMonster(conn, s, headers);
			}
		}
		if (out.length === 0) {
			return refuse(
				'tabel_onbekend',
				`Geen van de werkbladen (${skipped.join(', ')}) is herkend als tabel.`,
				`Geef elk werkblad de naam van zijn tabel (${TABLES.map((t) => t.name).join(', ')}).`
			);
		}
		for (const sheet of skipped) {
			out[0].problems.push({
				level: 'melding',
				kind: 'blad_genegeerd',
				file: name,
				row: null,
				column: null,
				value: sheet,
				problem: `Het werkblad "${sheet}" is niet herkend als tabel en wordt overgeslagen.`,
				fix: 'Niets nodig. Hoort het erbij, geef het werkblad dan de naam van zijn tabel.'
			});
		}
		return out;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Stage a Parquet file: the same column names; rows are numbered from 1. */
async function stageParquet(conn: DuckDBConnection, path: string, name: string, koppelingen: Profiel[] = []): Promise<StagedFile> {
	const s = newStaged(infoOf(readFileSync(path), name));
	let headers: string[];
	try {
		const d = await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${q(path)})`);
		headers = d.getRows().map((r) => String(r[0]));
	} catch (e) {
		if (isOutOfMemory(e)) throw e;
		// DuckDB names the file by its path on the server: the user knows it by its own name.
		const why = (e as Error).message
			.split('\n')[0]
			.replaceAll(path, name)
			.replace(/(?:[A-Za-z]:)?[\\/][^\s"']*[\\/]([^\s"'\\/]+)/g, '$1');
		fileProblem(
			s,
			'bestand_onleesbaar',
			`Het bestand "${name}" kan niet als Parquet gelezen worden: ${why}`,
			'Exporteer het bestand opnieuw als Parquet, of als CSV (UTF-8).'
		);
		return s;
	}
	const idx = recognise(s, headers, name, headers.join(';'), undefined, koppelingen);
	if (!idx) return s;
	const cols = headers.map((h, i) => (s.nietInlezen?.includes(i) ? 'NULL::VARCHAR' : `CAST(${ident(h)} AS VARCHAR)`) + ` AS ${ident(`c${i}`)}`).join(', ');
	await conn.run(`CREATE OR REPLACE TEMP TABLE ${s.raw} AS
		SELECT file_row_number + 1 AS __rij, ${cols} FROM read_parquet(${q(path)}, file_row_number = true)`);
	s.temps.push({ name: s.raw, kind: 'TABLE' });
	if (await countRows(conn, s)) {
		setMapping(s, idx);
		await addDerived(conn, s);
		await scanPrivacy(conn, s, headers);
		await addWaarden(conn, s);
		await addMonster(conn, s, headers);
	}
	return s;
}
