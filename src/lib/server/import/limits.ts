/**
 * What the importer will read at most, checked before anything is unpacked or decoded, so a hostile
 * or broken file (a zip bomb, a workbook of a million rows, one cell of 90 MB) is refused in Dutch
 * instead of filling the memory. A real SWV export is far inside every limit; CSV has no row limit.
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInflateRaw } from 'node:zlib';
import { z } from 'zod';
import { formatMb } from '../../upload';

const MB = 1024 * 1024;
/** A positive number from the environment variable `name`, or `fallback` when it is unset or not a positive number. */
export const envNumber = (name: string, fallback: number) =>
	z.coerce
		.number()
		.positive()
		.catch(fallback)
		.parse(process.env[name] ?? fallback);

export const limits = () => ({
	/** Excel's own limit for the text of one cell: no export made with Excel has more. */
	cellChars: 32_767,
	/** One CSV row (a quoted value may span lines). */
	rowChars: envNumber('IMPORT_MAX_ROW_CHARS', 1_000_000),
	/** Rows of a workbook, all sheets together. */
	xlsxRows: envNumber('IMPORT_XLSX_MAX_ROWS', 300_000),
	/** Columns of a sheet or a CSV header. */
	columns: 1_000,
	/** Bytes a workbook may unpack to, and files it may hold. */
	xlsxUnpacked: envNumber('IMPORT_XLSX_MAX_MB', 300) * MB,
	xlsxEntries: 1_000,
	/** A part that unpacks to more than this many times its packed size (and more than 20 MB) is a zip bomb. */
	xlsxRatio: 200
});

export const TOO_LARGE = 'Het bestand is te groot om te controleren';
export const SPLIT_FIX = 'Splits het bestand in kleinere delen (bijvoorbeeld per schooljaar) en lees die na elkaar in, of sla de tabel op als CSV (UTF-8).';
export const CELL_FIX = 'Controleer die waarde in het bestand (een fout in de export?), kort hem in of haal hem weg, en lees het bestand opnieuw in.';

const n = (v: number) => v.toLocaleString('nl-NL');

export interface TooLarge {
	problem: string;
	fix: string;
	row?: number;
	column?: string;
}

export function cellTooLong(chars: number, row: number, column: string | null): TooLarge {
	return {
		problem: `${TOO_LARGE}: ${column ? `kolom ${column} op ` : ''}rij ${n(row)} bevat een waarde van ${n(chars)} tekens; een waarde mag hoogstens ${n(limits().cellChars)} tekens hebben.`,
		fix: CELL_FIX,
		row,
		column: column ?? undefined
	};
}

/**
 * Scan a CSV's bytes before decoding: the longest value (between `,` `;` or tab, outside quotes) and the
 * longest row (a quoted value may hold line breaks). Characters are counted as UTF-8 code points.
 * Also tells whether a quoted value holds a line break (DuckDB must then read the file in one piece).
 */
export function scanCsv(bytes: Uint8Array): { tooLarge: TooLarge | null; quotedBreaks: boolean } {
	return new CsvScanner().feed(bytes).result();
}

/** scanCsv fed in chunks (stroom.ts reads a large file so), with the same answer. */
export class CsvScanner {
	private readonly cellChars = limits().cellChars;
	private readonly rowChars = limits().rowChars;
	private quoted = false;
	private quotedBreaks = false;
	private cell = 0;
	private rowLen = 0;
	private line = 1;
	private rowStart = 1;
	/** Characters of the value that went over the limit, counted to its end (for the message). */
	private measuring = 0;
	private measured = false;
	private tooLarge: TooLarge | null = null;

	feed(bytes: Uint8Array): this {
		return this.step(bytes, this.lines(bytes));
	}

