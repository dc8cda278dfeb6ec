/**
 * Thuiszitters (issue 17; docs/cijfers.md): every figure computed by hand from a small thuiszitterslijst.
 *
 * Peildatum 1 oktober 2024, 19.678 pupils (bao + sbo) on the reference teldatum. Thuiszitters on it:
 *   A absoluut from 15-09-2024 (16 days)            B langdurig relatief 01-09 – 01-10-2024 (ends on P: counts)
 *   C absoluut from 02-07-2024: exactly 91 days (not longer than 3 months)
 *   D absoluut from 01-07-2024: 92 days (longer)     E langdurig relatief 01-11-2023 – 10-01-2025 (335 days, longer)
 *   F absoluut from 01-10-2024 (starts on P)         G two meldingen (absoluut and langdurig relatief): one pupil
 * Not counted: H starts 02-10-2024, I ended 30-09-2024, M ended 20-08-2024, vrijstellingen J (5a), K and K2 (5c),
 * L soort overig. So 7 thuiszitters, 2 longer than 3 months: 1000 × 7 / 19.678 = 0,3557 → 0,36 per 1.000.
 * Schooljaar 2024-2025: new meldingen A B F G G H I = 7; ended I (29 days, terug naar school), B (30, passende
 * plek), M (218, overig), E (436, verhuisd): P25 = 29 + 0,75 × 1 = 29,75, median = (30 + 218) / 2 = 124,
 * P75 = 218 + 0,25 × 218 = 272,5; opgelost 2 of 4 = 50,0 %.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { formatMetric } from '../../src/lib/metrics';
import { fixtureDb } from './helpers';
import { lijstDatum } from '../../src/lib/server/thuiszitters';
import { vandaagInNederland } from '../../src/lib/format';

export const THUIS = {
	'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring,bestuur
11AA,00,Basisschool Een,bao,Lindeveen,Kring Noord,Stichting A
11BB,00,Basisschool Twee,bao,Zuiderbroek,Kring Zuid,Stichting A
22CC,00,SBO De Vlieger,sbo,Lindeveen,Kring Noord,Stichting B
`,
	'telling.csv': `teldatum,brin,vestiging,leerlingen
2024-10-01,11AA,00,9000
2024-10-01,11BB,00,10000
2024-10-01,22CC,00,678
2025-02-01,11AA,00,1
`,
	'verzuim.csv': `melding_id,leerling,gemeente,brin,vestiging,soort,startdatum,einddatum,reden,uitkomst
A,LA,Lindeveen,11AA,00,absoluut,2024-09-15,,gedrag,
B,LB,Lindeveen,11BB,00,langdurig_relatief,2024-09-01,2024-10-01,psychisch,passende_plek
C,LC,Lindeveen,,,absoluut,2024-07-02,,wachtlijst,
D,LD,Zuiderbroek,11AA,00,absoluut,2024-07-01,,geen_passend_aanbod,
E,LE,Zuiderbroek,11BB,00,langdurig_relatief,2023-11-01,2025-01-10,gedrag,verhuisd
F,LF,Zuiderbroek,11BB,00,absoluut,2024-10-01,,,
G1,LG,Zuiderbroek,11BB,00,absoluut,2024-09-20,,gedrag,
G2,LG,Zuiderbroek,11BB,00,langdurig_relatief,2024-09-25,,gedrag,
H,LH,Lindeveen,11BB,00,absoluut,2024-10-02,,psychisch,
I,LI,Lindeveen,11BB,00,absoluut,2024-09-01,2024-09-30,lichamelijk,terug_naar_school
M,LM,Lindeveen,11BB,00,absoluut,2024-01-15,2024-08-20,overig,overig
J,LJ,Lindeveen,,,vrijstelling_5a,2020-09-01,,,
K,LK,Lindeveen,,,vrijstelling_5c,2024-01-01,,,
K2,LK2,Lindeveen,,,vrijstelling_5c,2024-01-01,2024-10-01,,
L,LL,Lindeveen,,,overig,2024-09-01,,,
`
};

/** The registry refuses before it runs (synchronously): as a promise, for `rejects`. */
const attempt = <T>(f: () => Promise<T>) => Promise.resolve().then(f);
const SCHOOL = { role: 'school' as const, schools: ['11AA00'] };

