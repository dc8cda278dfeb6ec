/**
 * VO figures (issue 16, docs/cijfers.md) against the hand-computable fixture of fixture-vo.ts.
 *
 * 1 oktober 2024: vo 8.000 + 6.000 + 3.400 = 17.400, pro 600: the denominator is 18.000 (vso not in it).
 * 450 pupils hold a valid vso-TLV: 450 of 18.000 is 2,50 %; pro 600 of 18.000 is 3,33 %; lwoo 360 + 180
 * = 540 of 18.000 is 3,00 %. 1 oktober 2023: 19.000 + 1.000 = 20.000; vso 400 → 2,00 %, pro 1.000 →
 * 5,00 %, lwoo 500 + 300 = 800 → 4,00 %.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE, type Scope } from '../../src/lib/server/roles';
import { HIDDEN, SUPPRESSED } from '../../src/lib/format';
import { FIXTURE_VO } from './fixture-vo';
import { fixtureDb } from './helpers';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE_VO)));
afterAll(() => db.close());

describe('kerncijfers of a VO database', () => {
	it('carries deelname_vso_pct, deelname_pro_pct and deelname_lwoo_pct on 1 oktober, with vorig jaar', async () => {
		const r = await registry.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE);
		expect(r.rows).toHaveLength(1);
		const row = r.rows[0];
		expect(row).toMatchObject({
			teldatum: '2024-10-01',
			teldatum_soort: 'oktober',
			leerlingen_vo: 17400,
			leerlingen_pro: 600,
			leerlingen_lwoo: 540,
			leerlingen_vso: 450,
			deelname_vso_pct: 2.5, // 450 of 18.000
			deelname_lwoo_pct: 3.0, // 540 of 18.000
			vorig_teldatum: '2023-10-01',
			vorig_leerlingen_vo: 19000,
			vorig_leerlingen_pro: 1000,
			vorig_leerlingen_lwoo: 800,
			vorig_leerlingen_vso: 400,
			vorig_deelname_vso_pct: 2.0, // 400 of 20.000
			vorig_deelname_pro_pct: 5.0, // 1.000 of 20.000
			vorig_deelname_lwoo_pct: 4.0 // 800 of 20.000
		});
		expect(row.deelname_pro_pct).toBeCloseTo(100 / 30, 10); // 600 of 18.000 = 3,33 %
	});

	it('has no PO deelname in a VO database: no denominator, geen gegevens', async () => {
		const row = (await registry.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows[0];
		expect(row.leerlingen_bao).toBe(0);
		expect(row.deelname_sbo_pct).toBeNull();
		expect(row.deelname_so_pct).toBeNull();
	});
});

describe('national VO figures', () => {
	it('has none with the definition: the landelijk columns are NULL, the vso counts are there under their own definition', async () => {
		const row = (await registry.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows[0];
		expect(row).toMatchObject({ landelijk_deelname_vso_pct: null, landelijk_deelname_pro_pct: null, landelijk_deelname_lwoo_pct: null });
		// Nor the primary school's national figures (sbo 2,6 % in 2013): they are not a VO SWV's to compare with.
		expect(row).toMatchObject({ landelijk_deelname_sbo_pct: null, landelijk_deelname_so_pct: null, landelijk_rugzak_pct: null, landelijk_bron: null });
		const ref = await db.query(`SELECT jaar, waarde, zelfde_definitie, bron FROM referentie_landelijk WHERE indicator = 'leerlingen_vso' ORDER BY jaar`);
		expect(ref.rows.map((r) => `${r.jaar} ${r.waarde} ${r.zelfde_definitie}`)).toEqual([
			'2014 39884 false',
			'2015 38550 false',
			'2016 37917 false',
			'2017 37611 false'
		]);
		expect(String(ref.rows[0].bron)).toMatch(/aob\.nl/);
	});
});

describe('vo_deelname_per_kring', () => {
	it('is asked for one schooljaar: without it the VO per-regio, per-school and vaste-AB figures are refused with the fix (before: the newest year, silently)', () => {
		for (const q of ['vo_deelname_per_kring', 'vo_deelname_per_school', 'vo_ab_per_school'])
			expect(() => registry.run(q, {}, FULL_SCOPE), q).toThrow(/Kies een schooljaar/);
	});

	it('gives each regio its vo, pro, lwoo and vso (by herkomst) against vorig jaar', async () => {
		const r = await registry.run('vo_deelname_per_kring', { schooljaar: '2024-2025' }, FULL_SCOPE);
		expect(r.rows.map((x) => x.kring)).toEqual(['Regio Noord', 'Regio Zuid']);
		const [noord, zuid] = r.rows;
		// Noord: 8.000 + 6.000 vo, no pro; lwoo 360; vso from A 60 + B 37 = 97.
		expect(noord).toMatchObject({
			teldatum: '2024-10-01',
			leerlingen_vo: 14000,
			leerlingen_pro: 0,
			leerlingen_lwoo: 360,
			leerlingen_vso: 97,
			deelname_pro_pct: 0,
			scholen: 2
		});
		expect(noord.deelname_vso_pct).toBeCloseTo((100 * 97) / 14000, 10); // 0,69 %
		expect(noord.deelname_lwoo_pct).toBeCloseTo((100 * 360) / 14000, 10); // 2,57 %
		// Zuid: 3.400 vo + 600 pro = 4.000; pro 15,00 %, lwoo 180 → 4,50 %, vso 3 → 0,075 %.
		expect(zuid).toMatchObject({
			leerlingen_vo: 3400,
			leerlingen_pro: 600,
			leerlingen_lwoo: 180,
			leerlingen_vso: 3,
			deelname_pro_pct: 15,
			deelname_lwoo_pct: 4.5,
			deelname_vso_pct: 0.075
		});
		// 1 oktober 2023: Zuid 4.000 + 1.000 = 5.000; pro 20,00 %, lwoo 300 → 6,00 %; no vso-TLV with herkomst yet.
		expect(zuid).toMatchObject({
			vorig_teldatum: '2023-10-01',
			vorig_leerlingen_vo: 4000,
			vorig_leerlingen_pro: 1000,
			vorig_deelname_pro_pct: 20,
			vorig_deelname_lwoo_pct: 6,
			vorig_deelname_vso_pct: 0
		});
	});
});

describe("vo_deelname_per_kring: the regio's place (rang of rang_van)", () => {
	it('ranks by deelname vso: Noord 0,69 % is 1 of 2, Zuid 0,075 % is 2 of 2', async () => {
		const r = await registry.run('vo_deelname_per_kring', { schooljaar: '2024-2025' }, FULL_SCOPE);
		expect(r.rows.map((x) => [x.kring, x.rang, x.rang_van])).toEqual([
			['Regio Noord', 1, 2],
			['Regio Zuid', 2, 2]
		]);
	});

	it('keeps every regio in the count for a school account that sees only its own regio (before: plaats 1 van de 1)', async () => {
		// Three regio's of 5 vo schools of 100 pupils (500 per regio), each school in the schooljaar's
		// telling; vso-TLVs valid on 1 oktober 2024 from A 10 (2,00 %), B 5 (1,00 %), C 2 (0,40 %).
		const regios = ['A', 'B', 'C'];
		const brin = (regio: string, i: number) => `${40 + i}${regio}${regio}`;
		const vso = { A: 10, B: 5, C: 2 } as Record<string, number>;
		const { db: rdb, registry: rreg } = await fixtureDb({
			'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring,bestuur\n${regios
				.flatMap((g) => [0, 1, 2, 3, 4].map((i) => `${brin(g, i)},00,School ${g}${i},vo,Oss,Regio ${g},Stichting VO`))
				.join('\n')}\n`,
			'telling.csv': `teldatum,brin,vestiging,leerlingen,lwoo\n${regios
				.flatMap((g) => [0, 1, 2, 3, 4].map((i) => `2024-10-01,${brin(g, i)},00,100,0`))
				.join('\n')}\n`,
			'tlv.csv': `tlv_id,leerling,soort,categorie,herkomst_brin,herkomst_vestiging,aanvraagdatum,besluitdatum,ingangsdatum,einddatum\n${regios
				.flatMap((g) => Array.from({ length: vso[g] }, (_, i) => `T${g}${i},L${g}${i},vso,laag,${brin(g, 0)},00,2024-05-01,2024-06-01,2024-08-01,`))
				.join('\n')}\n`
		});
		try {
			const alle = await rreg.run('vo_deelname_per_kring', { schooljaar: '2024-2025' }, FULL_SCOPE);
			expect(alle.rows.map((x) => [x.kring, x.deelname_vso_pct, x.rang, x.rang_van])).toEqual([
				['Regio A', 2, 1, 3],
				['Regio B', 1, 2, 3],
				['Regio C', 0.4, 3, 3]
			]);
			// A school of Regio B sees only its own regio: still 2 of the 3.
			const school = await rreg.run('vo_deelname_per_kring', { schooljaar: '2024-2025' }, { role: 'school', schools: [`${brin('B', 1)}00`] });
			expect(school.rows).toEqual([expect.objectContaining({ kring: 'Regio B', leerlingen_vso: 5, rang: 2, rang_van: 3 })]);
			// A school of Regio C: its 2 vso pupils read "<5", and its rate and place are hidden with them.
			const c = await rreg.run('vo_deelname_per_kring', { schooljaar: '2024-2025' }, { role: 'school', schools: [`${brin('C', 1)}00`] });
			expect(c.rows).toEqual([expect.objectContaining({ kring: 'Regio C', leerlingen_vso: SUPPRESSED, deelname_vso_pct: HIDDEN, rang: HIDDEN })]);
		} finally {
			rdb.close();
		}
	});
});

describe('vo_deelname_per_school and vo_school_deelname', () => {
	it('give each vo and pro school its lwoo, vso and vso-TLVs over its own pupils', async () => {
		const r = await registry.run('vo_deelname_per_school', { schooljaar: '2024-2025' }, FULL_SCOPE);
		const by = Object.fromEntries(r.rows.map((x) => [x.school, x]));
		expect(Object.keys(by).sort()).toEqual(['31AA00', '31BB00', '32CC00', '33DD00']); // not the vso school
		// A: 360 lwoo of 8.000 is 4,50 %; 60 vso of 8.000 is 0,75 %; 60 TLVs per 8.000 is 7,5 per 1.000.
		expect(by['31AA00']).toMatchObject({
			leerlingen: 8000,
			leerlingen_lwoo: 360,
			deelname_lwoo_pct: 4.5,
			leerlingen_vso: 60,
			deelname_vso_pct: 0.75,
			tlv_vso: 60,
			vso_tlv_per_1000: 7.5
		});
		// vorig jaar: 500 of 9.000 lwoo; no vso-TLV came from A yet.
		expect(by['31AA00'].vorig_deelname_lwoo_pct).toBeCloseTo((100 * 500) / 9000, 10);
		expect(by['31AA00']).toMatchObject({ vorig_leerlingen_vso: 0, vorig_tlv_vso: 0 });
		// The pro school has no lwoo (a vo column): geen gegevens, not 0.
		expect(by['32CC00']).toMatchObject({ leerlingen: 600, leerlingen_lwoo: null, deelname_lwoo_pct: null, leerlingen_vso: 0 });
	});

	it('show a school account "<5" for 1–4 vso pupils, and hide the rate built on them', async () => {
		const school: Scope = { role: 'school', schools: ['33DD00'] };
		const r = await registry.run('vo_school_deelname', { school: '33DD00' }, school);
		const nu = r.rows.find((x) => x.teldatum === '2024-10-01')!;
		expect(nu).toMatchObject({ leerlingen: 3400, leerlingen_lwoo: 180, leerlingen_vso: SUPPRESSED, tlv_vso: SUPPRESSED, deelname_vso_pct: HIDDEN });
		expect(nu.deelname_lwoo_pct).toBeCloseTo((100 * 180) / 3400, 10); // 5,29 %
		const full = await registry.run('vo_school_deelname', { school: '33DD00' }, FULL_SCOPE);
		expect(full.rows.find((x) => x.teldatum === '2024-10-01')).toMatchObject({ leerlingen_vso: 3, tlv_vso: 3 });
	});
});

describe('vo_tlv_vso', () => {
	it('counts vso-TLVs per schooljaar of the besluit, per categorie, with their doorlooptijd', async () => {
		const r = await registry.run('vo_tlv_vso', {}, FULL_SCOPE);
		expect(r.rows.map((x) => x.schooljaar)).toEqual(['2022-2023', '2024-2025']);
		// 2022-2023: the 400 older TLVs, none with a herkomstschool; all took 31 days.
		expect(r.rows[0]).toMatchObject({ tlv_vso: 400, verwijzingen: 0, zonder_herkomst: 400, tlv_midden: 350, tlv_laag: 50, doorlooptijd_mediaan: 31 });
		// 2024-2025: 100, all with herkomst; 70 laag, 20 midden, 10 hoog; 30 × 20, 40 × 40, 30 × 60 days.
		expect(r.rows[1]).toMatchObject({
			tlv_vso: 100,
			verwijzingen: 100,
			zonder_herkomst: 0,
			tlv_laag: 70,
			tlv_midden: 20,
			tlv_hoog: 10,
			tlv_categorie_onbekend: 0,
			doorlooptijd_p25: 20,
			doorlooptijd_mediaan: 40,
			doorlooptijd_p75: 60,
			met_aanvraagdatum: 100,
			leerlingen: 18000
		});
		expect(r.rows[1].vso_verwijzingen_per_1000).toBeCloseTo((1000 * 100) / 18000, 10); // 5,6 per 1.000
	});

	it('with a kring counts the TLVs that came from its schools', async () => {
		const r = await registry.run('vo_tlv_vso', { kring: 'Regio Zuid' }, FULL_SCOPE);
		// D sent 3 (all hoog, 60 days) over 3.400 vo + 600 pro: 0,75 per 1.000.
		expect(r.rows).toEqual([
			expect.objectContaining({ schooljaar: '2024-2025', tlv_vso: 3, tlv_hoog: 3, doorlooptijd_mediaan: 60, leerlingen: 4000, vso_verwijzingen_per_1000: 0.75 })
		]);
	});
});

describe('thuiszitters of a VO database', () => {
	it('counts per 1.000 leerlingen vo + pro on the reference teldatum (was bao + sbo: none in VO)', async () => {
		const { db: tdb, registry: treg } = await fixtureDb({
			...FIXTURE_VO,
			// Three meldingen running on 1 oktober 2024 (one of them a vrijstelling, which does not count), one ended before.
			'verzuim.csv': `melding_id,leerling,gemeente,brin,vestiging,soort,startdatum,einddatum,reden,uitkomst
V1,L1,Oss,31AA,00,absoluut,2024-09-02,,psychisch,
V2,L2,Uden,31BB,00,langdurig_relatief,2024-05-01,2024-12-01,gedrag,terug_naar_school
V3,L3,Oss,,,vrijstelling_5a,2024-01-01,,,
V4,L4,Oss,33DD,00,absoluut,2024-03-01,2024-06-01,gedrag,passende_plek
`
		});
		try {
			const row = (await treg.run('thuiszitters_peildatum', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows[0];
			// 2 thuiszitters over 17.400 vo + 600 pro = 18.000: 0,111 per 1.000; L2 began 153 days before: langer dan 3 maanden.
			expect(row).toMatchObject({ leerlingen: 18000, thuiszitters: 2, langer_3_maanden: 1, vrijstelling_5a: 1 });
			expect(row.thuiszitters_per_1000).toBeCloseTo(2000 / 18000, 10);
		} finally {
			tdb.close();
		}
	});
});
