import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from './db';
import { QueryRegistry, QueryError, FULL_SCOPE, parseQueryFile, loadQueries } from './queries';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => {
	db = await MonitorDb.open(':memory:');
	registry = new QueryRegistry(db);
});
afterAll(() => db.close());

describe('query registry', () => {
	it('registers every queries/*.sql with its declared parameters and scope', () => {
		const qs = loadQueries();
		expect(qs.get('kerncijfers')?.params).toEqual([{ name: 'schooljaar', type: 'schooljaar', optional: true }]);
		expect(qs.get('kerncijfers')?.scope).toBe('swv');
	});

	it('refuses a query file that uses an undeclared parameter or has no scope', () => {
		expect(() => parseQueryFile('x', '-- @scope swv\nSELECT $kring')).toThrow(/\$kring/);
		expect(() => parseQueryFile('x', 'SELECT 1')).toThrow(/@scope/);
	});

	it('rejects unknown queries, unknown and malformed parameters with a 400/404 in Dutch', async () => {
		expect(() => registry.run('bestaat_niet', {}, FULL_SCOPE)).toThrow(QueryError);
		for (const bad of ["2024' OR 1=1 --", '2024-2026', '; DROP TABLE telling', 'x'.repeat(10_000), '２０２４-２０２５']) {
			try {
				registry.run('kerncijfers', { schooljaar: bad }, FULL_SCOPE);
				expect.unreachable();
			} catch (e) {
				expect(e).toBeInstanceOf(QueryError);
				expect((e as QueryError).status).toBe(400);
				expect((e as QueryError).message).toMatch(/schooljaar/);
			}
		}
		expect(() => registry.run('kerncijfers', { kring: 'Noord' }, FULL_SCOPE)).toThrow(/Onbekende parameter kring/);
		const count = await db.query('SELECT count(*)::INTEGER AS n FROM telling');
		expect(count.rows[0].n).toBe(0);
	});

	it('caches per data version and shares identical concurrent requests', async () => {
		const a = registry.run('schooljaren', {}, FULL_SCOPE);
		const b = registry.run('schooljaren', {}, FULL_SCOPE);
		expect(a).toBe(b);
		await a;
		db.version++;
		const c = registry.run('schooljaren', {}, FULL_SCOPE);
		expect(c).not.toBe(a);
	});

	it('keeps a school user out of per-school queries of other schools', () => {
		const def = parseQueryFile('per_school', '-- @param school school?\n-- @scope school\nSELECT $school AS s');
		const reg = new QueryRegistry(db, new Map([['per_school', def]]));
		const scope = { role: 'school' as const, schools: ['11AA00'] };
		expect(reg.bindParams(def, {}, scope)).toEqual({ school: '11AA00' });
		expect(() => reg.bindParams(def, { school: '22BB00' }, scope)).toThrow(/eigen school/);
		const all = parseQueryFile('alle', '-- @scope all\nSELECT 1');
		expect(() => reg.bindParams(all, {}, scope)).toThrow(/schoolaccount/);
	});
});
