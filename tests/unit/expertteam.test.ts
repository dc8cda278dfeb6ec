/**
 * The expertteam queries against the fixture of fixture-expertteam.ts, figures computed by hand.
 *
 * Schooljaar 2023-2024 runs 2023-08-01 … 2024-07-31: 366 days (a leap year). Hours:
 *   Noord 2 (11AA, 15 sep) + 4 (11AA, AED, 10 okt) + 0,5 (whole kring, leap day 29 feb) = 6,5
 *   Zuid  8 (11BB, 1 nov) + 4 (11BB, 20 mrt, no expertise, no niveau, no bereik) = 12
 *   Oost  2 (44FF, 15 mrt) — Kring Oost has no formatie: "uren zonder formatie"
 *   SWV   20,5. Not counted: 2023-07-31 (2022-2023) and 2024-08-01 (2024-2025).
 * Formatie: Noord 100 → benutting 6,5%; Zuid 20 → 60,0%; SWV 120 → 17,1%.
 * Pupils at 1 okt 2023: Noord 120, Zuid 100, Oost 80, SWV 300.
 *   uren per 100 leerlingen: Noord 100 × 6,5 / 120 = 5,42; Zuid 12,00; Oost 2,50; SWV 6,83.
 *   uren_vs_leerlingen: Noord (6,5/20,5) / (120/300) = 0,3171 / 0,4 = 0,79; Zuid 0,5854 / 0,3333 = 1,76;
 *   Oost 0,0976 / 0,2667 = 0,37.
 * Arrangements overlapping the schooljaar: Noord A1 and A5 (A2 ended 31 jul 2023), Zuid A3 (starts
 *   on the last day) and A4 (a group): 2 + 2 of 4 → Noord (0,3171 / 0,5) = 0,63; Zuid 1,17; Oost none → geen gegevens.
 * Pace with vandaag = 1 april 2024 (the year is not over): peildatum = the latest booking, 20 mrt 2024,
 *   day 233 of 366 → 63,7% of the year. Noord: tempo 100 × 233/366 = 63,7 uur, 6,5 is 10,2% of it → behind
 *   (< 50%). Zuid: tempo 12,7 uur, 12 is 94,2% → not behind. With vandaag after 31 jul 2024 the peildatum
 *   is 31 jul 2024 (100%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE_EXPERTTEAM } from './fixture-expertteam';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import type { MonitorDb, Row } from '../../src/lib/server/db';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE_EXPERTTEAM)));
afterAll(() => db.close());

const byKring = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.totaal ? 'SWV' : String(r.kring), r]));

describe('expertteam_kringen', () => {
	it('gives formatie, hours, benutting, hours per 100 pupils and the shares per kring', async () => {
		const r = byKring((await registry.run('expertteam_kringen', { schooljaar: '2023-2024', vandaag: '2024-04-01' }, FULL_SCOPE)).rows);
		expect(Object.keys(r)).toEqual(['Kring Noord', 'Kring Oost', 'Kring Zuid', 'SWV']);
		expect(r['Kring Noord']).toMatchObject({
			formatie_uren: 100,
			expertteam_uren: expect.closeTo(6.5, 1),
			benutting_pct: expect.closeTo(6.5, 1),
			leerlingen: 120,
			uren_per_100_leerlingen: expect.closeTo(5.42, 2),
			arrangementen: 2,
			aandeel_uren_pct: expect.closeTo(31.7, 1),
			aandeel_leerlingen_pct: 40,
			aandeel_arrangementen_pct: 50,
			uren_vs_leerlingen: expect.closeTo(0.79, 2),
			uren_vs_arrangementen: expect.closeTo(0.63, 2),
			bereik: 21,
			uren_per_bereikte_leerling: expect.closeTo(0.31, 2),
			uren_hele_kring: expect.closeTo(0.5, 1),
			referentie_teldatum: '2023-10-01'
		});
		expect(r['Kring Zuid']).toMatchObject({
			formatie_uren: 20,
			expertteam_uren: 12,
			benutting_pct: 60,
			uren_per_100_leerlingen: 12,
			uren_vs_leerlingen: expect.closeTo(1.76, 2),
			uren_vs_arrangementen: expect.closeTo(1.17, 2),
			bereik: 1,
			uren_per_bereikte_leerling: 12
		});
		expect(r.SWV).toMatchObject({
			kring: null,
			formatie_uren: 120,
			expertteam_uren: expect.closeTo(20.5, 1),
			benutting_pct: expect.closeTo(17.1, 1),
			leerlingen: 300,
			uren_per_100_leerlingen: expect.closeTo(6.83, 2),
			bereik: 24
		});
	});

	it('a kring without allocation: hours booked, benutting "geen gegevens", flagged', async () => {
		const r = byKring((await registry.run('expertteam_kringen', { schooljaar: '2023-2024', vandaag: '2024-04-01' }, FULL_SCOPE)).rows);
		expect(r['Kring Oost']).toMatchObject({
			formatie_uren: null,
			expertteam_uren: 2,
			benutting_pct: null,
			tempo_uren: null,
			uren_per_100_leerlingen: expect.closeTo(2.5, 1),
			uren_vs_leerlingen: expect.closeTo(0.37, 2),
			aandeel_arrangementen_pct: 0,
			uren_vs_arrangementen: null,
			uren_zonder_formatie: true,
			achter_op_tempo: false
		});
		expect(r['Kring Noord'].uren_zonder_formatie).toBe(false);
	});

	it('pace: the latest booking while the year runs, 31 July once it is over', async () => {
		const lopend = byKring((await registry.run('expertteam_kringen', { schooljaar: '2023-2024', vandaag: '2024-04-01' }, FULL_SCOPE)).rows);
		expect(lopend['Kring Noord']).toMatchObject({
			peildatum: '2024-03-20',
			peildatum_soort: 'laatste boeking',
			verstreken_pct: expect.closeTo(63.7, 1),
			tempo_uren: expect.closeTo(63.7, 1),
			tempo_pct: expect.closeTo(10.2, 1),
			achter_op_tempo: true
		});
		expect(lopend['Kring Zuid']).toMatchObject({ tempo_uren: expect.closeTo(12.7, 1), tempo_pct: expect.closeTo(94.2, 1), achter_op_tempo: false });
		const voorbij = byKring((await registry.run('expertteam_kringen', { schooljaar: '2023-2024', vandaag: '2024-09-01' }, FULL_SCOPE)).rows);
		expect(voorbij['Kring Zuid']).toMatchObject({
			peildatum: '2024-07-31',
			peildatum_soort: 'einde schooljaar',
			verstreken_pct: 100,
			tempo_uren: 20,
			tempo_pct: 60,
			achter_op_tempo: false
		});
	});

	it('the leap day and the half hour count in 2023-2024; the days around the year do not', async () => {
		const r = byKring((await registry.run('expertteam_kringen', { schooljaar: '2022-2023' }, FULL_SCOPE)).rows);
		expect(r['Kring Noord'].expertteam_uren).toBe(1); // 2023-07-31
		const v = byKring((await registry.run('expertteam_kringen', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows);
		expect(v['Kring Noord']).toMatchObject({ expertteam_uren: 5, uren_zonder_formatie: true }); // 2024-08-01, no formatie that year
	});

	it('filters: organisatie filters hours and formatie, activiteit only hours; kring only picks rows', async () => {
		const aed = byKring((await registry.run('expertteam_kringen', { schooljaar: '2023-2024', organisatie: 'AED', vandaag: '2024-09-01' }, FULL_SCOPE)).rows);
		expect(aed['Kring Noord']).toMatchObject({ formatie_uren: 40, expertteam_uren: 4, benutting_pct: 10 });
		expect(aed['Kring Zuid']).toMatchObject({ formatie_uren: null, expertteam_uren: 0 });
		const cons = byKring((await registry.run('expertteam_kringen', { schooljaar: '2023-2024', activiteit: 'consultatie' }, FULL_SCOPE)).rows);
		expect(cons['Kring Noord']).toMatchObject({ formatie_uren: 100, expertteam_uren: 2 });
		expect(cons.SWV.expertteam_uren).toBe(4);
		const zuid = (await registry.run('expertteam_kringen', { schooljaar: '2023-2024', kring: 'Kring Zuid' }, FULL_SCOPE)).rows;
		expect(zuid.map((x) => x.kring)).toEqual(['Kring Zuid', null]);
		expect(zuid[0].aandeel_uren_pct).toBeCloseTo(58.5, 1); // 12 / 20,5: still a share of all kringen
	});
});

describe('expertteam_burnup', () => {
	it('cumulative hours per month against the formatie and the pro-rata pace', async () => {
		const r = (await registry.run('expertteam_burnup', { schooljaar: '2023-2024', vandaag: '2024-09-01' }, FULL_SCOPE)).rows;
		expect(r).toHaveLength(12);
		expect(r[0]).toMatchObject({
			maand: '2023-08-01',
			maand_einde: '2023-08-31',
			uren: 0,
			cumulatief_uren: 0,
			formatie_uren: 120,
			tempo_uren: expect.closeTo(10.2, 1)
		}); // 120 × 31/366
		// sep 2, okt 4, nov 8, feb 0,5 (leap day), mrt 2 + 4
		expect(r.map((x) => x.cumulatief_uren)).toEqual([
			0,
			2,
			6,
			14,
			14,
			14,
			expect.closeTo(14.5, 1),
			expect.closeTo(20.5, 1),
			expect.closeTo(20.5, 1),
			expect.closeTo(20.5, 1),
			expect.closeTo(20.5, 1),
			expect.closeTo(20.5, 1)
		]);
		expect(r[6]).toMatchObject({ maand: '2024-02-01', maand_einde: '2024-02-29', uren: expect.closeTo(0.5, 1), tempo_uren: expect.closeTo(69.8, 1) }); // 120 × 213/366
		expect(r[11]).toMatchObject({ maand_einde: '2024-07-31', tempo_uren: 120 });
	});

	it('per kring, and no cumulative figure after the peildatum', async () => {
		const r = (await registry.run('expertteam_burnup', { schooljaar: '2023-2024', kring: 'Kring Noord', vandaag: '2024-04-01' }, FULL_SCOPE)).rows;
		expect(r[0].formatie_uren).toBe(100);
		expect(r.map((x) => x.cumulatief_uren)).toEqual([0, 2, 6, 6, 6, 6, expect.closeTo(6.5, 1), expect.closeTo(6.5, 1), null, null, null, null]);
		expect(r[0].peildatum).toBe('2024-03-20');
	});
});

describe('expertteam_verdeling', () => {
	it('splits the hours by organisatie, expertise, activiteit and niveau', async () => {
		const r = (await registry.run('expertteam_verdeling', { schooljaar: '2023-2024' }, FULL_SCOPE)).rows;
		const get = (d: string, w: string) => r.find((x) => x.dimensie === d && x.waarde === w);
		expect(get('organisatie', 'SWV')).toMatchObject({ expertteam_uren: expect.closeTo(16.5, 1), aandeel_pct: expect.closeTo(80.5, 1) });
		expect(get('organisatie', 'AED')).toMatchObject({
			expertteam_uren: 4,
			aandeel_pct: expect.closeTo(19.5, 1),
			bereik: 20,
			uren_per_bereikte_leerling: expect.closeTo(0.2, 1)
		});
		expect(get('expertise', 'gedrag')).toMatchObject({ expertteam_uren: expect.closeTo(10.5, 1), aandeel_pct: expect.closeTo(51.2, 1) });
		expect(get('expertise', 'onbekend')).toMatchObject({ expertteam_uren: 4, aandeel_pct: expect.closeTo(19.5, 1) });
		expect(get('activiteit', 'begeleiding')).toMatchObject({ expertteam_uren: 8 });
		expect(get('activiteit', 'scholing')).toMatchObject({ expertteam_uren: expect.closeTo(0.5, 1), bereik: 0, uren_per_bereikte_leerling: null });
		expect(get('niveau', 'leerling')).toMatchObject({ expertteam_uren: 10, bereik: 2, uren_per_bereikte_leerling: 5 });
		expect(r.filter((x) => x.dimensie === 'niveau').reduce((s, x) => s + Number(x.expertteam_uren), 0)).toBeCloseTo(20.5, 1);
	});
});

describe('expertteam_scholen and school_expertteam', () => {
	it('per school; a bao school without hours while its kring has them is flagged, the sbo school is not', async () => {
		const r = Object.fromEntries((await registry.run('expertteam_scholen', { schooljaar: '2023-2024' }, FULL_SCOPE)).rows.map((x) => [x.school, x]));
		expect(r['11AA00']).toMatchObject({
			expertteam_uren: 6,
			leerlingen: 100,
			uren_per_100_leerlingen: 6,
			bereik: 21,
			aandeel_kring_pct: expect.closeTo(92.3, 1),
			geen_uren: false
		});
		expect(r['11DD00']).toMatchObject({ expertteam_uren: 0, geen_uren: true });
		expect(r['22CC00']).toMatchObject({ expertteam_uren: 0, geen_uren: false });
		expect(r['11BB00']).toMatchObject({ expertteam_uren: 12, aandeel_kring_pct: 100 });
	});

	it('one school next to its kring and the SWV', async () => {
		const r = (await registry.run('school_expertteam', { school: '11AA00', schooljaar: '2023-2024' }, FULL_SCOPE)).rows;
		expect(r).toEqual([
			expect.objectContaining({
				school: '11AA00',
				kring: 'Kring Noord',
				expertteam_uren: 6,
				bereik: 21,
				uren_per_100_leerlingen: 6,
				kring_uren_per_100_leerlingen: expect.closeTo(5.42, 2),
				swv_uren_per_100_leerlingen: expect.closeTo(6.83, 2)
			})
		]);
	});

	it('a school account sees only its own school and no per-school listing', async () => {
		const school = { role: 'school' as const, schools: ['11DD00'] };
		const own = await registry.run('school_expertteam', { schooljaar: '2023-2024' }, school);
		expect(own.rows[0].school).toBe('11DD00');
		await expect(async () => registry.run('school_expertteam', { school: '11AA00' }, school)).rejects.toThrow(/eigen school/);
		await expect(async () => registry.run('expertteam_scholen', {}, school)).rejects.toThrow(/schoolaccount/);
	});
});
