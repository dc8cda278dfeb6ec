/**
 * The financien and doelmatigheid queries against fixture-financien.ts, figures computed by hand.
 *
 * 2025: baten 8.400.000; lasten 24.000 + 15.000 + 5.000.000 + 3.061.000 = 8.100.000 → resultaat 300.000.
 *   Begroting baten 8.000.000 → realisatie 105,0 %; begroting lasten 20.000 + 4.000.000 + 3.000.000 =
 *   7.020.000 → 8.100.000 / 7.020.000 = 115,38 %. Schoolbudgetten 5.000.000 / 4.000.000 = 125,0 %.
 *   Signaleringswaarde max(0,035 × 8.400.000, 250.000) = 294.000; eigen vermogen 500.000 + 6.000 =
 *   506.000 → 212.000 boven. Shares: schoolbudgetten 5.000.000 / 8.100.000 = 61,73 %.
 *   TLVs on 1 februari: so 2, sbo 3 → afdracht per TLV so 24.000 / 2 = 12.000, sbo 15.000 / 3 = 5.000;
 *   leerlingen 2.000 → deelname so 0,10 %.
 * 2024: baten 6.000.000 → signaleringswaarde max(210.000, 250.000) = 250.000; eigen vermogen 206.000 →
 *   44.000 onder; no begroting → realisatie geen gegevens; no teldatum before 1 februari 2024.
 * Doelmatigheid 2024-2025 (ended A1–A5; A6 runs; A7 ended in 2023-2024): beëindigd 5, met vervolg 4
 *   (A4 unknown), basis A1 + A3 = 2 → 50,0 %, TLV A2 → 25,0 %, kosten 35.000 / 2 = 17.500.
 *   Kring Noord A1–A4: 3 known, 2 basis → 66,67 %, 1 TLV → 33,33 %, 32.000 / 2 = 16.000.
 *   Kring Zuid A5: 0 basis → 0,0 %, kosten per terug geen gegevens. School Een: A1, A2 → 50 %, 10.000.
 *   2023-2024: A7 → 100 %, 1.000.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE_FINANCIEN } from './fixture-financien';
import { FIXTURE_VO } from './fixture-vo';
import type { QueryRegistry } from '../../src/lib/server/queries';
import type { MonitorDb } from '../../src/lib/server/db';
import { FULL_SCOPE, type Scope } from '../../src/lib/server/roles';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE_FINANCIEN)));
afterAll(() => db.close());

describe('financien_jaren', () => {
	it('baten, lasten, resultaat, realisatie, reserve against the signaleringswaarde and afdracht per TLV', async () => {
		const r = (await registry.run('financien_jaren', {}, FULL_SCOPE)).rows;
		expect(r.map((x) => x.jaar)).toEqual([2024, 2025]);
		expect(r[1]).toMatchObject({
			baten: 8400000,
			lasten: 8100000,
			resultaat: 300000,
			begroting_baten: 8000000,
			begroting_lasten: 7020000,
			begroot_resultaat: 980000,
			realisatie_baten_pct: 105,
			eigen_vermogen: 506000,
			signaleringswaarde: 294000,
			reserve_boven_signalering: 212000,
			afdracht_so: 24000,
			afdracht_sbo: 15000,
			tlv_so: 2,
			tlv_sbo: 3,
			afdracht_per_tlv_so: 12000,
			afdracht_per_tlv_sbo: 5000,
			leerlingen: 2000
		});
		expect(r[1].realisatie_lasten_pct).toBeCloseTo(115.3846, 3);
		expect(r[1].deelname_so_pct).toBeCloseTo(0.1, 10);
		expect(r[0]).toMatchObject({
			baten: 6000000,
			resultaat: -100000,
			signaleringswaarde: 250000,
			reserve_boven_signalering: -44000,
			begroting_baten: null,
			realisatie_baten_pct: null,
			afdracht_so: null,
			afdracht_per_tlv_so: null,
			leerlingen: null
		});
	});
});

describe('financien_posten', () => {
	it('per post realised against begroot, and each post as a share of its baten or lasten', async () => {
		const r = (await registry.run('financien_posten', { jaar: '2025' }, FULL_SCOPE)).rows;
		expect(r.map((x) => `${x.kant}:${x.post}`)).toEqual([
			'baten:ondersteuningsbekostiging zwaar',
			'lasten:schoolbudgetten',
			'lasten:organisatie',
			'lasten:afdracht so',
			'lasten:afdracht sbo'
		]);
		const p = Object.fromEntries(r.map((x) => [x.post, x]));
		expect(p['schoolbudgetten']).toMatchObject({ realisatie: 5000000, begroting: 4000000, realisatie_pct: 125 });
		expect(p['schoolbudgetten'].aandeel_pct).toBeCloseTo(61.7284, 3);
		expect(p['afdracht so']).toMatchObject({ realisatie_pct: 120 });
		expect(p['afdracht sbo']).toMatchObject({ begroting: null, realisatie_pct: null });
		expect(p['ondersteuningsbekostiging zwaar']).toMatchObject({ realisatie_pct: 105, aandeel_pct: 100 });
		expect(r.filter((x) => x.kant === 'lasten').reduce((a, x) => a + Number(x.aandeel_pct ?? 0), 0)).toBeCloseTo(100, 9);
	});
});

describe('doelmatigheid', () => {
	it('terug naar basis, naar TLV and cost per pupil back to basis, for SWV, kring and school', async () => {
		const r = (await registry.run('doelmatigheid', {}, FULL_SCOPE)).rows;
		const find = (sj: string, niveau: string, key: string | null = null) =>
			r.find((x) => x.schooljaar === sj && x.niveau === niveau && (niveau === 'swv' || (niveau === 'kring' ? x.kring === key : x.school === key)))!;
		expect(find('2024-2025', 'swv')).toMatchObject({
			beeindigd: 5,
			met_vervolg: 4,
			terug_naar_basis: 2,
			naar_tlv: 1,
			terug_naar_basis_pct: 50,
			naar_tlv_pct: 25,
			kosten_beeindigd: 35000,
			kosten_per_terug_naar_basis: 17500
		});
		const noord = find('2024-2025', 'kring', 'Kring Noord');
		expect(noord).toMatchObject({ beeindigd: 4, met_vervolg: 3, kosten_per_terug_naar_basis: 16000 });
		expect(noord.terug_naar_basis_pct).toBeCloseTo(66.6667, 3);
		expect(noord.naar_tlv_pct).toBeCloseTo(33.3333, 3);
		expect(find('2024-2025', 'kring', 'Kring Zuid')).toMatchObject({ terug_naar_basis_pct: 0, naar_tlv_pct: 0, kosten_per_terug_naar_basis: null });
		expect(find('2024-2025', 'school', '11AA00')).toMatchObject({
			naam: 'Een',
			terug_naar_basis_pct: 50,
			naar_tlv_pct: 50,
			kosten_per_terug_naar_basis: 10000
		});
		expect(find('2023-2024', 'swv')).toMatchObject({ beeindigd: 1, terug_naar_basis_pct: 100, kosten_per_terug_naar_basis: 1000 });
	});

	it('for a schooljaar gives that schooljaar and the one before only, with the same figures', async () => {
		const alle = (await registry.run('doelmatigheid', {}, FULL_SCOPE)).rows;
		const jaren = (sj: string) => registry.run('doelmatigheid', { schooljaar: sj }, FULL_SCOPE).then((r) => r.rows);
		expect([...new Set(alle.map((x) => x.schooljaar))].sort()).toEqual(['2023-2024', '2024-2025']);
		expect(await jaren('2024-2025')).toEqual(alle);
		// 2023-2024 and the one before it (none): the rows of 2024-2025 are left out.
		expect(await jaren('2023-2024')).toEqual(alle.filter((x) => x.schooljaar === '2023-2024'));
		expect(await jaren('2025-2026')).toEqual(alle.filter((x) => x.schooljaar === '2024-2025'));
	});

	it('cost per arrangement per soort and naam', async () => {
		const r = (await registry.run('doelmatigheid_kosten', {}, FULL_SCOPE)).rows.filter((x) => x.schooljaar === '2024-2025');
		expect(r).toEqual([
			{ schooljaar: '2024-2025', soort: 'groep', naam: 'TOP-groep', arrangementen: 1, kosten: 20000, kosten_per_arrangement: 20000 },
			{ schooljaar: '2024-2025', soort: 'individueel', naam: 'Gedrag', arrangementen: 1, kosten: 3000, kosten_per_arrangement: 3000 },
			{ schooljaar: '2024-2025', soort: 'individueel', naam: 'Ind', arrangementen: 4, kosten: 17000, kosten_per_arrangement: 4250 }
		]);
	});
});

describe('who may read the SWV accounts', () => {
	it('refuses the school role in the registry (scope all)', async () => {
		const school: Scope = { role: 'school', schools: ['11AA00'] };
		await expect(async () => registry.run('financien_jaren', {}, school)).rejects.toMatchObject({ status: 403 });
	});
});

describe('doelmatigheid_uren_verwijzingen', () => {
	// School Een: 1.000 pupils each year; 2, 4, 6 TLVs → 2, 4, 6 per 1.000 → before 3 → change +3; 30 hours → 3,0 per 100.
	// School Twee: 500 pupils; 1, 0, 0 TLVs → 2, 0, 0 per 1.000 → before 1 → change −1; no hours → 0 (hours were booked).
	// The sbo school is left out; a school without three schooljaren of pupils too.
	it('hours per 100 pupils against the change in verwijzingen per 1.000', async () => {
		const tel = (d: string) => `${d},11AA,00,1000\n${d},11BB,00,500\n${d},22CC,00,100\n`;
		const tlv = (id: string, brin: string, besluit: string) => `${id},${id},sbo,,${brin},00,${besluit},${besluit},\n`;
		const { db: db2, registry: r2 } = await fixtureDb({
			'scholen.csv': FIXTURE_FINANCIEN['scholen.csv'],
			'telling.csv': `teldatum,brin,vestiging,leerlingen\n${tel('2022-10-01')}${tel('2023-10-01')}${tel('2024-10-01')}2024-10-01,33DD,00,400\n`,
			'tlv.csv':
				'tlv_id,leerling,soort,categorie,herkomst_brin,herkomst_vestiging,besluitdatum,ingangsdatum,einddatum\n' +
				['2022-11-01', '2023-03-01'].map((d, i) => tlv(`A${i}`, '11AA', d)).join('') +
				['2023-11-01', '2023-12-01', '2024-01-01', '2024-02-01'].map((d, i) => tlv(`B${i}`, '11AA', d)).join('') +
				['2024-09-01', '2024-10-01', '2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01'].map((d, i) => tlv(`C${i}`, '11AA', d)).join('') +
				tlv('D0', '11BB', '2022-12-01'),
			'expertteam_inzet.csv':
				'datum,kring,brin,vestiging,expert,organisatie,activiteit,uren\n' +
				[1, 2, 3].map((i) => `2024-10-0${i},Kring Noord,11AA,00,E1,SWV,consultatie,10\n`).join('')
		});
		try {
			const rows = (await r2.run('doelmatigheid_uren_verwijzingen', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows;
			expect(rows.map((x) => x.school)).toEqual(['11AA00', '11BB00']);
			expect(rows[0]).toMatchObject({
				naam: 'Een',
				uren_per_100_leerlingen: 3,
				verwijzingen_per_1000: 6,
				verwijzingen_per_1000_voorheen: 3,
				verandering_per_1000: 3
			});
			expect(rows[1]).toMatchObject({ uren_per_100_leerlingen: 0, verwijzingen_per_1000: 0, verwijzingen_per_1000_voorheen: 1, verandering_per_1000: -1 });
		} finally {
			db2.close();
		}
	});
});

/**
 * A VO SWV (issue 16; fixture-vo.ts with its accounts added): it pays an afdracht for the vso.
 * 1 februari 2025: vso-TLVs 350 open since 2023-08-01 + 100 from 2024-08-01 = 450 (the 50 ended
 * 2024-07-31); pupils at the teldatum before it (1 oktober 2024): vo 17.400 + pro 600 = 18.000 (the vso's
 * 500 not) → deelname vso 2,5 %; afdracht vso 4.500.000 / 450 = 10.000. 1 februari 2024: 350 + 50 = 400
 * of 19.000 + 1.000 = 20.000 → 2,0 %; 3.800.000 / 400 = 9.500.
 */
