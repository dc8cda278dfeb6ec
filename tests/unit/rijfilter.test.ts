/**
 * `@rijfilter` (queries.ts): a list per school whose kring, gemeente or soort filter only keeps rows is
 * computed once without the filter and then filtered, so a filtered page asks DuckDB nothing new.
 * That is only right where the filter is the list's last step. So every query that declares it is
 * asked, on the demo and the VO demo, with every value of every filter it declares (and every pair),
 * for two schooljaren: through the registry (the filtered rows of the list without the filter) and
 * straight from its SQL with the filter (`runUncached`). They must be the same rows in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { runImport } from '../../src/lib/server/import/importer';
import { QueryRegistry, parseQueryFile } from '../../src/lib/server/queries';
import type { Scope } from '../../src/lib/server/roles';
import { openDemo } from '../fixtures/demo-db';

const bestuur: Scope = { role: 'bestuur' };

async function waarden(db: MonitorDb, kolom: string): Promise<string[]> {
	const r = await db.query(`SELECT DISTINCT ${kolom} AS v FROM scholen WHERE ${kolom} IS NOT NULL ORDER BY 1`);
	return r.rows.map((x) => String(x.v));
}

async function vergelijk(db: MonitorDb, registry: QueryRegistry, jaren: string[]) {
	const metFilter = [...registry.queries.values()].filter((d) => d.rowFilters.length > 0);
	const bron: Record<string, string> = { kring: 'kring', gemeente: 'gemeente', schoolsoort: 'soort' };
	let vergeleken = 0;
	let rijen = 0;
	for (const def of metFilter) {
		const perParam = await Promise.all(def.rowFilters.map(async (f) => ({ param: f.param, values: await waarden(db, bron[f.param]) })));
		const combinaties: Record<string, string>[] = [];
		for (const a of perParam) for (const v of a.values) combinaties.push({ [a.param]: v });
		for (let i = 0; i < perParam.length; i++)
			for (let j = i + 1; j < perParam.length; j++)
				for (const v of perParam[i].values) for (const w of perParam[j].values) combinaties.push({ [perParam[i].param]: v, [perParam[j].param]: w });
		for (const schooljaar of jaren)
			for (const filter of combinaties) {
				const gefilterd = await registry.run(def.name, { schooljaar, ...filter }, bestuur);
				const direct = await registry.runUncached(def.name, { schooljaar, ...filter }, bestuur);
				expect(gefilterd, `${def.name} ${schooljaar} ${JSON.stringify(filter)}`).toEqual(direct);
				vergeleken++;
				rijen += direct.rows.length;
			}
	}
	return { queries: metFilter.map((d) => d.name), vergeleken, rijen };
}

describe('a row filter gives exactly the rows its SQL gives', () => {
	let demo: { db: MonitorDb; registry: QueryRegistry };
	let vo: { db: MonitorDb; registry: QueryRegistry };
	beforeAll(async () => {
		demo = await openDemo();
		const db = await MonitorDb.open(':memory:');
		expect((await runImport(db, ['data/demo-vo'], { user: 'demo' })).ok).toBe(true);
		vo = { db, registry: new QueryRegistry(db) };
	}, 180_000);
	afterAll(() => {
		demo.db.close();
		vo.db.close();
	});

	it('on the demo: every kring, gemeente and soort, and every pair, in two schooljaren', async () => {
		const uit = await vergelijk(demo.db, demo.registry, ['2025-2026', '2020-2021']);
		expect(uit.queries.sort()).toEqual([
			'arrangementen_per_school',
			'budget_scholen',
			'expertteam_scholen',
			'verwijzingen_per_school',
			'vo_deelname_per_school'
		]);
		// Not an empty comparison: hundreds of filters, thousands of rows.
		expect(uit.vergeleken).toBeGreaterThan(300);
		expect(uit.rijen).toBeGreaterThan(1000);
	}, 300_000);

	it('on the VO demo (its per-school deelname list by kring)', async () => {
		const uit = await vergelijk(vo.db, vo.registry, ['2025-2026', '2024-2025']);
		expect(uit.rijen).toBeGreaterThan(50);
	}, 300_000);

	it('asks DuckDB once per schooljaar for every kring, not once per kring', async () => {
		const { db } = demo;
		const registry = new QueryRegistry(db);
		const kringen = await waarden(db, 'kring');
		let gevraagd = 0;
		const query = db.query.bind(db);
		db.query = (sql, params) => {
			if (sql === registry.get('verwijzingen_per_school').sql) gevraagd++;
			return query(sql, params);
		};
		try {
			for (const kring of kringen) await registry.run('verwijzingen_per_school', { schooljaar: '2025-2026', kring }, bestuur);
		} finally {
			db.query = query;
		}
		expect(kringen.length).toBeGreaterThan(3);
		expect(gevraagd).toBe(1);
	});

	it('where small counts are hidden (a school account) the filter goes to DuckDB: what is hidden depends on the other rows', async () => {
		const { db } = demo;
		const sql = `SELECT kring, count(*)::INTEGER AS n FROM scholen WHERE kring IS NOT NULL AND ($kring IS NULL OR kring = $kring) GROUP BY kring ORDER BY kring`;
		const def = parseQueryFile('per_kring', `-- @param kring kring?\n-- @scope swv\n-- @count n\n-- @rijfilter kring=kring\n${sql}`);
		const registry = new QueryRegistry(db, new Map([[def.name, def]]));
		const gevraagd: unknown[] = [];
		const query = db.query.bind(db);
		db.query = (q, params) => {
			if (q === def.sql) gevraagd.push(params?.kring);
			return query(q, params);
		};
		try {
			await registry.run('per_kring', { kring: 'Kring West' }, { role: 'school', schools: ['65QI00'] });
			await registry.run('per_kring', { kring: 'Kring West' }, bestuur);
		} finally {
			db.query = query;
		}
		// The school account's own computation with its kring; the bestuur's from the list without one.
		expect(gevraagd).toEqual(['Kring West', null]);
	});

	it('refuses a @rijfilter on a parameter that is not optional', () => {
		expect(() => parseQueryFile('x', '-- @param kring kring\n-- @scope all\n-- @rijfilter kring=kring\nSELECT $kring AS k')).toThrow(/@rijfilter kring/);
		expect(parseQueryFile('x', '-- @param kring kring?\n-- @scope all\n-- @rijfilter kring=kring\nSELECT $kring AS k').rowFilters).toEqual([
			{ param: 'kring', column: 'kring' }
		]);
	});
});
