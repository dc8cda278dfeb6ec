/**
 * runChecks on a small norm_ table written by hand: per-value checks, a duplicate check with its hash
 * shortcut (`dubbel`), and a window check without one (run as it is, not counted in the first pass).
 */
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { runChecks, type Check } from './checks';

async function tafel() {
	const c = await (await DuckDBInstance.create(':memory:')).connect();
	await c.run(
		`CREATE TABLE norm_t AS SELECT * FROM (VALUES ('a.csv', 2, 'Noord'), ('a.csv', 3, 'Noord'), ('a.csv', 4, 'Zuid'), ('a.csv', 5, 'West')) v(__file, __rij, kring)`
	);
	return c;
}
const basis = { level: 'fout', column: 'kring', value: 'kring', problem: 'p', fix: 'f' } as const;

describe('runChecks', () => {
	it('a window check without a hash shortcut still runs: 2 rows of Noord share their kring', async () => {
		const c = await tafel();
		const dubbel: Check = { ...basis, kind: 'dubbel', where: 'count(*) OVER (PARTITION BY kring) > 1' } as Check;
		const groups = await runChecks(c, 't', [dubbel]);
		expect(groups.map((g) => [g.count, g.examples.map((e) => e.row)])).toEqual([[2, [2, 3]]]);
	});

	it('per distinct value: West is the one kring not known, in row 5', async () => {
		const c = await tafel();
		const onbekend: Check = { ...basis, kind: 'kring_onbekend', where: `kring NOT IN ('Noord', 'Zuid')`, perWaardeVan: ['kring'] } as Check;
		const groups = await runChecks(c, 't', [onbekend]);
		expect(groups.map((g) => [g.count, g.examples.map((e) => [e.row, e.value])])).toEqual([[1, [[5, 'West']]]]);
	});
});