	/**
	 * Fast path for a chunk without quotes: when no line in it (with what the current row already
	 * has) is longer in bytes than a value and a row may be, no limit can be passed, and only the
	 * line breaks need counting (indexOf, native). Returns where the byte-by-byte scan goes on.
	 */
	private lines(bytes: Uint8Array): number {
		if (this.quoted || this.measuring || this.tooLarge || bytes.indexOf(34) >= 0) return 0;
		const most = Math.min(this.cellChars, this.rowChars);
		let start = 0;
		let breaks = 0;
		for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, start)) {
			if ((breaks === 0 ? this.rowLen : 0) + at - start > most) return 0;
			breaks++;
			start = at + 1;
		}
		if (breaks === 0) return 0;
		this.line += breaks;
		this.rowStart = this.line;
		this.cell = 0;
		this.rowLen = 0;
		return start;
	}

	private step(bytes: Uint8Array, from: number): this {
		const { cellChars, rowChars } = this;
		for (let i = from; i < bytes.length && !this.measured; i++) {
			const b = bytes[i];
			if (this.measuring) {
				if (b === 34 || b === 10 || b === 44 || b === 59 || b === 9) this.measured = true;
				else if ((b & 0xc0) !== 0x80) this.measuring++;
				continue;
			}
			if (this.tooLarge) break;
			if ((b & 0xc0) === 0x80) continue; // a UTF-8 continuation byte: part of the previous character
			if (b === 34) {
				this.quoted = !this.quoted;
				continue;
			}
			if (b === 10) {
				this.line++;
				if (this.quoted) this.quotedBreaks = true;
				else {
					this.cell = 0;
					this.rowLen = 0;
					this.rowStart = this.line;
					continue;
				}
			} else if (!this.quoted && (b === 44 || b === 59 || b === 9)) {
				this.cell = 0;
				this.rowLen++;
				continue;
			}
			this.cell++;
			this.rowLen++;
			if (this.cell > cellChars) this.measuring = cellChars + 1;
			else if (this.rowLen > rowChars) {
				this.tooLarge = { problem: `${TOO_LARGE}: rij ${n(this.rowStart)} is langer dan ${n(rowChars)} tekens.`, fix: CELL_FIX, row: this.rowStart };
			}
		}
		return this;
	}

	result(): { tooLarge: TooLarge | null; quotedBreaks: boolean } {
		if (this.measuring) return { tooLarge: cellTooLong(this.measuring, this.rowStart, null), quotedBreaks: this.quotedBreaks };
		return { tooLarge: this.tooLarge, quotedBreaks: this.quotedBreaks };
	}
}

interface ZipEntry {
	name: string;
	method: number;
	data: Buffer;
}

