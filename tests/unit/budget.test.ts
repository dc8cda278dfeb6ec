/**
 * The budget queries against the fixture of fixture-expertteam.ts, figures computed by hand.
 *
 * 2023-2024 (pupils at 1 okt 2023; supported pupils = distinct pupils with an arrangement at the school
 * that overlaps 1 aug 2023 … 31 jul 2024):
 *   11AA00 toegekend 10.000 + 2.000 = 12.000; besteed 6.000 + 3.000 + 600 − 600 (correction) = 9.000
 *          → uitputting 75,0%, saldo 3.000, per leerling 12.000 / 100 = 120,00;
 *          supported: P1 (A1 and A5, counted once; A2 ended 31 jul 2023) → 9.000 per supported pupil
 *   11BB00 6.000 / 7.000 + 500 = 7.500 → 125,0% (overbesteding > 110%), saldo −1.500, 100,00 per leerling;
 *          supported: P3 (A3 starts on 31 jul 2024; A4 is a group without pupil) → 7.500
 *   11DD00 4.000 / 1.000 − 200 = 800 → 20,0% (onderbesteding < 70%), no supported pupils → geen gegevens
 *   44FF00 8.000 / 8.000 → 100,0%; A6 starts in 2024-2025 → no supported pupils
 *   22CC00 (sbo) no budget: toegekend geen gegevens, signal 'geen budget'
 *   Kring Noord 12.000 / 9.000 = 75,0%, per leerling 12.000 / (100 + 20) = 100,00; Zuid 10.000 / 8.300 = 83,0%
 *   SWV 30.000 / 25.300 = 84,3%, saldo 4.700, per leerling 30.000 / 300 = 100,00, per supported pupil 25.300 / 2 = 12.650
 * 2024-2025: only 11AA00, 10.000 / 5.000 = 50,0%; pupils at 1 okt 2024: 250 → SWV 40,00 per leerling;
 *   supported: P1 at 11AA00 (A1 open) and P4 at 44FF00 (A6) → 5.000 / 2 = 2.500.
 * Waterfall SWV 2023-2024: 30.000 → personeel 13.000 → 17.000 → professionalisering 3.000 → 14.000
 *   → materialen 1.400 → 12.600 → externe inzet 500 → 12.100 → arrangementen 8.000 → 4.100
 *   → overig −600 (a correction: the bar goes up) → 4.700 = saldo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE_EXPERTTEAM } from './fixture-expertteam';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import type { MonitorDb } from '../../src/lib/server/db';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE_EXPERTTEAM)));
afterAll(() => db.close());

describe('budget_scholen', () => {
	it('per school: toegekend, besteed, uitputting, saldo, per leerling, per supported pupil, signal', async () => {
		const r = Object.fromEntries((await registry.run('budget_scholen', { schooljaar: '2023-2024' }, FULL_SCOPE)).rows.map((x) => [x.school, x]));
		expect(Object.keys(r).sort()).toEqual(['11AA00', '11BB00', '11DD00', '22CC00', '44FF00']);
		expect(r['11AA00']).toMatchObject({
			budget_toegekend: 12000,
			budget_besteed: 9000,
			uitputting_pct: 75,
			saldo: 3000,
			leerlingen: 100,
			budget_per_leerling: 120,
			ondersteunde_leerlingen: 1,
			kosten_per_ondersteunde_leerling: 9000,
			besteed_overig: -600,
			besteed_materialen: 600,
			signaal: null
		});
		expect(r['11BB00']).toMatchObject({ budget_besteed: 7500, uitputting_pct: 125, saldo: -1500, ondersteunde_leerlingen: 1, signaal: 'overbesteding' });
		expect(r['11DD00']).toMatchObject({
			budget_besteed: 800,
			uitputting_pct: 20,
			ondersteunde_leerlingen: 0,
			kosten_per_ondersteunde_leerling: null,
			signaal: 'onderbesteding'
		});
		expect(r['44FF00']).toMatchObject({ uitputting_pct: 100, ondersteunde_leerlingen: 0, signaal: null });
		expect(r['22CC00']).toMatchObject({ budget_toegekend: null, budget_besteed: 0, uitputting_pct: null, budget_per_leerling: null, signaal: 'geen budget' });
	});

	it('a schooljaar without any toekenning or besteding has no rows, as in budget_kringen and school_budget', async () => {
		// The schools, their pupils and supported pupils come from vooraf_budget_per_school, the one base of
		// the three queries. Before, budget_scholen listed the 5 schools with only pupil counts for 2025-2026.
		expect((await registry.run('budget_scholen', { schooljaar: '2025-2026' }, FULL_SCOPE)).rows).toEqual([]);
		expect((await registry.run('budget_kringen', { schooljaar: '2025-2026' }, FULL_SCOPE)).rows).toEqual([]);
	});

	it('filters on a kring', async () => {
		const r = (await registry.run('budget_scholen', { schooljaar: '2023-2024', kring: 'Kring Zuid' }, FULL_SCOPE)).rows;
		expect(r.map((x) => x.school)).toEqual(['11DD00', '11BB00']); // by name: "Drie" before "Twee"
	});
});

describe('budget_kringen', () => {
	it('per kring and SWV as ratios of sums, with the count of schools far under or over', async () => {
		const r = (await registry.run('budget_kringen', { schooljaar: '2023-2024' }, FULL_SCOPE)).rows;
		const k = Object.fromEntries(r.map((x) => [x.totaal ? 'SWV' : String(x.kring), x]));
		expect(k['Kring Noord']).toMatchObject({
			budget_toegekend: 12000,
			budget_besteed: 9000,
			uitputting_pct: 75,
			leerlingen: 120,
			budget_per_leerling: 100,
			kosten_per_ondersteunde_leerling: 9000
		});
		expect(k['Kring Zuid']).toMatchObject({
			budget_toegekend: 10000,
			budget_besteed: 8300,
			uitputting_pct: 83,
			saldo: 1700,
			scholen_onderbesteding: 1,
			scholen_overbesteding: 1
		});
		expect(k['Kring Oost']).toMatchObject({ uitputting_pct: 100, kosten_per_ondersteunde_leerling: null });
		expect(k.SWV).toMatchObject({
			kring: null,
			budget_toegekend: 30000,
			budget_besteed: 25300,
			uitputting_pct: expect.closeTo(84.3, 1),
			saldo: 4700,
			leerlingen: 300,
			budget_per_leerling: 100,
			ondersteunde_leerlingen: 2,
			kosten_per_ondersteunde_leerling: 12650,
			scholen_met_budget: 4,
			scholen_onderbesteding: 1,
			scholen_overbesteding: 1
		});
	});

	it('without schooljaar: the year-on-year trend, oldest first', async () => {
		const swv = (await registry.run('budget_kringen', {}, FULL_SCOPE)).rows.filter((x) => x.totaal);
		expect(swv.map((x) => [x.schooljaar, x.uitputting_pct])).toEqual([
			['2023-2024', expect.closeTo(84.3, 1)],
			['2024-2025', 50]
		]);
		expect(swv[1]).toMatchObject({
			budget_toegekend: 10000,
			budget_besteed: 5000,
			leerlingen: 250,
			budget_per_leerling: 40,
			ondersteunde_leerlingen: 2,
			kosten_per_ondersteunde_leerling: 2500
		});
	});
});

describe('budget_waterval', () => {
	it('runs from the allocation through the categories to the balance', async () => {
		const r = (await registry.run('budget_waterval', { schooljaar: '2023-2024' }, FULL_SCOPE)).rows;
		expect(r.map((x) => [x.label, x.bedrag, x.van, x.tot])).toEqual([
			['Toegekend', 30000, 0, 30000],
			['personeel', -13000, 30000, 17000],
			['professionalisering', -3000, 17000, 14000],
			['materialen', -1400, 14000, 12600],
			['externe inzet', -500, 12600, 12100],
			['arrangementen', -8000, 12100, 4100],
			['overig', 600, 4100, 4700],
			['Saldo', 4700, 0, 4700]
		]);
		expect(r[1].aandeel_besteed_pct).toBeCloseTo(51.4, 1); // 13.000 of 25.300
	});

	it('for one kring and one school; a school without budget has 0 everywhere', async () => {
		const zuid = (await registry.run('budget_waterval', { schooljaar: '2023-2024', kring: 'Kring Zuid' }, FULL_SCOPE)).rows;
		expect([zuid[0].tot, zuid[zuid.length - 1].tot]).toEqual([10000, 1700]);
		const sbo = (await registry.run('budget_waterval', { schooljaar: '2023-2024', school: '22CC00' }, FULL_SCOPE)).rows;
		expect(sbo.every((x) => x.bedrag === 0)).toBe(true);
		const school = { role: 'school' as const, schools: ['11DD00'] };
		const own = (await registry.run('budget_waterval', { schooljaar: '2023-2024' }, school)).rows;
		expect([own[0].tot, own[own.length - 1].tot]).toEqual([4000, 3200]);
	});
});

describe('school_budget', () => {
	it('one school per schooljaar next to its kring and the SWV', async () => {
		const r = (await registry.run('school_budget', { school: '11DD00' }, FULL_SCOPE)).rows;
		expect(r.map((x) => x.schooljaar)).toEqual(['2023-2024', '2024-2025']);
		expect(r[0]).toMatchObject({
			budget_toegekend: 4000,
			budget_besteed: 800,
			uitputting_pct: 20,
			saldo: 3200,
			budget_per_leerling: 100,
			kring_uitputting_pct: 83,
			kring_budget_per_leerling: 100,
			swv_uitputting_pct: expect.closeTo(84.3, 1),
			swv_kosten_per_ondersteunde_leerling: 12650
		});
		expect(r[1]).toMatchObject({ budget_toegekend: null, budget_besteed: 0, uitputting_pct: null, swv_uitputting_pct: 50 });
	});
});