describe('thuiszitters on a peildatum, computed by hand', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => ({ db, registry } = await fixtureDb(THUIS)));
	afterAll(() => db.close());

	it('7 active of whom 2 longer than 91 days among 19.678 pupils is 0,36 per 1.000; vrijstellingen beside them', async () => {
		const [r] = (await registry.run('thuiszitters_peildatum', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows;
		expect(r.peildatum).toBe('2024-10-01');
		expect(r.leerlingen).toBe(19678);
		expect(r.thuiszitters).toBe(7);
		expect(r.langer_3_maanden).toBe(2);
		expect(r.thuiszitters_per_1000).toBeCloseTo(0.355727, 5);
		expect(formatMetric('thuiszitters_per_1000', r.thuiszitters_per_1000 as number)).toBe('0,36');
		expect([r.vrijstelling_5a, r.vrijstelling_5b, r.vrijstelling_5c, r.vrijstelling_15]).toEqual([1, 0, 2, 0]);
	});

	it('a chosen peildatum sets its own schooljaar: on 2 oktober 2024 H is in, B ended, K2 ended', async () => {
		const [r] = (await registry.run('thuiszitters_peildatum', { peildatum: '2024-10-02' }, FULL_SCOPE)).rows;
		expect(r.schooljaar).toBe('2024-2025');
		// A C D E F G H = 7; C is now 92 days at home, D 93, E 336: 3 longer than 3 months.
		expect(r.thuiszitters).toBe(7);
		expect(r.langer_3_maanden).toBe(3);
		expect(r.vrijstelling_5c).toBe(1);
	});

	it('per schooljaar: 7 new meldingen, duration P25 29,75 / median 124 / P75 272,5 days, 50,0 % solved', async () => {
		const rows = (await registry.run('thuiszitters_per_schooljaar', {}, FULL_SCOPE)).rows;
		const r = rows.find((x) => x.schooljaar === '2024-2025')!;
		expect(r.thuiszitters).toBe(7);
		expect(r.nieuw).toBe(7);
		expect(r.beeindigd).toBe(4);
		expect(r.opgelost).toBe(2);
		expect(r.opgelost_pct).toBe(50);
		expect([r.duur_p25, r.duur_mediaan, r.duur_p75]).toEqual([29.75, 124, 272.5]);
		expect(r.vrijstellingen).toBe(3);
	});

	it('per gemeente: Lindeveen A B C, Zuiderbroek D E F G; exact for bestuur and adviseur, <5 for the beheerder', async () => {
		const exact = (await registry.run('thuiszitters_per_gemeente', { schooljaar: '2024-2025' }, { role: 'adviseur' })).rows;
		expect(exact.map((r) => [r.gemeente, r.thuiszitters, r.langer_3_maanden])).toEqual([
			['Zuiderbroek', 4, 2],
			['Lindeveen', 3, 0]
		]);
		const beheer = (await registry.run('thuiszitters_per_gemeente', { schooljaar: '2024-2025' }, { role: 'beheerder' })).rows;
		expect(beheer.map((r) => [r.gemeente, r.thuiszitters])).toEqual([
			['Zuiderbroek', '<5'],
			['Lindeveen', '<5']
		]);
		await expect(attempt(() => registry.run('thuiszitters_per_gemeente', {}, SCHOOL))).rejects.toMatchObject({ status: 403 });
	});

	it('per reden: gedrag A E G, psychisch B; a pupil with two meldingen of one reden counts once', async () => {
		const rows = (await registry.run('thuiszitters_redenen', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows;
		const by = Object.fromEntries(rows.map((r) => [r.reden, [r.thuiszitters, r.nieuw]]));
		expect(by.gedrag).toEqual([3, 3]); // active A E G; new A G1 G2
		expect(by.psychisch).toEqual([1, 2]); // active B; new B H
		expect(by.onbekend).toEqual([1, 1]); // F
	});

	it('the Monday list: D and E (longer than 91 days), longest first, only for bestuur and adviseur', async () => {
		const rows = (await registry.run('thuiszitters_lijst', { schooljaar: '2024-2025' }, { role: 'bestuur' })).rows;
		expect(rows.map((r) => [r.leerling, r.gemeente, r.school, r.dagen, r.reden])).toEqual([
			['LE', 'Zuiderbroek', '11BB00', 335, 'gedrag'],
			['LD', 'Zuiderbroek', '11AA00', 92, 'geen_passend_aanbod']
		]);
		for (const scope of [SCHOOL, { role: 'beheerder' as const }]) {
			await expect(attempt(() => registry.run('thuiszitters_lijst', {}, scope))).rejects.toMatchObject({ status: 403 });
		}
	});

	it('the Monday list is for today, or for the last date in the data (E ends 10-01-2025) when that lies before today; a chosen peildatum stays', async () => {
		expect(await lijstDatum(db, null, '2025-01-05')).toEqual({ datum: '2025-01-05', waarom: 'vandaag', vandaag: '2025-01-05' });
		expect(await lijstDatum(db, null, '2025-01-10')).toEqual({ datum: '2025-01-10', waarom: 'vandaag', vandaag: '2025-01-10' });
		expect(await lijstDatum(db, null, '2025-03-03')).toEqual({ datum: '2025-01-10', waarom: 'laatste_gegevens', vandaag: '2025-03-03' });
		expect(await lijstDatum(db, '2024-10-01', '2025-03-03')).toEqual({ datum: '2024-10-01', waarom: 'gekozen', vandaag: '2025-03-03' });
		// On 10-01-2025 (not 1 oktober): A 117 days, C 192, D 193, E 436 (its last day), F 101, G1 112, G2 107, H 100; B, I, M ended.
		const rows = (await registry.run('thuiszitters_lijst', { peildatum: '2025-01-10' }, { role: 'adviseur' })).rows;
		expect(rows.map((r) => [r.leerling, r.dagen])).toEqual([
			['LE', 436],
			['LD', 193],
			['LC', 192],
			['LA', 117],
			['LG', 112],
			['LG', 107],
			['LF', 101],
			['LH', 100]
		]);
	});

	it("today is the date in the Netherlands, not the server's (UTC) date", () => {
		expect(vandaagInNederland(new Date('2025-03-02T23:30:00Z'))).toBe('2025-03-03');
		expect(vandaagInNederland(new Date('2025-07-01T21:59:00Z'))).toBe('2025-07-01');
		expect(vandaagInNederland(new Date('2025-07-01T22:00:00Z'))).toBe('2025-07-02');
	});

	it('a school sees its own counts only, 1–4 as <5, and no pupil code', async () => {
		const exact = (await registry.run('thuiszitters_school', { school: '11AA00' }, FULL_SCOPE)).rows.find((r) => r.schooljaar === '2024-2025')!;
		expect([exact.thuiszitters, exact.langer_3_maanden, exact.nieuw]).toEqual([2, 1, 1]); // A and D; D is 92 days; new A
		const own = (await registry.run('thuiszitters_school', {}, SCHOOL)).rows.find((r) => r.schooljaar === '2024-2025')!;
		expect([own.thuiszitters, own.langer_3_maanden, own.nieuw]).toEqual(['<5', '<5', '<5']);
		expect(JSON.stringify(own)).not.toMatch(/"L[A-Z]/);
		await expect(attempt(() => registry.run('thuiszitters_school', { school: '11BB00' }, SCHOOL))).rejects.toMatchObject({ status: 403 });
		await expect(attempt(() => registry.run('thuiszitters_per_school', {}, SCHOOL))).rejects.toMatchObject({ status: 403 });
	});
});

describe('thuiszitters without verzuim data', () => {
	it('are "geen gegevens" (NULL), never 0', async () => {
		const { db, registry } = await fixtureDb({ 'scholen.csv': THUIS['scholen.csv'], 'telling.csv': THUIS['telling.csv'] });
		const [r] = (await registry.run('thuiszitters_peildatum', {}, FULL_SCOPE)).rows;
		expect([r.thuiszitters, r.langer_3_maanden, r.thuiszitters_per_1000, r.vrijstelling_5a]).toEqual([null, null, null, null]);
		const [j] = (await registry.run('thuiszitters_per_schooljaar', {}, FULL_SCOPE)).rows;
		expect([j.nieuw, j.opgelost_pct, j.duur_mediaan]).toEqual([null, null, null]);
		db.close();
	});
});
