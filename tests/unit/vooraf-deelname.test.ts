/**
 * The per school × teldatum tables (src/lib/server/vooraf-deelname.ts) count a pupil with two schools
 * once in any set of schools, as the queries did from pupil-level rows. Fixture as in fixture.ts, plus:
 *  - T8: P1's so-TLV also from SBO De Vlieger (22CC, Kring Noord), and T9: P2's also from Basisschool
 *    Een (11AA, Kring Noord), categorie hoog where T2 (11BB) was midden; on 1 oktober 2024 P1 comes from
 *    11AA and 22CC, P2 from 11BB and 11AA;
 *  - A6: P10 (rugzak at 11AA) also has an individueel arrangement at Basisschool Twee (11BB, Kring Zuid);
 *  - A7: P11 (individueel Gedrag at 11BB) has one at Basisschool Een (11AA, Kring Noord) too.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import type { QueryRegistry } from '../../src/lib/server/queries';

const METER = {
	...FIXTURE,
	'tlv.csv':
		FIXTURE['tlv.csv'] +
		'T8,P1,so,laag,22CC,00,2024-08-01,2024-09-01,2024-09-01,2025-07-31,2016\nT9,P2,so,hoog,11AA,00,2024-08-01,2024-09-01,2024-09-01,2025-07-31,2015\n',
	'arrangementen.csv':
		FIXTURE['arrangementen.csv'] +
		'A6,P10,11BB,00,individueel,Gedrag,2024-08-20,2024-09-01,2025-07-31,,1500\nA7,P11,11AA,00,individueel,Gedrag,2024-08-20,2024-09-01,,,1500\n'
};

const op1Oktober2024 = async (registry: QueryRegistry, name: string, params: Record<string, string>) =>
	(await registry.run(name, { kring: null, gemeente: null, schoolsoort: null, ...params }, FULL_SCOPE)).rows.find((r) => r.teldatum === '2024-10-01');

describe('pupils with more than one school, per school × teldatum', () => {
	it('deelname so: a pupil from two chosen schools counts once, and in each kring it came from', async () => {
		const { db, registry } = await fixtureDb(METER);
		// Whole SWV: P1, P2 and P3 (no herkomst) of 200 bao + sbo pupils: 1,50 %.
		expect(await op1Oktober2024(registry, 'deelname_per_teldatum', {})).toMatchObject({ leerlingen_so: 3, deelname_so_pct: 1.5 });
		// Kring Noord (11AA, 22CC; 120 + 4 pupils): P1 (from both) and P2 (from 11AA): 2 of 124.
		expect(await op1Oktober2024(registry, 'deelname_per_teldatum', { kring: 'Kring Noord' })).toMatchObject({
			leerlingen_so: 2,
			leerlingen_bao: 120,
			leerlingen_sbo: 4
		});
		expect((await op1Oktober2024(registry, 'deelname_per_teldatum', { kring: 'Kring Noord' }))?.deelname_so_pct).toBeCloseTo((100 * 2) / 124, 10);
		// Kring Zuid (11BB, 11DD; 76 pupils): P2 only.
		expect(await op1Oktober2024(registry, 'deelname_per_teldatum', { kring: 'Kring Zuid' })).toMatchObject({ leerlingen_so: 1, leerlingen_bao: 76 });
		// The bao schools (11AA, 11BB, 11DD; 196 pupils): P1 and P2, P2 once although from two of them: 2 of 196.
		expect(await op1Oktober2024(registry, 'deelname_per_teldatum', { schoolsoort: 'bao' })).toMatchObject({ leerlingen_so: 2, leerlingen_bao: 196 });
		// The sbo school (22CC): P1 only.
		expect(await op1Oktober2024(registry, 'deelname_per_teldatum', { schoolsoort: 'sbo' })).toMatchObject({ leerlingen_so: 1, leerlingen_sbo: 4 });
		db.close();
	});

	it('rugzak: a pupil with arrangements at two bao schools counts once, per soort too', async () => {
		const { db, registry } = await fixtureDb(METER);
		// P10 (rugzak at 11AA, individueel at 11BB) and P11 (individueel at 11BB); P12 is at the sbo school: 2 of 200 is 1,00 %.
		expect(await op1Oktober2024(registry, 'arrangementen_per_teldatum', {})).toMatchObject({
			leerlingen: 200,
			leerlingen_rugzak: 2,
			met_rugzak: 1,
			met_individueel: 2,
			rugzak_pct: 1
		});
		expect(await op1Oktober2024(registry, 'arrangementen_per_teldatum', { kring: 'Kring Zuid' })).toMatchObject({
			leerlingen_rugzak: 2,
			met_rugzak: 0,
			met_individueel: 2
		});
		// Kring Noord: P10 (rugzak) and P11 (individueel, also at 11BB).
		expect(await op1Oktober2024(registry, 'arrangementen_per_teldatum', { kring: 'Kring Noord' })).toMatchObject({
			leerlingen_rugzak: 2,
			met_rugzak: 1,
			met_individueel: 1
		});
		expect(await op1Oktober2024(registry, 'arrangementen_per_teldatum', { gemeente: 'Lindeveen', schoolsoort: 'bao' })).toMatchObject({
			leerlingen_rugzak: 2,
			met_individueel: 2
		});
		db.close();
	});

	it('arrangementen actief: a pupil with the same arrangement at two chosen schools counts once', async () => {
		const { db, registry } = await fixtureDb(METER);
		const gedrag = async (params: Record<string, string>) =>
			(
				await registry.run('arrangementen_actief', { schooljaar: '2024-2025', kring: null, gemeente: null, schoolsoort: null, ...params }, FULL_SCOPE)
			).rows.find((r) => r.teldatum === '2024-10-01' && r.naam === 'Gedrag');
		// A2 (P11, 11BB), A3 (P12, 22CC), A6 (P10, 11BB), A7 (P11, 11AA): 4 arrangements of 3 pupils.
		expect(await gedrag({})).toMatchObject({ arrangementen: 4, leerlingen: 3 });
		// The bao schools: A2, A6, A7 of P10 and P11.
		expect(await gedrag({ schoolsoort: 'bao' })).toMatchObject({ arrangementen: 3, leerlingen: 2 });
		expect(await gedrag({ kring: 'Kring Zuid' })).toMatchObject({ arrangementen: 2, leerlingen: 2 });
		expect(await gedrag({ kring: 'Kring Noord' })).toMatchObject({ arrangementen: 2, leerlingen: 2 });
		db.close();
	});

	it('so samenstelling: a pupil with so-TLVs from two schools has the categorie of the latest TLV from the chosen ones', async () => {
		const { db, registry } = await fixtureDb(METER);
		const categorie = async (params: Record<string, string>) =>
			Object.fromEntries(
				(await registry.run('so_samenstelling', { schooljaar: '2024-2025', kring: null, gemeente: null, ...params }, FULL_SCOPE)).rows
					.filter((r) => r.teldatum === '2024-10-01' && r.indeling === 'categorie')
					.map((r) => [r.groep, r.leerlingen])
			);
		// P1 laag; P2 hoog (T9 began after T2); P3 hoog (no herkomst).
		expect(await categorie({})).toEqual({ laag: 1, midden: 0, hoog: 2 });
		// Kring Zuid: only T2 of P2 came from there: midden.
		expect(await categorie({ kring: 'Kring Zuid' })).toEqual({ laag: 0, midden: 1, hoog: 0 });
		// Kring Noord: P1 (from 11AA and 22CC, once) laag and P2 (T9 from 11AA) hoog.
		expect(await categorie({ kring: 'Kring Noord' })).toEqual({ laag: 1, midden: 0, hoog: 1 });
		db.close();
	});
});
