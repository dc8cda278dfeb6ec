/**
 * Issue 13, point 5: a school account must not compute another school's hidden counts by
 * subtracting two totals it may see. On the demo data one school (M) is moved to a gemeente of its
 * own, so that `?kring=` of its kring minus `?gemeente=` of the kring's gemeente is exactly M. Then
 * the school account tries, through the registry as the API would, every query it can run with
 * every filter value and every pair of filter values; for every two totals it gets that differ by M alone, no count
 * may differ by M's count where that is hidden (1–4); and the totals it gets are only the SWV, its own
 * kring and its own school.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb, type Row } from '../../src/lib/server/db';
import { QueryError, QueryRegistry, type QueryDef } from '../../src/lib/server/queries';
import type { Scope } from '../../src/lib/server/roles';
import { openDemo } from '../fixtures/demo-db';

const OWN = '65QI00'; // the demo school account's school, in Kring West
const OWN_KRING = 'Kring West';
const EIGEN_GEMEENTE = 'Eikenhof';
const VANDAAG = '2026-07-31';
/** Parameters that choose which schools a total covers. */
const PLAATS = ['kring', 'gemeente', 'schoolsoort', 'school'];

interface School {
	code: string;
	kring: string | null;
	gemeente: string;
	soort: string;
}

describe('a school account cannot subtract two totals to find another school’s hidden counts', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	let M: string;
	let scholen: School[];
	const school: Scope = { role: 'school', schools: [OWN] };

	beforeAll(async () => {
		({ db, registry } = await openDemo());
		// M: the school of Kring Eikenrode with the most schooljaren of 1–4 TLVs (a school whose small counts matter).
		const m = await db.query(`
			SELECT code, count(*) AS jaren FROM (
				SELECT s.brin || s.vestiging AS code, schooljaar(t.besluitdatum) AS sj, count(*) AS n
				FROM scholen s JOIN tlv t ON t.herkomst_brin = s.brin AND t.herkomst_vestiging = s.vestiging
				WHERE s.kring = 'Kring Eikenrode' AND s.soort = 'bao' GROUP BY 1, 2
			) WHERE n BETWEEN 1 AND 4 GROUP BY code ORDER BY jaren DESC, code LIMIT 1`);
		M = String(m.rows[0].code);
		await db.query(`UPDATE scholen SET gemeente = $g WHERE brin || vestiging = $m`, { g: EIGEN_GEMEENTE, m: M });
		scholen = (await db.query(`SELECT brin || vestiging AS code, kring, gemeente, soort FROM scholen`)).rows as unknown as School[];
		registry = new QueryRegistry(db);
	}, 120_000);
	afterAll(() => db.close());

	/** The schools a combination of filters covers. */
	const dekking = (p: Record<string, string>) =>
		new Set(
			scholen
				.filter(
					(s) =>
						(!p.kring || s.kring === p.kring) &&
						(!p.gemeente || s.gemeente === p.gemeente) &&
						(!p.schoolsoort || s.soort === p.schoolsoort) &&
						(!p.school || s.code === p.school)
				)
				.map((s) => s.code)
		);

	/** Every value the API would accept for each parameter, on this database. */
	async function waarden(): Promise<Record<string, string[]>> {
		const bestuur: Scope = { role: 'bestuur' };
		const opties = (await registry.run('filteropties', {}, bestuur)).rows;
		const et = (await registry.run('expertteam_opties', {}, bestuur)).rows;
		const van = (rows: Row[], f: string) => [...new Set(rows.filter((r) => r.filter === f).map((r) => String(r.waarde)))];
		return {
			schooljaar: van(et, 'schooljaar')
				.concat((await registry.run('schooljaren', {}, bestuur)).rows.map((r) => String(r.schooljaar)))
				.filter((v, i, a) => a.indexOf(v) === i),
			kring: van(opties, 'kring'),
			gemeente: van(opties, 'gemeente'),
			schoolsoort: van(opties, 'schoolsoort'),
			organisatie: van(et, 'organisatie'),
			expertise: van(et, 'expertise'),
			activiteit: van(et, 'activiteit'),
			school: [OWN, M],
			vandaag: [VANDAAG],
			peildatum: ['2025-10-01', '2026-03-01']
		};
	}

	/** No filter, each filter value alone, and each pair of values of two filters (a required school always set). */
	function combinaties(def: QueryDef, w: Record<string, string[]>): Record<string, string>[] {
		const vrij = def.params.filter((p) => p.name !== 'vandaag' && !(p.name === 'school' && !p.optional));
		const basis: Record<string, string>[] = def.params.some((p) => p.name === 'school' && !p.optional) ? w.school.map((s) => ({ school: s })) : [{}];
		const out: Record<string, string>[] = [];
		for (const b of basis) {
			out.push({ ...b });
			vrij.forEach((p, i) => {
				for (const v of w[p.name]) {
					out.push({ ...b, [p.name]: v });
					for (const q of vrij.slice(i + 1)) for (const u of w[q.name]) out.push({ ...b, [p.name]: v, [q.name]: u });
				}
			});
		}
		if (def.params.some((p) => p.name === 'vandaag')) for (const c of out) c.vandaag = VANDAAG;
		return out;
	}

	it('tries every pair of filter values on every query: totals that differ by one other school are never both given', async () => {
		const w = await waarden();
		const bestuur: Scope = { role: 'bestuur' };
		let pogingen = 0;
		let toegestaan = 0;
		let paren = 0;
		let mVerborgen = 0;
		const lekken: string[] = [];
		const plekken = new Set<string>();
		for (const [name, def] of registry.queries) {
			if (def.scope === 'all') continue;
			const sleutelKolommen = (cols: { name: string; kind: string }[]) => cols.filter((c) => c.kind !== 'number').map((c) => c.name);
			const gekregen: { p: Record<string, string>; rows: Map<string, Row> }[] = [];
			for (const p of combinaties(def, w)) {
				pogingen++;
				let r;
				try {
					r = await registry.run(name, p, school);
				} catch (e) {
					if (!(e instanceof QueryError)) throw e;
					expect([400, 403], `${name} ${JSON.stringify(p)}: ${e.message}`).toContain(e.status);
					continue;
				}
				toegestaan++;
				plekken.add([...dekking(p)].sort().join(','));
				const keys = sleutelKolommen(r.columns);
				gekregen.push({ p, rows: new Map(r.rows.map((row) => [JSON.stringify(keys.map((k) => row[k])), row])) });
			}
			// M's own values, where a query can pick M alone (its gemeente): what a leak would give away.
			const waarheid = new Map<string, Map<string, Row>>();
			const vanM = async (p: Record<string, string>) => {
				if (!def.params.some((x) => x.name === 'gemeente')) return null;
				const rest = Object.fromEntries(Object.entries(p).filter(([k]) => !PLAATS.includes(k)));
				const key = JSON.stringify(rest);
				if (!waarheid.has(key)) {
					const r = await registry.run(name, { ...rest, gemeente: EIGEN_GEMEENTE }, bestuur);
					const keys = sleutelKolommen(r.columns);
					waarheid.set(key, new Map(r.rows.map((row) => [JSON.stringify(keys.map((k) => row[k])), row])));
				}
				return waarheid.get(key)!;
			};
			if (def.params.some((x) => x.name === 'gemeente')) {
				const r = await registry.run(
					name,
					{ gemeente: EIGEN_GEMEENTE, ...(def.params.some((x) => x.name === 'vandaag') ? { vandaag: VANDAAG } : {}) },
					bestuur
				);
				for (const row of r.rows) for (const c of def.suppression.counts) if (typeof row[c] === 'number' && row[c] >= 1 && row[c] <= 4) mVerborgen++;
			}
			for (let i = 0; i < gekregen.length; i++) {
				for (let j = i + 1; j < gekregen.length; j++) {
					const [a, b] = [gekregen[i], gekregen[j]];
					const rest = (p: Record<string, string>) =>
						JSON.stringify(
							Object.entries(p)
								.filter(([k]) => !PLAATS.includes(k))
								.sort()
						);
					if (rest(a.p) !== rest(b.p)) continue;
					paren++;
					const [da, dbb] = [dekking(a.p), dekking(b.p)];
					const verschil = [...da].filter((s) => !dbb.has(s)).concat([...dbb].filter((s) => !da.has(s)));
					// The two totals differ by M alone (and perhaps the account's own school): their difference is M's count.
					if (!verschil.includes(M) || verschil.some((s) => s !== M && s !== OWN)) continue;
					const m = await vanM(a.p);
					if (!m) continue;
					for (const [key, ra] of a.rows) {
						const rb = b.rows.get(key);
						const rm = m.get(key);
						if (!rb || !rm) continue;
						for (const c of def.suppression.counts) {
							const [x, y, z] = [ra[c], rb[c], rm[c]];
							if (typeof x !== 'number' || typeof y !== 'number' || typeof z !== 'number' || z < 1 || z > 4) continue;
							if (Math.abs(x - y) === z) lekken.push(`${name} ${c} ${key}: ${JSON.stringify(a.p)} − ${JSON.stringify(b.p)} = ${z}`);
						}
					}
				}
			}
		}
		expect(lekken.slice(0, 10), `${lekken.length} verborgen aantallen van ${M} af te leiden`).toEqual([]);
		// The only totals a school account gets: the SWV, its own kring, its own school.
		const vast = ([{}, { kring: OWN_KRING }, { school: OWN }] as Record<string, string>[]).map((p) => [...dekking(p)].sort().join(','));
		expect([...plekken].sort()).toEqual(vast.sort());
		// The test did real work: thousands of attempts, M has hidden counts to protect.
		expect(pogingen).toBeGreaterThan(2000);
		expect(toegestaan).toBeGreaterThan(50);
		expect(paren).toBeGreaterThan(50);
		expect(mVerborgen).toBeGreaterThan(20);
	}, 300_000);

	it('the attack of the issue: tlv_per_schooljaar ?gemeente= minus ?kring= is refused for a school account, and gives M for the bestuur', async () => {
		const kring = scholen.find((s) => s.code === M)!.kring!;
		const gemeente = scholen.find((s) => s.kring === kring && s.code !== M)!.gemeente;
		expect(() => registry.run('tlv_per_schooljaar', { gemeente }, school)).toThrow(/vaste totalen/);
		await expect(registry.run('tlv_per_schooljaar', { kring }, school)).rejects.toMatchObject({ status: 403 });
		// The same subtraction for the bestuur (who may see M) gives M's counts: the test data hold the leak.
		const bestuur: Scope = { role: 'bestuur' };
		const [k, g, m] = await Promise.all(
			[kring, gemeente, null].map((_, i) => registry.run('tlv_per_schooljaar', [{ kring }, { gemeente }, { gemeente: EIGEN_GEMEENTE }][i], bestuur))
		);
		const klein = m.rows.filter((r) => (r.tlv_totaal as number) >= 1 && (r.tlv_totaal as number) <= 4);
		expect(klein.length).toBeGreaterThan(0);
		for (const r of klein) {
			const verschil =
				(k.rows.find((x) => x.schooljaar === r.schooljaar)!.tlv_totaal as number) - (g.rows.find((x) => x.schooljaar === r.schooljaar)!.tlv_totaal as number);
			expect(verschil).toBe(r.tlv_totaal);
		}
	});
});
