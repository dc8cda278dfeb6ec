/**
 * The deelname, verwijzingen and arrangementen queries against tests/unit/fixture-deelname.ts,
 * every expected figure computed by hand (docs/cijfers.md definitions).
 *
 * Pupils (bao + sbo):         1 okt 2023: 114 + 76 + 0 + 10 = 200
 *                             1 okt 2024: 120 + 76 + 0 + 4 = 200   (Kring Noord 124, Kring Zuid 76)
 *                             1 feb 2025: 122 + 78 + 0 + 5 = 205
 * Schooljaar 2024-2025: reference teldatum 1 okt 2024 (its earliest). TLVs decided in it (1 aug 2024
 * – 31 jul 2025): T1 so 11AA, T5 so 11AA, T8 sbo 11BB, T9 so 11BB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { DEELNAME_FIXTURE } from './fixture-deelname';
import { QueryRegistry } from '../../src/lib/server/queries';
import { berekenVooraf } from '../../src/lib/server/vooraf';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import type { MonitorDb, Row } from '../../src/lib/server/db';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(DEELNAME_FIXTURE)));
afterAll(() => db.close());

const run = async (name: string, params: Record<string, string> = {}) => (await registry.run(name, params, FULL_SCOPE)).rows;
const by = (rows: Row[], key: string) => Object.fromEntries(rows.map((r) => [String(r[key]), r]));

describe('deelname_per_teldatum', () => {
	it('gives sbo and so per teldatum, 1 februari as its own series', async () => {
		const r = by(await run('deelname_per_teldatum'), 'teldatum');
		// 1 okt 2023: sbo 10/200 = 5,00%; so valid: T2, T4 → 2/200 = 1,00%; no sbo-TLV valid yet.
		expect(r['2023-10-01']).toMatchObject({
			leerlingen_bao: 190,
			leerlingen_sbo: 10,
			leerlingen_so: 2,
			deelname_sbo_pct: 5,
			deelname_so_pct: 1,
			deelname_sbo_tlv_pct: 0
		});
		// 1 okt 2024: T1 starts on it, T2 ends on it, T3 open, T6 is P1 again → P1, P2, P3 = 3/200 = 1,50%.
		// T4 ended the day before, T5 starts the day after. Sbo-TLV: T7 → 1/200 = 0,50%.
		expect(r['2024-10-01']).toMatchObject({
			teldatum_soort: 'oktober',
			leerlingen_so: 3,
			deelname_sbo_pct: 2,
			deelname_so_pct: expect.closeTo(1.5, 1),
			deelname_sbo_tlv_pct: expect.closeTo(0.5, 1),
			vorig_teldatum: '2023-10-01',
			vorig_deelname_sbo_pct: 5,
			vorig_deelname_so_pct: 1
		});
		// 1 feb 2025: sbo 5/205 = 2,439 → 2,44%; so P1, P3, P5 = 3/205 = 1,463 → 1,46%; sbo-TLV T7, T8 = 2/205 → 0,98%.
		// No 1 februari a year earlier: no previous value (never compared with 1 oktober).
		expect(r['2025-02-01']).toMatchObject({
			teldatum_soort: 'februari',
			leerlingen_bao: 200,
			leerlingen_sbo: 5,
			deelname_sbo_pct: expect.closeTo(2.44, 2),
			deelname_so_pct: expect.closeTo(1.46, 2),
			deelname_sbo_tlv_pct: expect.closeTo(0.98, 2),
			vorig_teldatum: null,
			vorig_deelname_sbo_pct: null
		});
	});

	it('per kring: a kring without sbo has no deelname sbo, and so counts pupils by herkomst', async () => {
		const zuid = by(await run('deelname_per_teldatum', { kring: 'Kring Zuid' }), 'teldatum');
		// Kring Zuid: 76 bao (11DD00 has 0), no sbo school → deelname sbo "geen gegevens".
		// So from 11BB: T2 valid on 1 okt 2024 (ends that day) → 1/76 = 1,316 → 1,32%.
		expect(zuid['2024-10-01']).toMatchObject({
			leerlingen_bao: 76,
			leerlingen_sbo: 0,
			deelname_sbo_pct: null,
			leerlingen_so: 1,
			deelname_so_pct: expect.closeTo(1.32, 2)
		});
		// 1 feb 2025: T8 (sbo, 11BB) valid → 1/78 = 1,28%.
		expect(zuid['2025-02-01']).toMatchObject({ deelname_so_pct: 0, deelname_sbo_tlv_pct: expect.closeTo(1.28, 2) });
		const noord = by(await run('deelname_per_teldatum', { kring: 'Kring Noord' }), 'teldatum');
		// Kring Noord: 120 + 4 = 124; sbo 4/124 = 3,23%; so from 11AA: only P1 → 1/124 = 0,81%.
		expect(noord['2024-10-01']).toMatchObject({ deelname_sbo_pct: expect.closeTo(3.23, 2), leerlingen_so: 1, deelname_so_pct: expect.closeTo(0.81, 2) });
	});
});

describe('verwijzingen', () => {
	it('per kring: TLVs by herkomst per 1000 pupils at the reference teldatum, ranked, with the SWV', async () => {
		const rows = await run('verwijzingen_per_kring', { schooljaar: '2024-2025' });
		// Zuid: T8 sbo + T9 so = 2 / 76 × 1000 = 26,3; Noord: T1 + T5 (so) = 2 / 124 × 1000 = 16,1; SWV 4 / 200 = 20,0.
		expect(rows.map((r) => r.kring)).toEqual(['Kring Zuid', 'Kring Noord']);
		expect(rows[0]).toMatchObject({
			referentie_teldatum: '2024-10-01',
			leerlingen: 76,
			tlv_sbo: 1,
			tlv_so: 1,
			verwijzingen_per_1000: expect.closeTo(26.3, 1),
			rang: 1,
			swv_verwijzingen_per_1000: 20
		});
		// Last year (2023-2024, 1 okt 2023): only T7 (sbo, 11AA) has a herkomst → Noord 1/124 = 8,1; Zuid 0; SWV 1/200 = 5,0.
		expect(rows[1]).toMatchObject({
			leerlingen: 124,
			tlv_sbo: 0,
			tlv_so: 2,
			verwijzingen_per_1000: expect.closeTo(16.1, 1),
			rang: 2,
			vorig_verwijzingen_per_1000: expect.closeTo(8.1, 1),
			vorig_swv_verwijzingen_per_1000: 5
		});
		expect(rows[0].vorig_verwijzingen_per_1000).toBe(0);
	});

	it('per school: a school with 0 pupils has no figure; the kring figure is a ratio of sums', async () => {
		const r = by(await run('verwijzingen_per_school', { schooljaar: '2024-2025' }), 'school');
		expect(r['11AA00']).toMatchObject({
			leerlingen: 120,
			tlv_so: 2,
			verwijzingen_per_1000: expect.closeTo(16.7, 1),
			kring_verwijzingen_per_1000: expect.closeTo(16.1, 1)
		}); // 2/120
		expect(r['11BB00']).toMatchObject({ leerlingen: 76, tlv_sbo: 1, tlv_so: 1, verwijzingen_per_1000: expect.closeTo(26.3, 1) });
		expect(r['11DD00']).toMatchObject({ leerlingen: 0, verwijzingen: 0, verwijzingen_per_1000: null, kring_verwijzingen_per_1000: expect.closeTo(26.3, 1) });
		expect(r['22CC00']).toMatchObject({ leerlingen: 4, verwijzingen_per_1000: 0 });
		expect(r['33EE00']).toBeUndefined(); // so schools refer no one
		const zuid = await run('verwijzingen_per_school', { schooljaar: '2024-2025', kring: 'Kring Zuid' });
		expect(zuid.map((x) => x.school)).toEqual(['11BB00', '11DD00']);
	});

	it('distribution of schools: anonymous values with P25, median and P75', async () => {
		const rows = await run('verwijzingen_verdeling', { schooljaar: '2024-2025' });
		// Schools with pupils: 0 (22CC), 16,667 (11AA), 26,316 (11BB); 11DD (0 pupils) left out.
		// P25 = 0 + 0,5 × 16,667 = 8,3; median 16,7; P75 = 16,667 + 0,5 × 9,649 = 21,5.
		expect(rows.map((r) => r.verwijzingen_per_1000)).toEqual([0, expect.closeTo(16.7, 1), expect.closeTo(26.3, 1)]);
		expect(rows[0]).toMatchObject({ p25: expect.closeTo(8.3, 1), mediaan: expect.closeTo(16.7, 1), p75: expect.closeTo(21.5, 1), scholen: 3 });
		expect(Object.keys(rows[0])).not.toContain('school');
		expect(Object.keys(rows[0])).not.toContain('naam');
	});

	it('distribution of schools: a vso-TLV is no verwijzing, so the values are those of the school table and the school page', async () => {
		// 22CC00 (sbo, 4 pupils) gets a vso-TLV decided in 2024-2025. Verwijzingen are TLVs sbo and so
		// (docs/cijfers.md): it stays at 0 of 4 = 0,0, not 1 of 4 = 250,0. The import refuses a vso-TLV in a
		// PO database; one written before that check is put in the database directly here.
		const { db: d } = await fixtureDb(DEELNAME_FIXTURE);
		try {
			await d.transaction(async (c) => {
				await c.run(`INSERT INTO tlv (tlv_id, leerling, soort, categorie, herkomst_brin, herkomst_vestiging, aanvraagdatum, besluitdatum, ingangsdatum, einddatum, geboortejaar)
					VALUES ('T20', 'P20', 'vso', 'laag', '22CC', '00', DATE '2024-10-01', DATE '2024-10-15', DATE '2024-11-01', NULL, 2012)`);
				await berekenVooraf(c);
			});
			const reg = new QueryRegistry(d);
			const sj = { schooljaar: '2024-2025' };
			const tabel = by((await reg.run('verwijzingen_per_school', sj, FULL_SCOPE)).rows, 'school');
			expect(tabel['22CC00']).toMatchObject({ leerlingen: 4, verwijzingen: 0, verwijzingen_per_1000: 0 });
			const spreiding = (await reg.run('verwijzingen_verdeling', sj, FULL_SCOPE)).rows;
			// 22CC 0 of 4, 11AA 2 of 120, 11BB 2 of 76: 0; 16,667; 26,316 → P25 8,3, median 16,7, P75 21,5
			// (with the vso-TLV counted: 16,667; 26,316; 250,0 → median 26,3).
			expect(spreiding.map((r) => r.verwijzingen_per_1000)).toEqual([0, expect.closeTo(16.667, 3), expect.closeTo(26.316, 3)]);
			expect(spreiding.map((r) => r.verwijzingen)).toEqual([0, 2, 2]);
			expect(spreiding[0]).toMatchObject({ p25: expect.closeTo(8.333, 3), mediaan: expect.closeTo(16.667, 3), p75: expect.closeTo(21.491, 3), scholen: 3 });
			const pagina = by((await reg.run('school_verwijzingen', { school: '22CC00' }, FULL_SCOPE)).rows, 'schooljaar');
			expect(pagina['2024-2025']).toMatchObject({ verwijzingen_per_1000: 0, scholen_mediaan: spreiding[0].mediaan, scholen_p25: spreiding[0].p25, scholen: 3 });
		} finally {
			d.close();
		}
	});

	it('one school per schooljaar next to its kring, the SWV and the distribution', async () => {
		const r = by(await run('school_verwijzingen', { school: '11AA00' }), 'schooljaar');
		// 2023-2024: T7 → 1/114 = 8,8; Noord 1/124 = 8,1; SWV 1/200 = 5,0; schools 0, 0, 8,772 → P25 0, median 0, P75 4,4.
		expect(r['2023-2024']).toMatchObject({
			leerlingen: 114,
			tlv_sbo: 1,
			verwijzingen_per_1000: expect.closeTo(8.8, 1),
			kring_verwijzingen_per_1000: expect.closeTo(8.1, 1),
			swv_verwijzingen_per_1000: 5,
			scholen_p25: 0,
			scholen_mediaan: 0,
			scholen_p75: expect.closeTo(4.4, 1),
			scholen: 3
		});
		expect(r['2024-2025']).toMatchObject({
			verwijzingen_per_1000: expect.closeTo(16.7, 1),
			kring_verwijzingen_per_1000: expect.closeTo(16.1, 1),
			swv_verwijzingen_per_1000: 20,
			scholen_p25: expect.closeTo(8.3, 1),
			scholen_mediaan: expect.closeTo(16.7, 1),
			scholen_p75: expect.closeTo(21.5, 1)
		});
	});

	it('TLVs per schooljaar: doorlooptijd without the missing aanvraagdatum, share of requests in May–July', async () => {
		const r = by(await run('tlv_per_schooljaar'), 'schooljaar');
		// 2024-2025: T1 45 days, T5 19, T9 30 (T8 has no aanvraagdatum) → P25 24,5, median 30, P75 37,5.
		// Requests dated in 2024-2025: T1 (aug), T5 (sep), T9 (jun) → 1 of 3 in May–July = 33,3%.
		expect(r['2024-2025']).toMatchObject({
			tlv_besluiten_sbo: 1,
			tlv_besluiten_so: 3,
			tlv_totaal: 4,
			verwijzingen: 4,
			leerlingen: 200,
			verwijzingen_per_1000: 20,
			doorlooptijd_p25: 24.5,
			doorlooptijd_mediaan: 30,
			doorlooptijd_p75: 37.5,
			zonder_aanvraagdatum: 1,
			aanvragen: 3,
			aanvragen_mei_juli: 1,
			aanvragen_mei_juli_pct: expect.closeTo(33.3, 1)
		});
		// 2023-2024: T3 (no herkomst) and T7 → 2 decisions, 1 with herkomst → 1/200 = 5,0; 27 and 31 days.
		expect(r['2023-2024']).toMatchObject({
			tlv_totaal: 2,
			verwijzingen: 1,
			verwijzingen_per_1000: 5,
			doorlooptijd_p25: 28,
			doorlooptijd_mediaan: 29,
			doorlooptijd_p75: 30,
			aanvragen_mei_juli_pct: 0
		});
		// 2022-2023 has no telling: no per-1000 figure ("geen gegevens"), never 0.
		expect(r['2022-2023']).toMatchObject({ tlv_totaal: 2, leerlingen: null, verwijzingen_per_1000: null, zonder_aanvraagdatum: 1, doorlooptijd_mediaan: 31 });
		const zuid = by(await run('tlv_per_schooljaar', { kring: 'Kring Zuid' }), 'schooljaar');
		expect(zuid['2024-2025']).toMatchObject({
			tlv_totaal: 2,
			leerlingen: 76,
			verwijzingen_per_1000: expect.closeTo(26.3, 1),
			doorlooptijd_mediaan: 30,
			zonder_aanvraagdatum: 1,
			aanvragen_mei_juli_pct: 100
		});
	});

	it('decisions per month, every month of the schooljaar', async () => {
		const rows = await run('tlv_per_maand', { schooljaar: '2024-2025' });
		expect(rows).toHaveLength(24); // 12 months × sbo/so
		const n = (m: string, s: string) => rows.find((r) => r.maand === m && r.soort === s)?.tlv;
		expect(n('2024-09-01', 'so')).toBe(2); // T1, T5
		expect(n('2024-11-01', 'sbo')).toBe(1); // T8
		expect(n('2025-07-01', 'so')).toBe(1); // T9
		expect(n('2025-01-01', 'so')).toBe(0);
	});

	it('TLVs ending in the months after the peildatum (the latest besluitdatum)', async () => {
		const rows = await run('tlv_aflopend');
		// Peildatum 10 jul 2025 (T9). Ending after it: T1 and T6 on 31 jul 2025 (so), T7 on 31 jul 2026 (sbo).
		expect(rows[0].peildatum).toBe('2025-07-10');
		expect(rows).toHaveLength(26); // jul 2025 … jul 2026, sbo and so
		expect(rows.find((r) => r.maand === '2025-07-01' && r.soort === 'so')?.tlv).toBe(2);
		expect(rows.find((r) => r.maand === '2026-07-01' && r.soort === 'sbo')?.tlv).toBe(1);
		expect(rows[0].tlv_totaal).toBe(3);
	});
});

describe('so samenstelling and instroom', () => {
	it('so pupils by categorie (newest TLV) and age on 31 December of the teldatum year', async () => {
		const rows = await run('so_samenstelling', { schooljaar: '2024-2025' });
		const g = (t: string, i: string, grp: string) => rows.find((r) => r.teldatum === t && r.indeling === i && r.groep === grp);
		// 1 okt 2024: P1 (T1 laag), P2 (midden), P3 (hoog) → 1 each of 3 = 33,3%.
		expect(g('2024-10-01', 'categorie', 'laag')).toMatchObject({ leerlingen: 1, leerlingen_so: 3, aandeel_pct: expect.closeTo(33.3, 1) });
		expect(g('2024-10-01', 'categorie', 'midden')).toMatchObject({ leerlingen: 1 });
		// Ages on 31 dec 2024: P1 2016 → 8, P2 2015 → 9, P3 2017 → 7 → under 8: 1, 8 and older: 2 (66,7%).
		expect(g('2024-10-01', 'leeftijd', 'jonger dan 8')).toMatchObject({ leerlingen: 1 });
		expect(g('2024-10-01', 'leeftijd', '8 en ouder')).toMatchObject({ leerlingen: 2, aandeel_pct: expect.closeTo(66.7, 1) });
		// 1 feb 2025: P1 (laag), P3 (hoog), P5 (laag) → laag 2, midden 0 (0,0%), hoog 1. On 31 dec 2025 P3 is 8, P5 is 7.
		expect(g('2025-02-01', 'categorie', 'laag')).toMatchObject({ leerlingen: 2, aandeel_pct: expect.closeTo(66.7, 1) });
		expect(g('2025-02-01', 'categorie', 'midden')).toMatchObject({ leerlingen: 0, aandeel_pct: 0 });
		expect(g('2025-02-01', 'leeftijd', 'jonger dan 8')).toMatchObject({ leerlingen: 1 });
		expect(g('2025-02-01', 'leeftijd', '8 en ouder')).toMatchObject({ leerlingen: 2 });
	});

	it('instroom: new TLVs per schooljaar by soort, the national inflow labelled beside it', async () => {
		const r = by(await run('instroom'), 'schooljaar');
		expect(r['2022-2023']).toMatchObject({ instroom_sbo: 0, instroom_so: 1, landelijk_instroom_sbo: 7150, landelijk_instroom_so: 6642 }); // 1419 + 5731, 3118 + 3524
		expect(r['2023-2024']).toMatchObject({ instroom_sbo: 0, instroom_so: 3, landelijk_instroom_sbo: 7385, landelijk_instroom_so: 7051 });
		expect(r['2024-2025']).toMatchObject({ instroom_sbo: 2, instroom_so: 2, landelijk_instroom_sbo: null });
		expect(r['2025-2026']).toMatchObject({ instroom_so: 1 });
		expect(String(r['2022-2023'].landelijk_bron)).toContain('OCW');
	});
});

describe('arrangementen', () => {
	it('rugzak % per teldatum with the kind that dominates', async () => {
		const r = by(await run('arrangementen_per_teldatum'), 'teldatum');
		// 1 okt 2023: A7 (individueel, bao) → 1/200 = 0,50%.
		expect(r['2023-10-01']).toMatchObject({
			leerlingen_rugzak: 1,
			rugzak_pct: expect.closeTo(0.5, 2),
			met_rugzak: 0,
			soort_label: 'vooral individueel arrangement'
		});
		// 1 okt 2024: P10 (A1 and A5, rugzak), P11 (A2 starts on the teldatum), P13 (A6); A3 is at the sbo → 3/200 = 1,50%.
		expect(r['2024-10-01']).toMatchObject({ leerlingen_rugzak: 3, met_rugzak: 1, met_individueel: 2, rugzak_pct: expect.closeTo(1.5, 1) });
		// 1 feb 2025: P10 and P11 → 2/205 = 0,98%; rugzak 1 = individueel 1 → "vooral rugzak".
		expect(r['2025-02-01']).toMatchObject({ leerlingen_rugzak: 2, rugzak_pct: expect.closeTo(0.98, 2), soort_label: 'vooral rugzak' });
	});

	it('agrees with kerncijfers on rugzak_pct', async () => {
		const k = by(await run('kerncijfers'), 'teldatum');
		expect(k['2024-10-01'].rugzak_pct).toBeCloseTo(1.5, 1);
	});

	it('active arrangements per soort and naam; group arrangements have no pupil count', async () => {
		const rows = await run('arrangementen_actief', { schooljaar: '2024-2025' });
		const a = (t: string, naam: string) => rows.find((r) => r.teldatum === t && r.naam === naam);
		expect(a('2024-10-01', 'Rugzak')).toMatchObject({ soort: 'rugzak', arrangementen: 2, leerlingen: 1 });
		expect(a('2024-10-01', 'Gedrag')).toMatchObject({ arrangementen: 2, leerlingen: 2 });
		expect(a('2024-10-01', 'Leren')).toMatchObject({ arrangementen: 1 });
		expect(a('2024-10-01', 'TOP-groep')).toMatchObject({ soort: 'groep', arrangementen: 1, leerlingen: null });
		expect(a('2025-02-01', 'Leren')).toBeUndefined(); // A6 ended 30 nov 2024
	});

	it('cost per schooljaar of the startdatum', async () => {
		const rows = await run('arrangementen_kosten');
		const k = (sj: string, soort: string) => rows.find((r) => r.schooljaar === sj && r.soort === soort);
		expect(k('2023-2024', 'individueel')).toMatchObject({ arrangementen: 1, kosten: 3000 });
		expect(k('2024-2025', 'individueel')).toMatchObject({ arrangementen: 3, kosten: 6500, kosten_per_arrangement: expect.closeTo(2166.67, 2) });
		expect(k('2024-2025', 'rugzak')).toMatchObject({ arrangementen: 2, kosten: 5000, kosten_per_arrangement: 2500 });
		expect(k('2024-2025', 'groep')).toMatchObject({ kosten: 20000 });
	});

	it('process figures: start within 2 weeks, evaluation within 13 weeks', async () => {
		const r = by(await run('arrangementen_proces'), 'schooljaar');
		// 2023-2024: A7 started after exactly 14 days and was evaluated after exactly 91 days: both on time.
		expect(r['2023-2024']).toMatchObject({ arrangementen: 1, start_binnen_2_weken_pct: 100, evaluatie_op_tijd_pct: 100 });
		// 2024-2025: with a MDO date A1 (12 d ✓), A2 (30 ✗), A3 (0 ✓), A4 (31 ✗), A5 (12 ✓) → 3/5 = 60,0%; A6 has none.
		// Ran ≥ 13 weeks (open ones until the peildatum 15 jan 2025): A1, A2 (106 d), A3 (136 d), A4, A5; A6 ran 60 days.
		// Evaluated within 91 days: A1 (80), A4 (91), A5 (80) → 3/5 = 60,0%.
		expect(r['2024-2025']).toMatchObject({
			arrangementen: 6,
			met_aanvraagdatum: 5,
			zonder_aanvraagdatum: 1,
			binnen_2_weken: 3,
			start_binnen_2_weken_pct: 60,
			liepen_13_weken: 5,
			op_tijd_geevalueerd: 3,
			evaluatie_op_tijd_pct: 60,
			peildatum: '2025-01-15'
		});
	});

	it('lists the late arrangements without pupil codes', async () => {
		const rows = await run('arrangementen_te_laat', { schooljaar: '2024-2025' });
		expect(rows.map((r) => r.arrangement_id)).toEqual(['A3', 'A4', 'A2']);
		expect(rows[0].reden).toBe('geen evaluatie na 13 weken');
		expect(rows[1].reden).toBe('start later dan 2 weken na het MDO');
		expect(rows[2].reden).toBe('start later dan 2 weken na het MDO; evaluatie later dan 13 weken');
		expect(Object.keys(rows[0])).not.toContain('leerling');
		expect(JSON.stringify(rows)).not.toMatch(/P1\d/);
	});

	it('per kring and per school at the reference teldatum', async () => {
		const k = by(await run('arrangementen_per_kring', { schooljaar: '2024-2025' }), 'kring');
		// Noord: P10 and P13 at 11AA → 2/124 = 1,61%; running A1, A3, A4, A5, A6 = 5 (1 group); cost 4000 + 2500 + 20000 + 1000 + 1500.
		expect(k['Kring Noord']).toMatchObject({
			leerlingen: 124,
			leerlingen_rugzak: 2,
			rugzak_pct: expect.closeTo(1.61, 2),
			arrangementen: 5,
			groepsarrangementen: 1,
			kosten: 29000
		});
		expect(k['Kring Zuid']).toMatchObject({ leerlingen: 76, leerlingen_rugzak: 1, rugzak_pct: expect.closeTo(1.32, 2), arrangementen: 1, kosten: 2500 });
		expect(k['Kring Noord']).toMatchObject({ swv_rugzak_pct: expect.closeTo(1.5, 1), swv_kosten: 31500 });
		const s = by(await run('arrangementen_per_school', { schooljaar: '2024-2025' }), 'school');
		expect(s['11AA00']).toMatchObject({ leerlingen_rugzak: 2, rugzak_pct: expect.closeTo(1.67, 2), arrangementen: 4, kosten: 26500 });
		expect(s['11DD00']).toMatchObject({ leerlingen: 0, rugzak_pct: null });
		expect(s['22CC00']).toMatchObject({ rugzak_pct: null, arrangementen: 1 }); // sbo: not in rugzak_pct
	});

	it('one school next to its kring and the SWV', async () => {
		const r = by(await run('school_arrangementen', { school: '11AA00' }), 'schooljaar');
		// 11AA00 2024-2025: start on time A1, A5 of A1, A4, A5 → 66,7%; kring adds A3 (✓) → 3/4 = 75,0%; SWV 60,0%.
		// Evaluated on time: A1, A4, A5 of 3 → 100%; kring adds A3 (not evaluated) → 75,0%; SWV 60,0%.
		expect(r['2024-2025']).toMatchObject({
			rugzak_pct: expect.closeTo(1.67, 2),
			kring_rugzak_pct: expect.closeTo(1.61, 2),
			swv_rugzak_pct: expect.closeTo(1.5, 1),
			arrangementen: 4,
			kosten: 26500,
			start_binnen_2_weken_pct: expect.closeTo(66.7, 1),
			kring_start_binnen_2_weken_pct: 75,
			swv_start_binnen_2_weken_pct: 60,
			evaluatie_op_tijd_pct: 100,
			kring_evaluatie_op_tijd_pct: 75,
			swv_evaluatie_op_tijd_pct: 60
		});
	});
});

describe('scopes and empty data', () => {
	it('per-school lists are not for a school account; one school is only its own', async () => {
		const school = { role: 'school' as const, schools: ['11BB00'] };
		const as = (name: string, params: Record<string, string> = {}) => Promise.resolve().then(() => registry.run(name, params, school));
		await expect(as('verwijzingen_per_school')).rejects.toMatchObject({ status: 403 });
		await expect(as('arrangementen_te_laat')).rejects.toMatchObject({ status: 403 });
		await expect(as('school_verwijzingen', { school: '11AA00' })).rejects.toMatchObject({ status: 403 });
		const own = await registry.run('school_verwijzingen', {}, school);
		expect(own.rows.every((r) => r.school === '11BB00')).toBe(true);
	});

	it('a database without TLVs and arrangements gives "geen gegevens", not 0 or NaN', async () => {
		const { db: empty, registry: reg } = await fixtureDb({
			'scholen.csv': DEELNAME_FIXTURE['scholen.csv'],
			'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2024-10-01,11AA,00,0\n2024-10-01,22CC,00,0\n'
		});
		const k = await reg.run('verwijzingen_per_kring', { schooljaar: '2024-2025' }, FULL_SCOPE);
		expect(k.rows.every((r) => r.verwijzingen_per_1000 === null)).toBe(true);
		const t = await reg.run('tlv_per_schooljaar', {}, FULL_SCOPE);
		expect(t.rows).toHaveLength(0);
		const a = await reg.run('arrangementen_per_teldatum', {}, FULL_SCOPE);
		expect(a.rows[0]).toMatchObject({ rugzak_pct: null, soort_label: null });
		expect((await reg.run('tlv_aflopend', {}, FULL_SCOPE)).rows).toHaveLength(0);
		expect((await reg.run('verwijzingen_verdeling', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows).toHaveLength(0);
		empty.close();
	});
});