/** The parts of a zip, from its central directory; null when it is no (readable) zip. */
function zipEntries(bytes: Buffer): ZipEntry[] | 'zip64' | null {
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
		if (bytes.readUInt32LE(i) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) return null;
	const count = bytes.readUInt16LE(eocd + 10);
	let p = bytes.readUInt32LE(eocd + 16);
	if (count === 0xffff || p === 0xffffffff) return 'zip64';
	const out: ZipEntry[] = [];
	for (let e = 0; e < count; e++) {
		if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) return null;
		const method = bytes.readUInt16LE(p + 10);
		const size = bytes.readUInt32LE(p + 20);
		const nameLen = bytes.readUInt16LE(p + 28);
		const local = bytes.readUInt32LE(p + 42);
		const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
		p += 46 + nameLen + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
		if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return null;
		const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
		out.push({ name: name.replace(/^\//, ''), method, data: bytes.subarray(start, Math.min(bytes.length, start + size)) });
	}
	return out;
}

/** A workbook unpacked into files: its sheets in order (name and file), and the parts they need. */
export interface UnpackedWorkbook {
	sheets: { name: string; part: string; file: string }[];
	workbook: string | null;
	rels: string | null;
	sharedStrings: string | null;
	styles: string | null;
}

/**
 * Unpack the parts of a workbook the importer reads into `dir`, counting what they really unpack to
 * (sizes in the zip's own directory can lie) and stopping at the first limit: a zip bomb, too many
 * parts, or more unpacked than a workbook of this size can hold. A file that is no zip at all gives
 * null: the workbook reader then says it cannot read it.
 */
export async function unpackXlsx(bytes: Buffer, dir: string): Promise<UnpackedWorkbook | TooLarge | null> {
	const { xlsxUnpacked, xlsxEntries, xlsxRatio } = limits();
	const bomb = (what: string): TooLarge => ({ problem: `${TOO_LARGE}: ${what} (het bestand zelf is ${formatMb(bytes.length)}).`, fix: SPLIT_FIX });
	const entries = zipEntries(bytes);
	if (entries === 'zip64') return bomb('de werkmap is uitgepakt groter dan 4 GB');
	if (!entries) return null;
	if (entries.length > xlsxEntries) return bomb(`de werkmap bestaat uit ${n(entries.length)} delen, meer dan de ${n(xlsxEntries)} die een werkmap ooit heeft`);
	const wanted = (name: string) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(name);
	const files = new Map<string, string>();
	let total = 0;
	for (const [i, e] of entries.entries()) {
		if (!wanted(e.name) || (e.method !== 0 && e.method !== 8)) continue;
		const file = join(dir, `deel-${i}.xml`);
		// Stopped as soon as the part is over the budget, or clearly a bomb (no need to unpack it all).
		const unpacked = await inflateTo(e, file, Math.min(xlsxUnpacked - total, Math.max(20 * MB, xlsxRatio * e.data.length)));
		if (unpacked > 20 * MB && unpacked > xlsxRatio * e.data.length) {
			return bomb(`een deel van de werkmap pakt uit tot meer dan ${formatMb(unpacked)}: meer dan ${xlsxRatio} keer zo groot als het is (een zip-bom)`);
		}
		total += unpacked;
		if (total > xlsxUnpacked) return bomb(`uitgepakt is de werkmap meer dan ${formatMb(xlsxUnpacked)}`);
		files.set(e.name, file);
	}
	const wb = files.has('xl/workbook.xml') ? readFileSync(files.get('xl/workbook.xml')!, 'utf8') : '';
	const rels = files.has('xl/_rels/workbook.xml.rels') ? readFileSync(files.get('xl/_rels/workbook.xml.rels')!, 'utf8') : '';
	const attr = (tag: string, a: string) => new RegExp(`\\s${a}="([^"]*)"`).exec(tag)?.[1];
	const targets = new Map<string, string>();
	for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
		const id = attr(tag, 'Id');
		const target = attr(tag, 'Target');
		if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
	}
	const sheets: UnpackedWorkbook['sheets'] = [];
	for (const tag of wb.match(/<sheet\b[^>]*>/g) ?? []) {
		const part = targets.get(attr(tag, 'r:id') ?? '');
		const name = attr(tag, 'name');
		if (part && name !== undefined && files.has(part)) sheets.push({ name: xmlText(name), part, file: files.get(part)! });
	}
	return {
		sheets,
		workbook: files.get('xl/workbook.xml') ?? null,
		rels: files.get('xl/_rels/workbook.xml.rels') ?? null,
		sharedStrings: files.get('xl/sharedStrings.xml') ?? null,
		styles: files.get('xl/styles.xml') ?? null
	};
}

const xmlText = (s: string) =>
	s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (m, e: string, d?: string, h?: string) =>
		d
			? String.fromCodePoint(Number(d))
			: h
				? String.fromCodePoint(parseInt(h, 16))
				: (({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()] ?? m)
	);

/** Inflate one part into `file`, counting no further than just past `limit`; returns the bytes written. */
function inflateTo(e: ZipEntry, file: string, limit: number): Promise<number> {
	if (e.method === 0) {
		if (e.data.length <= limit) writeFileSync(file, e.data);
		return Promise.resolve(e.data.length);
	}
	return new Promise((resolve) => {
		const fd = openSync(file, 'w');
		const z = createInflateRaw();
		let size = 0;
		let open = true;
		const done = () => {
			if (open) closeSync(fd);
			open = false;
			resolve(size);
		};
		z.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				z.removeAllListeners();
				z.destroy();
				done();
			} else writeSync(fd, chunk);
		});
		z.on('end', done);
		// A broken part: the workbook reader will say so.
		z.on('error', done);
		z.end(e.data);
	});
}
