import { afterEach, describe, expect, it } from 'vitest';
import { CsvScanner, scanCsv } from './limits';

afterEach(() => delete process.env.IMPORT_MAX_ROW_CHARS);

/** A CSV-like text: short and long lines, quotes with separators and line breaks, é (two bytes). */
function text(seed: number, lines: number, long: number): string {
	let x = seed;
	const rnd = (n: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), Math.floor((x / 2 ** 31) * n));
	const out: string[] = [];
	for (let i = 0; i < lines; i++) {
		const k = rnd(10);
		if (k === 0) out.push(`"een opmerking,\nover twee regels",${'é'.repeat(rnd(5))}`);
		else if (k === 1 && long) out.push('x'.repeat(long - 20 + rnd(40)));
		else out.push(Array.from({ length: 1 + rnd(6) }, () => 'ab;c'.slice(0, 1 + rnd(4))).join(','));
	}
	return out.join(rnd(2) ? '\n' : '\r\n');
}

describe('CsvScanner fed in chunks', () => {
	it('finds the same: a row too long (a low limit), a value too long, rows over two lines, or nothing', () => {
		const cases: [string, string | undefined][] = [
			[text(1, 400, 0), undefined],
			[text(2, 400, 50), '50'],
			[text(3, 300, 32_767), undefined],
			[text(4, 50, 0).replace(/"/g, ''), undefined],
			// Every line short but one just over the row limit: the fast path must not pass it.
			['a,b\n'.repeat(300) + 'x'.repeat(51) + '\n' + 'a\n'.repeat(10), '50']
		];
		const seen = new Set<string>();
		for (const [t, rowLimit] of cases) {
			if (rowLimit) process.env.IMPORT_MAX_ROW_CHARS = rowLimit;
			else delete process.env.IMPORT_MAX_ROW_CHARS;
			const bytes = Buffer.from(t);
			const whole = scanCsv(bytes);
			seen.add(whole.tooLarge ? whole.tooLarge.problem.replace(/\d[\d.]*/g, 'N') : `geen, ${whole.quotedBreaks}`);
			for (const size of [1, 3, 7, 64, 4096]) {
				const s = new CsvScanner();
				for (let i = 0; i < bytes.length; i += size) s.feed(bytes.subarray(i, i + size));
				expect(s.result(), `chunks of ${size}`).toEqual(whole);
			}
		}
		// Each kind of answer came up, so each was compared.
		expect([...seen].sort()).toEqual([
			'Het bestand is te groot om te controleren: rij N bevat een waarde van N tekens; een waarde mag hoogstens N tekens hebben.',
			'Het bestand is te groot om te controleren: rij N is langer dan N tekens.',
			'geen, false',
			'geen, true'
		]);
	});
});
