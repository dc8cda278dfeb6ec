import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../schema';
import { cell, parseExpr } from './parse';

/** Cells an export really has, and the odd ones: spaces, tabs, line breaks, only whitespace, NULL. */
// prettier-ignore
const CELLS = ['mdo', ' mdo', 'mdo ', '\tmdo', 'mdo\r', '\nmdo\n', '  ', '', '\t', 'MDO', 'Mdo ', 'm  d o', 'soort inzet', 'soort  inzet', 'x\u00a0', 'é', null];

async function eval1(exprs: string[]): Promise<unknown[][]> {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(`CREATE TABLE t (c0 VARCHAR)`);
	for (const v of CELLS) await c.run(`INSERT INTO t VALUES (${v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`})`);
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
		expect(rows.map((r) => r[0])).toEqual(['mdo', 'mdo', 'mdo', 'mdo', 'mdo', 'mdo', null, null, null, 'MDO', 'Mdo', 'm  d o', 'soort inzet', 'soort  inzet', 'x\u00a0', 'é', null]);
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
		expect(rows.map((r) => r[0])).toEqual(['mdo', 'mdo', 'mdo', 'mdo', 'mdo', 'mdo', null, null, null, 'mdo', 'mdo', 'mdo', null, null, null, null, null]);
	});
});
