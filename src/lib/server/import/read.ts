/**
 * Reading one export file into a raw staging table in DuckDB: every cell as text, with the row
 * number as a spreadsheet shows it. Recognises the table (file name first, then header), maps the
 * headers onto the spec's columns, and refuses columns that identify a person.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, normaliseHeader, type TableSpec } from './specs';
import { ident, q } from './parse';
import type { FileInfo, Problem } from './report';

export interface StagedFile {
	info: FileInfo;
	spec: TableSpec | null;
	/** Temp table with columns c0…cN (text) and __rij. */
	raw: string;
	/** spec column → raw column (c3). */
	mapping: Map<string, string>;
	problems: Problem[];
}

/** Headers that identify a pupil: the file is refused (DOMAIN.md, Privacy). */
const PRIVACY: { pattern: RegExp; what: string }[] = [
	{ pattern: /^(bsn|burgerservicenummer|burger service nummer|sofinummer|sofi nummer|persoonsgebonden nummer|pgn)$/, what: 'een burgerservicenummer (BSN)' },
	{ pattern: /^(voornaam|voornamen|achternaam|roepnaam|tussenvoegsel|leerlingnaam|naam leerling|naam van de leerling|volledige naam|geslachtsnaam)$/, what: 'de naam van een leerling' },
	{ pattern: /^(geboortedatum|geb datum|geboorte datum|gebdatum|date of birth|dob|birthdate)$/, what: 'een geboortedatum' },
	{ pattern: /^(adres|straat|straatnaam|huisnummer|woonadres|postcode leerling|postcode|woonplaats|adres leerling)$/, what: 'het adres van een leerling' }
];
/** Tables about pupils, where a bare "naam" column would be a pupil's name. */
const PUPIL_TABLES = new Set(['tlv']);

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
			if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
			else if (ch === '"') inQuote = false;
			else cur += ch;
		} else if (ch === '"') inQuote = true;
		else if (ch === delim) out.push(cur), (cur = '');
		else cur += ch;
	}
	out.push(cur);
	return out.map((s) => s.trim());
}

/** UTF-8 (with or without BOM) when it decodes as such, otherwise Windows-1252. */
export function decode(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
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
		if (!required.every((c) => found.has(c.name))) continue;
		const score = found.size / t.columns.length;
		if (!best || score > best.score) best = { t, score };
	}
	return best?.t ?? null;
}

/**
 * Map headers onto the spec; report ignored and privacy columns. Returns the mapping
 * spec column → index of the header.
 */
export function mapHeaders(spec: TableSpec, headers: string[], file: string, problems: Problem[]): Map<string, number> {
	const mapping = new Map<string, number>();
	headers.forEach((h, i) => {
		const col = headerMatches(spec, h);
		const norm = normaliseHeader(h);
		const privacy = PRIVACY.find((p) => p.pattern.test(norm)) ?? (PUPIL_TABLES.has(spec.name) && norm === 'naam' ? PRIVACY[1] : undefined);
		if (privacy && !(col && spec.name === 'scholen')) {
			problems.push({
				level: 'fout', kind: 'privacy', file, row: 1, column: h, value: null,
				problem: `De kolom "${h}" bevat ${privacy.what}. De monitor slaat geen gegevens op die een leerling direct identificeren.`,
				fix: `Verwijder de kolom "${h}" uit de export en lees het bestand opnieuw in. Gebruik alleen een pseudoniem leerlingcode.`
			});
			return;
		}
		if (col && !mapping.has(col)) mapping.set(col, i);
		else if (col) {
			problems.push({
				level: 'fout', kind: 'kolom_dubbel', file, row: 1, column: h, value: null,
				problem: `De kolom ${col} komt twee keer voor.`, fix: `Houd één kolom ${col} over.`
			});
		} else if (h !== '') {
			problems.push({
				level: 'melding', kind: 'kolom_genegeerd', file, row: 1, column: h, value: null,
				problem: `De kolom "${h}" is onbekend voor tabel ${spec.name} en wordt overgeslagen.`,
				fix: `Niets nodig. Bedoelde u een van: ${spec.columns.map((c) => c.name).join(', ')}? Hernoem dan de kolom.`
			});
		}
	});
	for (const c of spec.columns) {
		if (c.required && !mapping.has(c.name) && !(c.type === 'vestiging')) {
			problems.push({
				level: 'fout', kind: 'kolom_ontbreekt', file, row: 1, column: c.name, value: null,
				problem: `De verplichte kolom ${c.name} ontbreekt (${c.description}).`,
				fix: `Voeg een kolom ${c.name} toe aan de export${c.aliases.length ? ` (of een van: ${c.aliases.join(', ')})` : ''}.`
			});
		}
	}
	return mapping;
}

