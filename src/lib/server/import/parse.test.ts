import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../schema';
import { FULL, cell, parseExpr } from './parse';

/** Cells an export really has, and the odd ones: spaces, tabs, line breaks, only whitespace, NULL. */
// prettier-ignore
const CELLS = ['mdo', ' mdo', 'mdo ', '\tmdo', 'mdo\r', '\nmdo\n', '  ', '', '\t', 'MDO', 'Mdo ', 'm  d o', 'soort inzet', 'soort  inzet', 'x\u00a0', 'é', null, '\u0001x', '\u0001 ', '!', 'x\u00a0 ', '\u00a0x', 'é\u0301 ', '\r\n'];

async function eval1(exprs: string[], cells: (string | null)[] = CELLS): Promise<unknown[][]> {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(`CREATE TABLE t (c0 VARCHAR)`);
	for (const v of cells) await c.run(`INSERT INTO t VALUES (${v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`})`);
	const r = await c.runAndReadAll(`SELECT ${exprs.map((e, i) => `${e} AS e${i}`).join(', ')} FROM t ORDER BY rowid`);
	c.closeSync();
	return r.getRows();
}

describe('parse: the faster expressions give what the plain ones gave', () => {
	it('cell: trimmed of spaces, tabs and line breaks, empty → NULL, for every kind of cell', async () => {
		const plain = `nullif(trim("c0", ' ' || chr(9) || chr(10) || chr(13)), '')`;
		const rows = await eval1([cell('c0'), plain]);
		for (const [fast, slow] of rows) expect(fast).toBe(slow);
		// prettier-ignore
		expect(rows.map((r) => r[0])).toEqual(['mdo', 'mdo', 'mdo', 'mdo', 'mdo', 'mdo', null, null, null, 'MDO', 'Mdo', 'm  d o', 'soort inzet', 'soort  inzet', 'x\u00a0', 'é', null, '\u0001x', '\u0001', '!', 'x\u00a0', '\u00a0x', 'é\u0301', null]);
	});

	it('a coded column: exact codes, other spellings and synonyms map as with lower() and the regexp alone', async () => {
		const col: ColumnSpec = {
			name: 'activiteit',
			type: 'text',
			required: true,
			description: '',
			aliases: [],
			inExamples: true,
			values: ['mdo', 'overig'],
			synonyms: { 'soort  inzet': 'overig', 'm d o': 'mdo' }
		} as ColumnSpec;
		const v = cell('c0');
		const slow = `(CASE regexp_replace(lower(${v}), '\\s+', ' ', 'g') WHEN 'mdo' THEN 'mdo' WHEN 'overig' THEN 'overig' WHEN 'soort  inzet' THEN 'overig' WHEN 'm d o' THEN 'mdo' END)`;
		const rows = await eval1([parseExpr(col, 'c0'), slow]);
		for (const [fast, s] of rows) expect(fast).toBe(s);
		// 'm  d o' is 'm d o' after normalisation: a synonym of mdo; 'soort  inzet' becomes 'soort inzet',
		// which no code is (the synonym written with two spaces can never match).
		// prettier-ignore
		expect(rows.map((r) => r[0])).toEqual(['mdo', 'mdo', 'mdo', 'mdo', 'mdo', 'mdo', null, null, null, 'mdo', 'mdo', 'mdo', null, null, null, null, null, null, null, null, null, null, null, null]);
	});

	// Cells of every shape the full expressions know, and the edges of the fast paths (a value written
	// back differently: leading zeros, +, a year of 5 digits or 0, a date that does not exist).
	// prettier-ignore
	const DATES = ['2024-10-01', '2024-1-5', '2024-10-1', '2024-02-29', '2023-02-29', '2024-13-01', '0000-01-01', '0999-12-31', '10000-01-01', '2024-10-01 12:30', '2024-10-01T12:30:00', '01-10-2024', '1-2-2024', '01/10/2024', '20241001', '45566', '45566,00', '2024-10-01x', ' 2024-10-01', '+2024-10-01', '2024/10/01', 'gisteren', '', null];
	// prettier-ignore
	const INTEGERS = ['0', '7', '-7', '007', '+7', '1.234', '-1.234.567', '12,00', '12.0', '1e3', '9223372036854775807', '9223372036854775808', '-0', ' 7', '7 ', 'zeven', '', null];
	// prettier-ignore
	const BRINS = ['12AB', '12ab', '12 AB', '12AB00', '12ab01', '1AB', '12ABC', 'AB12', '12AB 00', '', null];
	// prettier-ignore
	const VESTIGINGEN = ['00', '01', '1', '7', '001', '12AB01', '12ab01', 'ab', '0a', '', null];
	const date = { name: 'd', type: 'date', required: false, description: '', aliases: [], inExamples: true } as ColumnSpec;
	const integer = { ...date, type: 'integer' } as ColumnSpec;
	const brin = { ...date, type: 'brin' } as ColumnSpec;
	const vestiging = { ...date, type: 'vestiging' } as ColumnSpec;

	it('dates, whole numbers and BRIN numbers: the fast path gives what the full expression gives', async () => {
		for (const [col, cells, full] of [
			[date, DATES, (v: string) => `${FULL.date(v)}::VARCHAR`],
			[integer, INTEGERS, FULL.integer],
			[brin, BRINS, FULL.brin]
		] as const) {
			const cast = col.type === 'date' ? '::VARCHAR' : '';
			const rows = await eval1([`${parseExpr(col, 'c0')}${cast}`, full(cell('c0'))], cells);
			for (const [i, [fast, slow]] of rows.entries()) expect([cells[i], fast]).toEqual([cells[i], slow]);
		}
		// By hand: the canonical cells read as themselves, the others as the full expression reads them.
		const dates = (await eval1([`${parseExpr(date, 'c0')}::VARCHAR`], DATES)).map((r) => r[0]);
		expect(dates.slice(0, 4)).toEqual(['2024-10-01', '2024-01-05', '2024-10-01', '2024-02-29']);
		expect(dates[DATES.indexOf('2023-02-29')]).toBeNull();
		expect(dates[DATES.indexOf('45566')]).toBe('2024-10-01');
		const ints = (await eval1([parseExpr(integer, 'c0')], INTEGERS)).map((r) => (r[0] === null ? null : Number(r[0])));
		expect(ints.slice(0, 6)).toEqual([0, 7, -7, 7, null, 1234]);
	});

	it('vestiging: two digits are themselves, as padding them gave', async () => {
		const b = cell('c0');
		const plain = `(CASE WHEN regexp_full_match(${b}, '\\d{1,2}') THEN lpad(${b}, 2, '0')
			WHEN regexp_full_match(upper(${b}), '\\d{2}[A-Z]{2}\\d{2}') THEN right(${b}, 2)
			WHEN ${b} IS NULL AND regexp_full_match(NULL::VARCHAR, '\\d{2}[A-Z]{2}\\d{2}') THEN right(NULL::VARCHAR, 2)
			WHEN ${b} IS NULL AND NULL::VARCHAR IS NOT NULL THEN '00' END)`;
		const rows = await eval1([parseExpr(vestiging, 'c0'), plain], VESTIGINGEN);
		for (const [i, [fast, slow]] of rows.entries()) expect([VESTIGINGEN[i], fast]).toEqual([VESTIGINGEN[i], slow]);
		expect(rows.map((r) => r[0])).toEqual(['00', '01', '01', '07', null, '01', '01', null, null, null, null]);
	});
});
