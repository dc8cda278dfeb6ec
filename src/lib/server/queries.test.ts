import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from './db';
import { QueryRegistry, QueryError, Gate, parseQueryFile, loadQueries } from './queries';
import { FULL_SCOPE } from './roles';

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

	it('no query picks its own schooljaar: the page runner resolves it once and passes it (issue 14)', () => {
		// The VO queries (vo_*) are being extended elsewhere and still default; every other query may not.
		const eigen = [...loadQueries().values()].filter((q) => !q.name.startsWith('vo_') && /coalesce\(\s*\$schooljaar/i.test(q.sql)).map((q) => q.name);
		expect(eigen).toEqual([]);
	});

	it('a query for one schooljaar called without one is refused with the fix, not answered with the newest year silently', async () => {
		const { fixtureDb } = await import('../../../tests/unit/helpers');
		const { DEELNAME_FIXTURE } = await import('../../../tests/unit/fixture-deelname');
		const { db: f, registry: r } = await fixtureDb(DEELNAME_FIXTURE);
		const jaar = (x: Record<string, unknown>) => x.schooljaar === '2024-2025';
		expect((await r.run('verwijzingen_per_kring', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows.some(jaar)).toBe(true);
		// Before: coalesce($schooljaar, newest) gave the rows of 2024-2025 here too.
		expect(() => r.run('verwijzingen_per_kring', {}, FULL_SCOPE)).toThrow(/Kies een schooljaar: voeg bijvoorbeeld \?schooljaar=2025-2026 toe/);
		f.close();
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

	it('refuses a date that is not in the calendar (?vandaag=2024-02-30 gave a 500) with a 400 in Dutch', async () => {
		for (const bad of ['2024-02-30', '2025-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-2-3']) {
			expect(() => registry.run('expertteam_burnup', { schooljaar: '2023-2024', vandaag: bad }, FULL_SCOPE), bad).toThrow(
				/^Ongeldige waarde voor vandaag: (die dag bestaat niet|schrijf de datum als 2024-10-01)\.$/
			);
		}
		await expect(registry.run('expertteam_burnup', { schooljaar: '2023-2024', vandaag: '2024-02-29' }, FULL_SCOPE)).resolves.toBeTruthy();
	});

	it('caches per data version and shares identical concurrent requests', async () => {
		const a = registry.run('schooljaren', {}, FULL_SCOPE);
		const b = registry.run('schooljaren', {}, FULL_SCOPE);
		expect(a).toBe(b);
		await a;
		await db.withConnection((c) => db.changeData(c, async () => {}));
		const c = registry.run('schooljaren', {}, FULL_SCOPE);
		expect(c).not.toBe(a);
	});

	it('after an import, computes again what was asked before it, so the first person waits for no query (issue 20)', async () => {
		const f = await MonitorDb.open(':memory:');
		const defs = new Map([
			['n', parseQueryFile('n', '-- @scope swv\nSELECT count(*)::INTEGER AS n FROM telling')],
			['dag', parseQueryFile('dag', '-- @param vandaag date?\n-- @scope swv\nSELECT $vandaag AS d')]
		]);
		const reg = new QueryRegistry(f, defs);
		expect((await reg.run('n', {}, FULL_SCOPE)).rows).toEqual([{ n: 0 }]);
		await reg.run('dag', { vandaag: '2024-02-29' }, FULL_SCOPE);
		// An import: one telling row more.
		await f.withConnection((c) =>
			f.changeData(c, async () => {
				await c.run(`INSERT INTO telling (teldatum, brin, vestiging, leerlingen) VALUES (DATE '2024-10-01', '11AA', '00', 200)`);
			})
		);
		const ran: string[] = [];
		const query = f.query.bind(f);
		f.query = (sql, params) => (ran.push(sql), query(sql, params));
		// Yesterday's expertteam pace is not computed again: nobody will ask for that day's page any more.
		expect(await reg.herbereken('2024-03-01')).toBe(1);
		expect(ran).toHaveLength(1);
		// The person after the import: the new figure, and no query ran for it.
		expect((await reg.run('n', {}, FULL_SCOPE)).rows).toEqual([{ n: 1 }]);
		expect(ran).toHaveLength(1);
		// Asked again at the next import, and only once per import.
		expect(await reg.herbereken('2024-03-01')).toBe(0);
		f.close();
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

describe('Gate: figure queries a few at a time, callers in turn', () => {
	/** Runs 5 tasks of 20 ms through a gate; returns how many ran at once at most, and the order they ended. */
	async function run(n: number) {
		const gate = new Gate(n);
		let now = 0;
		let most = 0;
		const ended: number[] = [];
		await Promise.all(
			[0, 1, 2, 3, 4].map((i) =>
				gate.run(async () => {
					most = Math.max(most, ++now);
					await new Promise((r) => setTimeout(r, 20));
					now--;
					ended.push(i);
				})
			)
		);
		return { most, ended };
	}
	it('lets one through at a time, in the order they came', async () => {
		expect(await run(1)).toEqual({ most: 1, ended: [0, 1, 2, 3, 4] });
	});
	it('lets two through with room for two', async () => {
		expect((await run(2)).most).toBe(2);
	});
	it('frees its place when a task fails', async () => {
		const gate = new Gate(1);
		await expect(gate.run(() => Promise.reject(new Error('mis')))).rejects.toThrow('mis');
		expect(await gate.run(async () => 'daarna')).toBe('daarna');
	});
	/**
	 * A gate of one place, tasks of 5 ms that note when they end, and a holder that keeps the place until
	 * released (so the tasks asked meanwhile wait and the gate's choice among them shows in `ended`).
	 */
	function gateMetVolgorde() {
		const gate = new Gate(1);
		const ended: string[] = [];
		const task = (name: string, caller: string, request?: object | 'achtergrond') =>
			gate.run(async () => void (await new Promise((r) => setTimeout(r, 5)), ended.push(name)), caller, Infinity, request);
		const houdVast = () => {
			let release!: () => void;
			const holder = gate.run(() => new Promise<void>((r) => (release = r)), 'beheerder');
			return { holder, release: () => release() };
		};
		return { ended, task, houdVast };
	}
	it('gives a freed place to the caller who used the gate least: one figure does not wait for all of another page', async () => {
		const gate = new Gate(1);
		const ended: string[] = [];
		const task = (name: string, caller: string) => gate.run(async () => void (await new Promise((r) => setTimeout(r, 5)), ended.push(name)), caller);
		const all = [...['a0', 'a1', 'a2', 'a3', 'a4'].map((n) => task(n, 'bestuur')), task('b0', 'school')];
		await Promise.all(all);
		// a0 was running; the bestuur has used the gate since, the school not yet: the school goes first.
		expect(ended).toEqual(['a0', 'b0', 'a1', 'a2', 'a3', 'a4']);
	});
	it('keeps a page that has begun in its place: its figures are not pushed back by a page asked after it', async () => {
		const { ended, task } = gateMetVolgorde();
		// Neither had used the gate: the bestuur's page came first, so its three figures go before the school's.
		// (Ranked by use at each figure, the school went second and the bestuur's page waited for it: a1, b1, a2, a3.)
		const bestuur = {};
		const school = {};
		const page = ['a1', 'a2', 'a3'].map((n) => task(n, 'bestuur', bestuur));
		await Promise.all([...page, task('b1', 'school', school)]);
		expect(ended).toEqual(['a1', 'a2', 'a3', 'b1']);
	});
	it("ranks a new page by its caller's use when it begins: who just had a page waits behind who had none", async () => {
		const { ended, task, houdVast } = gateMetVolgorde();
		await task('eerder', 'bestuur', {});
		const { holder, release } = houdVast();
		const volgende = {};
		const tweede = ['c1', 'c2'].map((n) => task(n, 'bestuur', volgende));
		const school = task('b1', 'school', {});
		release();
		await Promise.all([holder, ...tweede, school]);
		expect(ended).toEqual(['eerder', 'b1', 'c1', 'c2']);
	});
	it('puts background work behind every person asking, also one who used the gate a lot', async () => {
		const { ended, task, houdVast } = gateMetVolgorde();
		await task('veel', 'bestuur', {});
		const { holder, release } = houdVast();
		const achter = [task('w1', 'voorverwarmen', 'achtergrond'), task('w2', 'voorverwarmen', 'achtergrond')];
		const mens = task('p1', 'bestuur', {});
		release();
		await Promise.all([holder, ...achter, mens]);
		expect(ended).toEqual(['veel', 'p1', 'w1', 'w2']);
	});
	it('runs background work one query at a time also with room for two: the other place stays for people', async () => {
		const gate = new Gate(2);
		let now = 0;
		let most = 0;
		const log: string[] = [];
		const achter = (name: string) =>
			gate.run(
				async () => {
					most = Math.max(most, ++now);
					log.push(`${name} begint`);
					await new Promise((r) => setTimeout(r, 15));
					now--;
				},
				'achtergrond',
				Infinity,
				'achtergrond'
			);
		const werk = [achter('w1'), achter('w2'), achter('w3')];
		// A person asking meanwhile gets the second place at once, not after the background.
		await new Promise((r) => setTimeout(r, 2));
		await gate.run(async () => void log.push('p1'), 'bestuur', Infinity, {});
		await Promise.all(werk);
		expect(most).toBe(1);
		expect(log).toEqual(['w1 begint', 'p1', 'w2 begint', 'w3 begint']);
		// Afterwards both places are free again.
		expect((await run(2)).most).toBe(2);
	});
	it('refuses a query still waiting at its deadline with a 503 in Dutch, and goes on with the others', async () => {
		const gate = new Gate(1);
		let finish!: () => void;
		const slow = gate.run(() => new Promise<string>((r) => (finish = () => r('traag'))), 'bestuur');
		const late = gate.run(async () => 'te laat', 'school', Date.now() + 20);
		const waits = gate.run(async () => 'daarna', 'adviseur');
		await expect(late).rejects.toMatchObject({ status: 503, message: 'Het is nu te druk om deze cijfers te berekenen. Probeer het over een minuut opnieuw.' });
		finish();
		expect(await slow).toBe('traag');
		expect(await waits).toBe('daarna');
		expect(await gate.run(async () => 'vrij')).toBe('vrij');
	});
});

describe('the result cache is bounded by size too', () => {
	it('keeps results up to its cells, dropping the least recently used', async () => {
		const queries = new Map([
			['drie', parseQueryFile('drie', '-- @scope swv\n-- @public n m\nSELECT range AS n, range * 2 AS m FROM range(3)')],
			['vier', parseQueryFile('vier', '-- @scope swv\n-- @public n m\nSELECT range AS n, range * 2 AS m FROM range(4)')]
		]);
		const small = new QueryRegistry(db, queries, 10);
		const drie = small.run('drie', {}, FULL_SCOPE);
		await drie;
		expect(small.cacheSize()).toEqual({ results: 1, cells: 6 }); // 3 rows × 2 columns
		expect(small.run('drie', {}, FULL_SCOPE)).toBe(drie);
		await small.run('vier', {}, FULL_SCOPE);
		// 6 + 8 cells > 10: the older result is dropped, the newest kept.
		expect(small.cacheSize()).toEqual({ results: 1, cells: 8 });
		expect(small.run('drie', {}, FULL_SCOPE)).not.toBe(drie);
		expect((await small.run('drie', {}, FULL_SCOPE)).rows).toEqual((await drie).rows);
	});
});