let seq = 0;

/** Stage a CSV file; `name` is what the user calls the file (an upload's original name). */
export async function stageCsv(conn: DuckDBConnection, path: string, name = basename(path), forceTable?: TableSpec): Promise<StagedFile> {
	const bytes = readFileSync(path);
	const info: FileInfo = { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), table: null, rows: 0 };
	const problems: Problem[] = [];
	const raw = `raw_${++seq}`;
	const staged: StagedFile = { info, spec: null, raw, mapping: new Map(), problems };
	const { text, encoding } = decode(bytes);
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	if (text.trim() === '') {
		problems.push({ level: 'fout', kind: 'bestand_leeg', file: name, row: null, column: null, value: null, problem: 'Het bestand is leeg.', fix: 'Exporteer het bestand opnieuw, met een kopregel en gegevens.' });
		return staged;
	}
	const delim = detectDelimiter(firstLine);
	const headers = splitLine(firstLine, delim);
	const spec = forceTable ?? recogniseByName(name) ?? recogniseByHeader(headers);
	if (!spec) {
		problems.push({
			level: 'fout', kind: 'tabel_onbekend', file: name, row: 1, column: null, value: firstLine.slice(0, 120),
			problem: 'Niet herkend welke tabel dit is: de bestandsnaam en de kopregel passen bij geen enkele tabel.',
			fix: `Noem het bestand naar de tabel (${TABLES.map((t) => t.name).join(', ')}) of gebruik de kolomnamen uit data/README.md.`
		});
		return staged;
	}
	staged.spec = spec;
	info.table = spec.name;
	const idx = mapHeaders(spec, headers, name, problems);

	// DuckDB reads the file; a Windows-1252 file is handed over as UTF-8.
	let source = path;
	let tmp: string | null = null;
	if (encoding !== 'utf-8' || bytes[0] === 0xef) {
		tmp = mkdtempSync(join(tmpdir(), 'pm-import-'));
		source = join(tmp, 'bestand.csv');
		writeFileSync(source, text);
	}
	const cols = headers.map((_, i) => `${q(`c${i}`)}: 'VARCHAR'`).join(', ');
	try {
		await conn.run(`CREATE OR REPLACE TEMP TABLE ${raw} AS
			SELECT * FROM read_csv(${q(source)}, header = false, skip = 1, delim = ${q(delim)}, quote = '"', escape = '"',
				columns = {${cols}}, auto_detect = false, null_padding = true, strict_mode = false, all_varchar = true)`);
		// rowid of the temp table keeps file order; drop rows that are entirely empty.
		const nonEmpty = headers.map((_, i) => `nullif(trim(${ident(`c${i}`)}), '') IS NOT NULL`).join(' OR ');
		await conn.run(`CREATE OR REPLACE TEMP TABLE ${raw} AS SELECT rowid + 2 AS __rij, * FROM ${raw} WHERE ${nonEmpty}`);
	} catch (e) {
		problems.push({
			level: 'fout', kind: 'bestand_onleesbaar', file: name, row: null, column: null, value: null,
			problem: `Het bestand kan niet als CSV gelezen worden: ${(e as Error).message.split('\n')[0]}`,
			fix: 'Sla het bestand op als CSV (UTF-8) met één kopregel, en controleer aanhalingstekens.'
		});
		return staged;
	} finally {
		if (tmp) rmSync(tmp, { recursive: true, force: true });
	}
	const n = await conn.runAndReadAll(`SELECT count(*)::INTEGER FROM ${raw}`);
	info.rows = Number(n.getRows()[0][0]);
	if (info.rows === 0) {
		problems.push({ level: 'fout', kind: 'geen_rijen', file: name, row: null, column: null, value: null, problem: 'Het bestand heeft een kopregel maar geen gegevens.', fix: 'Exporteer het bestand opnieuw, met de gegevens.' });
	}
	for (const [col, i] of idx) staged.mapping.set(col, `c${i}`);
	return staged;
}
