/**
 * Reading a large CSV without holding it: what stageCsv learns from the whole text of a small file
 * (its hash, the limits of limits.ts, its encoding, empty lines, rows that span lines) is learned here
 * in one pass over chunks of the bytes, so the Node process does not grow with the file (a
 * 400 MB export used to be held twice: as bytes and as text). DuckDB reads the file itself.
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { CsvScanner, type TooLarge } from './limits';

/** Files from this size on are read in chunks (`IMPORT_STREAM_MB`, default 8; tests set 0). */
export const streamFrom = () => Number(process.env.IMPORT_STREAM_MB ?? 8) * 1024 * 1024;
/** Bytes per chunk (tests set a few, so every line break and character is split somewhere). */
const chunkBytes = () => Number(process.env.IMPORT_STREAM_CHUNK ?? 4 * 1024 * 1024);

/** Call `fn` with each chunk of the file, in order (the buffer is reused: copy what you keep). */
function eachChunk(path: string, fn: (chunk: Buffer) => void): void {
	const fd = openSync(path, 'r');
	const size = chunkBytes();
	const buf = Buffer.allocUnsafe(size);
	try {
		for (let n; (n = readSync(fd, buf, 0, size, null)) > 0;) fn(buf.subarray(0, n));
	} finally {
		closeSync(fd);
	}
}

export interface CsvFileScan {
	size: number;
	sha256: string;
	tooLarge: TooLarge | null;
	quotedBreaks: boolean;
	encoding: 'utf-8' | 'windows-1252';
	/** The first byte is that of a UTF-8 byte order mark (the file is then rewritten without it). */
	bom: boolean;
	/** Nothing but whitespace. */
	empty: boolean;
	/** An empty line before another line (/\n[ \t]*\r?\n./ on the text). */
	blankLines: boolean;
	hasQuote: boolean;
	/** The first lines as text (at least eleven, or all): where the header is sought. */
	head: string;
}

/** Bytes of an incomplete UTF-8 character at the end of `b` (0 when it ends on a whole one). */
function openTail(b: Buffer): number {
	for (let k = 1; k <= Math.min(3, b.length); k++) {
		const c = b[b.length - k];
		if ((c & 0xc0) === 0x80) continue;
		const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
		return need > k ? k : 0;
	}
	return 0;
}

export function scanCsvFile(path: string): CsvFileScan {
	const hash = createHash('sha256');
	const scanner = new CsvScanner();
	let size = 0;
	let utf8 = true;
	let carry: Buffer = Buffer.alloc(0);
	let first = -1;
	let empty = true;
	let blank = 0;
	let blankLines = false;
	let hasQuote = false;
	const head: Buffer[] = [];
	let headLines = 0;
	eachChunk(path, (chunk) => {
		hash.update(chunk);
		size += chunk.length;
		if (first < 0) first = chunk[0];
		scanner.feed(chunk);
		if (utf8) {
			const whole = carry.length ? Buffer.concat([carry, chunk]) : chunk;
			const tail = openTail(whole);
			utf8 = isUtf8(whole.subarray(0, whole.length - tail));
			carry = Buffer.from(whole.subarray(whole.length - tail));
		}
		if (headLines <= 11) {
			let end = chunk.length;
			for (let i = 0; i < chunk.length && headLines <= 11; i++) if (chunk[i] === 10 && ++headLines > 11) end = i + 1;
			head.push(Buffer.from(chunk.subarray(0, end)));
		}
		if (!hasQuote && chunk.includes(34)) hasQuote = true;
		for (let i = 0; empty && i < chunk.length; i++) {
			const c = chunk[i];
			if (!(c === 32 || (c >= 9 && c <= 13))) empty = false;
		}
		// /\n[ \t]*\r?\n./: 1 after \n (spaces and tabs may follow), 2 after its \r, 3 after the blank line's
		// \n. Only a \n leaves state 0, so the bytes between are skipped (indexOf finds the next one).
		for (let i = 0; !blankLines && i < chunk.length; i++) {
			if (blank === 0) {
				i = chunk.indexOf(10, i);
				if (i < 0) break;
			}
			const c = chunk[i];
			if (blank === 0) blank = 1;
			else if (blank === 1) blank = c === 32 || c === 9 ? 1 : c === 13 ? 2 : c === 10 ? 3 : 0;
			else if (blank === 2) blank = c === 10 ? 3 : 0;
			else if (c === 10) blank = 3;
			else if (c === 13) blank = 2;
			else {
				blankLines = true;
				blank = 0;
			}
		}
	});
	if (carry.length) utf8 = false;
	const { tooLarge, quotedBreaks } = scanner.result();
	const headBytes = Buffer.concat(head);
	const encoding = utf8 ? 'utf-8' : 'windows-1252';
	return {
		size,
		sha256: hash.digest('hex'),
		tooLarge,
		quotedBreaks,
		encoding,
		bom: first === 0xef,
		empty,
		blankLines,
		hasQuote,
		head: new TextDecoder(encoding).decode(headBytes).replace(/^\uFEFF/, '')
	};
}

/**
 * Where the rows of a CSV stop matching its lines (read.ts, regelSprongen), over chunks of its bytes:
 * quotes and line breaks are the same single bytes in UTF-8 and Windows-1252.
 */
export function sprongen(chunks: (fn: (chunk: Uint8Array) => void) => void, skipLines: number): [number, number][] {
	const out: [number, number][] = [];
	let skip = skipLines;
	let quoted = false;
	let row = 0;
	let added = 0;
	let inRow = 0;
	chunks((chunk) => {
		let i = 0;
		while (skip > 0 && i < chunk.length) if (chunk[i++] === 10) skip--;
		for (; i < chunk.length; i++) {
			const c = chunk[i];
			if (c === 34) quoted = !quoted;
			else if (c === 10) {
				if (quoted) inRow++;
				else {
					row++;
					if (inRow) {
						added += inRow;
						out.push([row, added]);
						inRow = 0;
					}
				}
			}
		}
	});
	return out;
}

export const regelSprongenFile = (path: string, skipLines: number) => sprongen((fn) => eachChunk(path, fn), skipLines);

/**
 * The file as plain UTF-8 into `target`, as stageCsv writes a small one: decoded, without a byte order
 * mark, and with `fillBlank` every empty line outside a quoted value as one separator (vulLegeRegels).
 */
export function writeUtf8(path: string, target: string, encoding: 'utf-8' | 'windows-1252', fillBlank: boolean, delim: string): void {
	const decoder = new TextDecoder(encoding);
	const fd = openSync(target, 'w');
	let rest = '';
	let quoted = false;
	let started = false;
	const line = (l: string) => {
		const o = !quoted && l.trim() === '' ? delim : l;
		for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) === 34) quoted = !quoted;
		return o;
	};
	const put = (text: string, last: boolean) => {
		if (!started) {
			text = text.replace(/^\uFEFF/, '');
			started = text.length > 0 || last;
		}
		if (!fillBlank) {
			if (text) writeSync(fd, text);
			return;
		}
		const lines = (rest + text).split(/\r?\n/);
		// The part after the last line break (it may end in the \r of a \r\n split over two chunks).
		rest = last ? '' : lines.pop()!;
		const done = lines.map(line);
		if (done.length) writeSync(fd, last ? done.join('\n') : done.join('\n') + '\n');
	};
	try {
		eachChunk(path, (chunk) => put(decoder.decode(chunk, { stream: true }), false));
		put(decoder.decode(), true);
	} finally {
		closeSync(fd);
	}
}