describe('financien_jaren in a VO SWV', () => {
	let vdb: MonitorDb;
	let vreg: QueryRegistry;
	beforeAll(async () => {
		({ db: vdb, registry: vreg } = await fixtureDb({
			...FIXTURE_VO,
			'financien.csv': `jaar,soort,post,bedrag
2024,baten,ondersteuningsbekostiging,19000000
2024,lasten,afdracht vso,3800000
2024,lasten,doorbetaling lwoo en pro,15000000
2025,baten,ondersteuningsbekostiging,20000000
2025,lasten,afdracht vso,4500000
2025,lasten,doorbetaling lwoo en pro,15300000
`
		}));
	});
	afterAll(() => vdb.close());

	// Hours against verwijzingen per vo and pro school (the vso not), 2024-2025 against the two schooljaren
	// before (1 oktober 2022 added: A 9.000, B 6.000, D 4.000, pro 1.000). Verwijzingen by herkomst: only the
	// 100 decided in September 2024 have one (A 60, B 37, D 3), so before 0 per 1.000. A: 100 h / 8.000 pupils
	// = 1,25 per 100, 60 / 8.000 = 7,5 per 1.000; B: 50 h / 6.000 = 0,83, 37 / 6.000 = 6,17; D: 0 h, 3 / 3.400
	// = 0,88; the pro school: 0 h, 0 of 600. Before, a VO SWV had no school here at all (bao only).
	it('sets hours against verwijzingen per vo and pro school', async () => {
		const { db: db3, registry: r3 } = await fixtureDb({
			...FIXTURE_VO,
			'telling.csv': `${FIXTURE_VO['telling.csv']}2022-10-01,31AA,00,9000,500\n2022-10-01,31BB,00,6000,0\n2022-10-01,33DD,00,4000,300\n2022-10-01,32CC,00,1000,\n2022-10-01,39VS,00,470,\n`
		});
		try {
			const rows = (await r3.run('doelmatigheid_uren_verwijzingen', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows;
			expect(rows.map((x) => x.school)).toEqual(['31BB00', '31AA00', '32CC00', '33DD00']);
			expect(rows[1]).toMatchObject({
				kring: 'Regio Noord',
				leerlingen: 8000,
				verwijzingen: 60,
				uren_per_100_leerlingen: 1.25,
				verwijzingen_per_1000: 7.5,
				verwijzingen_per_1000_voorheen: 0,
				verandering_per_1000: 7.5
			});
			expect(rows[0].uren_per_100_leerlingen).toBeCloseTo(50 / 60, 10);
			expect(rows[0].verwijzingen_per_1000).toBeCloseTo(37 / 6, 10);
			expect(rows[2]).toMatchObject({ naam: 'Praktijkschool Cuijk', uren_per_100_leerlingen: 0, verwijzingen_per_1000: 0, verandering_per_1000: 0 });
			expect(rows[3].verandering_per_1000).toBeCloseTo(3000 / 3400, 10);
		} finally {
			db3.close();
		}
	});

	it('gives the afdracht per vso-TLV on 1 februari and the deelname vso over the vo + pro pupils', async () => {
		const r = (await vreg.run('financien_jaren', {}, FULL_SCOPE)).rows;
		expect(r.map((x) => x.jaar)).toEqual([2024, 2025]);
		expect(r[1]).toMatchObject({ afdracht_vso: 4500000, tlv_vso: 450, afdracht_per_tlv_vso: 10000, leerlingen_vo: 18000, resultaat: 200000 });
		expect(r[1].deelname_vso_pct).toBeCloseTo(2.5, 10);
		expect(r[0]).toMatchObject({ afdracht_vso: 3800000, tlv_vso: 400, afdracht_per_tlv_vso: 9500, leerlingen_vo: 20000 });
		expect(r[0].deelname_vso_pct).toBeCloseTo(2, 10);
		// The PO figures have nothing to count here: no so-TLVs, no bao or sbo pupils.
		expect(r[1]).toMatchObject({ tlv_so: 0, afdracht_so: null, afdracht_per_tlv_so: null, leerlingen: null, deelname_so_pct: null });
	});
});
