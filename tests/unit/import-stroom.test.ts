/**
 * A large CSV is read in chunks (stroom.ts) instead of as one text: every kind of file must give the
 * same report and the same rows both ways. IMPORT_STREAM_MB=0 sends every file through the chunked
 * path, in chunks of 7 bytes, so a \r\n, a character of two bytes and a quoted value are split.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { importInto, tableChecksums } from './helpers';
import { GOOD, dutchCsv, windows1252 } from './formats';

async function both(files: Record<string, string | Buffer>) {
	const once = async () => {
		const db = await MonitorDb.open(':memory:');
		try {
			const r = await importInto(db, files);
			return { r: { ...r, dataVersion: undefined }, sums: await tableChecksums(db) };
		} finally {
			db.close();
		}
	};
	delete process.env.IMPORT_STREAM_MB;
	const whole = await once();
	process.env.IMPORT_STREAM_MB = '0';
	process.env.IMPORT_STREAM_CHUNK = '7';
	const chunked = await once();
	return { whole, chunked };
}

afterEach(() => {
	delete process.env.IMPORT_STREAM_MB;
	delete process.env.IMPORT_STREAM_CHUNK;
	delete process.env.IMPORT_MAX_ROW_CHARS;
});

const scholen = GOOD['scholen.csv'];
const inzet = GOOD['expertteam_inzet.csv'];

describe('a CSV read in chunks gives what the whole text gave', () => {
	it.each([
		['the good files', GOOD],
		[
			'Dutch (;, CRLF) in Windows-1252',
			{ 'scholen.csv': windows1252(dutchCsv(scholen).replace('Kring', 'Kring é')), 'expertteam_inzet.csv': windows1252(dutchCsv(inzet)) }
		],
		['tab with a BOM', { 'scholen.csv': '\uFEFF' + dutchCsv(scholen, '\t'), 'expertteam_inzet.csv': '\uFEFF' + dutchCsv(inzet, '\t') }]
	])(
		'%s',
		async (_, files) => {
			const { whole, chunked } = await both(files);
			expect(whole.r.ok).toBe(true);
			expect(chunked).toEqual(whole);
		},
		120_000
	);

	it('a title and empty lines above the header, empty lines between rows, a remark over two lines, and wrong values: same rows and row numbers', async () => {
		const [head, ...rows] = inzet.trim().split('\n');
		const odd = [
			'Inzet expertteam, export van 1-10-2024',
			'   ',
			head,
			rows[0],
			'',
			' \t',
			rows[1].replace(/,([^,]*)$/, ',"3\r\n"'),
			rows[2].replace(/^[^,]+/, '31-02-2024'),
			'\r',
			rows[2].replace(/,[^,]*,([^,]*)$/, ',twaalf,$1'),
			'',
			''
		].join('\r\n');
		const { whole, chunked } = await both({ 'scholen.csv': scholen, 'expertteam_inzet.csv': odd });
		expect(whole.r.ok).toBe(false);
		// Line 7 holds a value over two lines (7 and 8): the wrong date is on line 9, "twaalf" uren on line 11.
		expect(whole.r.groups.flatMap((g) => g.examples.map((e) => `${e.kind} ${e.row} ${e.value}`))).toEqual([
			'date_ongeldig 9 31-02-2024',
			'decimal_ongeldig 11 twaalf'
		]);
		expect(chunked).toEqual(whole);
	}, 120_000);

	it('a value or a row too long, and a file of only whitespace: the same refusal', async () => {
		const long = inzet.replace('Kring Noord', 'K'.repeat(40_000));
		process.env.IMPORT_MAX_ROW_CHARS = '30';
		const rowTooLong = await both({ 'scholen.csv': scholen, 'expertteam_inzet.csv': inzet });
		delete process.env.IMPORT_MAX_ROW_CHARS;
		for (const { whole, chunked } of [
			await both({ 'scholen.csv': scholen, 'expertteam_inzet.csv': long }),
			rowTooLong,
			await both({ 'expertteam_inzet.csv': ' \r\n\t\n' })
		]) {
			expect(whole.r.ok).toBe(false);
			expect(chunked).toEqual(whole);
		}
	}, 120_000);
});
