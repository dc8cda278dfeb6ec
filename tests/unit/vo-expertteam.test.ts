/**
 * Ambulante ondersteuning nieuwe stijl (issue 16, docs/cijfers.md) against fixture-vo.ts.
 *
 * 2024-2025: school A has 200 formatie-uren with vaste AB'er Anna; 100 hours were delivered there: Anna
 * 60, Karel 20, Lotte 20 → vaste_ab_pct 60 of 100 is 60,0 %, ab_per_school 3, benutting 100 of 200 is
 * 50,0 %. A year before: Anna 30, Karel 30, Lotte 20, Mees 20 → 30,0 % and 4 faces: the promise held.
 * School B: 100 formatie with Bram; Bram 45, Karel 5 → 90,0 %, 2 AB'ers. A year before B had 80 formatie
 * and no vaste AB'er: geen gegevens for vaste_ab_pct; Karel 10 → 1 AB'er, benutting 10 of 80 is 12,5 %.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE, type Scope } from '../../src/lib/server/roles';
import { FIXTURE_VO } from './fixture-vo';
import { fixtureDb } from './helpers';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import { vertelMetric } from '../../src/lib/jaarverslag';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE_VO)));
afterAll(() => db.close());

describe('vo_ab_per_school', () => {
	it('gives per school its formatie, vaste AB’er, vaste_ab_pct and ab_per_school against vorig jaar', async () => {
		const r = await registry.run('vo_ab_per_school', { schooljaar: '2024-2025' }, FULL_SCOPE);
		const by = Object.fromEntries(r.rows.map((x) => [x.school, x]));
		expect(Object.keys(by).sort()).toEqual(['31AA00', '31BB00']);
		expect(by['31AA00']).toMatchObject({
			vaste_ab: 'Anna',
			formatie_uren: 200,
			expertteam_uren: 100,
			vaste_ab_uren: 60,
			benutting_pct: 50,
			vaste_ab_pct: 60,
			ab_per_school: 3,
			vorig_vaste_ab: 'Anna',
			vorig_formatie_uren: 200,
			vorig_expertteam_uren: 100,
			vorig_vaste_ab_pct: 30,
			vorig_ab_per_school: 4
		});
		expect(by['31BB00']).toMatchObject({
			vaste_ab: 'Bram',
			formatie_uren: 100,
			expertteam_uren: 50,
			vaste_ab_pct: 90,
			ab_per_school: 2,
			vorig_vaste_ab: null,
			vorig_formatie_uren: 80,
			vorig_vaste_ab_uren: null,
			vorig_vaste_ab_pct: null,
			vorig_ab_per_school: 1,
			vorig_benutting_pct: 12.5
		});
	});

	it('a schooljaar without any hours booked is geen gegevens, never 0', async () => {
		const r = await registry.run('vo_ab_per_school', { schooljaar: '2025-2026' }, FULL_SCOPE);
		const a = r.rows.find((x) => x.school === '31AA00')!;
		expect(a).toMatchObject({ expertteam_uren: null, vaste_ab_pct: null, ab_per_school: null, vorig_vaste_ab_pct: 60, vorig_ab_per_school: 3 });
	});
});

describe('vo_ab_school', () => {
	it('gives a school account its own figures per schooljaar, oldest first', async () => {
		const school: Scope = { role: 'school', schools: ['31AA00'] };
		const r = await registry.run('vo_ab_school', { school: '31AA00' }, school);
		expect(r.rows.map((x) => [x.schooljaar, x.vaste_ab, x.vaste_ab_pct, x.ab_per_school])).toEqual([
			['2023-2024', 'Anna', 30, 4],
			['2024-2025', 'Anna', 60, 3]
		]);
	});
});

describe('expertteam per kring with formatie per school', () => {
	it('counts the school formatie in the school’s kring', async () => {
		const r = await registry.run('expertteam_kringen', { schooljaar: '2024-2025' }, FULL_SCOPE);
		const by = Object.fromEntries(r.rows.filter((x) => !x.totaal).map((x) => [x.kring, x]));
		expect(by['Regio Noord'].formatie_uren).toBe(300); // A 200 + B 100
		expect(by['Regio Zuid'].formatie_uren).toBe(150);
		expect(by['Regio Noord'].expertteam_uren).toBe(150); // 100 at A + 50 at B
	});
	it('counts the regio’s vo and pro pupils on 1 oktober as its leerlingen (was bao + sbo only: none in VO)', async () => {
		const r = await registry.run('expertteam_kringen', { schooljaar: '2024-2025' }, FULL_SCOPE);
		const by = Object.fromEntries(r.rows.filter((x) => !x.totaal).map((x) => [x.kring, x]));
		// Noord: 8.000 + 6.000 vo on 1 oktober 2024; 150 hours per 14.000 pupils is 1,07 per 100.
		expect(by['Regio Noord'].leerlingen).toBe(14000);
		expect(by['Regio Noord'].uren_per_100_leerlingen).toBeCloseTo((100 * 150) / 14000, 10);
		// Zuid: 3.400 vo + 600 pro = 4.000.
		expect(by['Regio Zuid'].leerlingen).toBe(4000);
	});
});

describe('the jaarverslag of a VO SWV ranks the expertteam among the regio’s', () => {
	it('2024-2025: Regio Noord 150 uur (100 at A + 50 at B), Regio Zuid 0: the highest of the two regio’s, not kringen', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, { scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } });
		expect(d.sector).toBe('vo');
		expect(vertelMetric(d, 'expertteam_uren').zinnen[1]).toBe('Het aantal geleverde uren van Regio Noord (150,0 uur) is het hoogste van de twee regio’s.');
		const noord = await loadJaarverslag(
			db,
			registry,
			{ schooljaar: '2024-2025', kring: 'Regio Noord' },
			{ scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } }
		);
		expect(vertelMetric(noord, 'expertteam_uren').zinnen.join(' ')).toContain('is het hoogste van de twee regio’s.');
	});
});

describe('expertteam per school in VO (vo and pro schools, as bao and sbo in PO)', () => {
	// 2024-2025, reference teldatum 1 oktober 2024: A 8.000, B 6.000, D 3.400, pro 600 pupils; hours at A
	// 100, at B 50, Regio Noord 150 in all; none in Regio Zuid. The vso school has no regio.
	it('lists every vo and pro school with its hours per 100 pupils and its share of the regio', async () => {
		const r = await registry.run('expertteam_scholen', { schooljaar: '2024-2025' }, FULL_SCOPE);
		const by = Object.fromEntries(r.rows.map((x) => [x.school, x]));
		expect(Object.keys(by).sort()).toEqual(['31AA00', '31BB00', '32CC00', '33DD00']);
		// 100 hours for 8.000 pupils is 1,25 per 100; 100 of the regio's 150 is 66,7 %.
		expect(by['31AA00']).toMatchObject({ expertteam_uren: 100, leerlingen: 8000, uren_per_100_leerlingen: 1.25, geen_uren: false });
		expect(by['31AA00'].aandeel_kring_pct).toBeCloseTo(66.667, 3);
		// 50 for 6.000 is 0,83 per 100; 50 of 150 is 33,3 %.
		expect(by['31BB00'].uren_per_100_leerlingen).toBeCloseTo(0.8333, 4);
		expect(by['31BB00'].aandeel_kring_pct).toBeCloseTo(33.333, 3);
		// Regio Zuid had no hours at all: its schools 0 hours, and no warning (the regio had none either).
		expect(by['32CC00']).toMatchObject({ soort: 'pro', expertteam_uren: 0, leerlingen: 600, uren_per_100_leerlingen: 0, geen_uren: false });
		expect(by['33DD00']).toMatchObject({ expertteam_uren: 0, leerlingen: 3400, geen_uren: false });
	});

	it('sets a school beside its regio and the SWV on its own page', async () => {
		const r = await registry.run('school_expertteam', { school: '31AA00', schooljaar: '2024-2025' }, FULL_SCOPE);
		// Regio Noord: 150 hours for 8.000 + 6.000 pupils is 1,07 per 100; the SWV: 150 for 18.000 is 0,83.
		expect(r.rows[0]).toMatchObject({
			leerlingen: 8000,
			expertteam_uren: 100,
			uren_per_100_leerlingen: 1.25,
			kring_leerlingen: 14000,
			swv_leerlingen: 18000,
			kring_scholen: 2
		});
		expect(r.rows[0].kring_uren_per_100_leerlingen).toBeCloseTo(1.0714, 4);
		expect(r.rows[0].swv_uren_per_100_leerlingen).toBeCloseTo(0.8333, 4);
	});
});
