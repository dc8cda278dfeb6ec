/**
 * The jaarverslag's figures against the small fixture (tests/unit/fixture.ts), computed by hand, and
 * the sentences the report writes from them.
 *
 * 1 oktober 2024: Kring Noord = 11AA00 (bao, 120) + 22CC00 (sbo, 4) → 124 pupils; Kring Zuid = 11BB00
 * (76) + 11DD00 (0) → 76. So-TLVs by herkomst: P1 (T1 and T6, 11AA00 → Noord, counted once), P2 (T2,
 * 11BB00 → Zuid), P3 (T3, no herkomst → SWV only). So Noord 1 / 124 = 0,81 %, Zuid 1 / 76 = 1,32 %,
 * SWV 3 / 200 = 1,50 %.
 * Verwijzingen 2024-2025 (besluitdatum 1 aug 2024 … 31 jul 2025): T1 and T5 (so, 11AA00) → SWV 2 per
 * 200 pupils = 10,0 per 1.000; Noord 2 / 124 → 16,1; school 11AA00 2 / 120 → 16,7.
 * Arrangementen started in 2024-2025: A1…A5 (5); within 14 days of the MDO: A1 (12 days), A3 (0),
 * A5 (12) → 3 / 5 = 60 %; Noord (A1, A3, A4, A5): 3 / 4 = 75 %.
 * Expertteam (added below): SWV 3 + 2 + 5 = 10 hours of 10 formatie → 100 %; Noord 5 / 10 → 50 %;
 * Zuid 5 hours of formatie 0 → no benutting (zero denominator).
 * Budget (added below): SWV besteed 9.000 − 500 + 7.600 = 16.100 of 19.600 → 82,1 %; Noord 8.500 / 12.000 → 70,8 %.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb, importInto } from './helpers';
import { FIXTURE } from './fixture';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import { opslaan, type Actor } from '../../src/lib/server/toelichtingen';
import { getoond, sectieVan, vertelLocatie, vertelMetric } from '../../src/lib/jaarverslag';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => {
	({ db, registry } = await fixtureDb(FIXTURE));
	const report = await importInto(db, {
		'expertteam_inzet.csv': `datum,kring,brin,vestiging,expert,organisatie,expertise,activiteit,niveau,uren,leerlingen
2024-09-10,Kring Noord,11AA,00,E1,SWV,gedrag,observatie,leerling,3,1
2024-10-10,Kring Noord,,,E1,SWV,gedrag,mdo,school,2,0
2024-11-10,Kring Zuid,11BB,00,E2,AED,leren,begeleiding,groep,5,4
`,
		'expertteam_formatie.csv': `schooljaar,kring,organisatie,uren
2024-2025,Kring Noord,SWV,10
2024-2025,Kring Zuid,SWV,0
`,
		'budget_toekenning.csv': `schooljaar,brin,vestiging,onderdeel,bedrag
2024-2025,11AA,00,basisbedrag per leerling,12000
2024-2025,11BB,00,basisbedrag per leerling,7600
`,
		'budget_besteding.csv': `schooljaar,brin,vestiging,categorie,bedrag
2024-2025,11AA,00,personeel,9000
2024-2025,11AA,00,overig,-500
2024-2025,11BB,00,materialen,7600
`
	});
	if (!report.ok) throw new Error(JSON.stringify(report.groups));
});
afterAll(() => db.close());

const bestuur: Actor = { scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } };
const school: Actor = { scope: { role: 'school', schools: ['11AA00'] }, user: { name: 'Sanne', role: 'school' } };

const pick = (rows: Record<string, unknown>[], niveau: string, sleutel: string, sj = '2024-2025') =>
	rows.find((r) => r.niveau === niveau && r.sleutel === sleutel && r.schooljaar === sj);

describe('jaarverslag queries', () => {
	it('deelname per SWV, kring and school on the reference teldatum', async () => {
		const { rows } = await registry.run('jaarverslag_deelname', { school: '11AA00' }, FULL_SCOPE);
		expect(pick(rows, 'swv', '')).toMatchObject({
			teldatum: '2024-10-01',
			noemer: 200,
			deelname_sbo_pct: 2,
			deelname_so_pct: expect.closeTo(1.5, 1),
			rugzak_pct: 1
		});
		expect(pick(rows, 'kring', 'Kring Noord')).toMatchObject({
			noemer: 124,
			leerlingen_so: 1,
			deelname_so_pct: expect.closeTo(0.81, 2),
			deelname_sbo_pct: null
		});
		expect(pick(rows, 'kring', 'Kring Zuid')).toMatchObject({
			noemer: 76,
			leerlingen_so: 1,
			deelname_so_pct: expect.closeTo(1.32, 2),
			rugzak_pct: expect.closeTo(1.32, 2)
		});
		expect(pick(rows, 'school', '11AA00')).toMatchObject({
			naam: 'Basisschool Een',
			kring: 'Kring Noord',
			noemer: 120,
			deelname_so_pct: expect.closeTo(0.83, 2)
		});
		expect(rows.filter((r) => r.niveau === 'school' && r.sleutel !== '11AA00')).toEqual([]);
	});
	it('the SWV rows equal kerncijfers on the same teldatum', async () => {
		const [jv, kern] = await Promise.all([registry.run('jaarverslag_deelname', {}, FULL_SCOPE), registry.run('kerncijfers', {}, FULL_SCOPE)]);
		for (const k of kern.rows) {
			const r = jv.rows.find((x) => x.niveau === 'swv' && x.teldatum === k.teldatum);
			if (r) expect([r.deelname_sbo_pct, r.deelname_so_pct, r.rugzak_pct]).toEqual([k.deelname_sbo_pct, k.deelname_so_pct, k.rugzak_pct]);
		}
	});
	it('arrangementen: the same process figures as the arrangementen page, per SWV and kring', async () => {
		const [jv, proces, noord] = await Promise.all([
			registry.run('jaarverslag_arrangementen', {}, FULL_SCOPE),
			registry.run('arrangementen_proces', {}, FULL_SCOPE),
			registry.run('arrangementen_proces', { kring: 'Kring Noord' }, FULL_SCOPE)
		]);
		for (const p of proces.rows)
			expect(pick(jv.rows, 'swv', '', String(p.schooljaar))).toMatchObject({
				start_binnen_2_weken_pct: p.start_binnen_2_weken_pct,
				evaluatie_op_tijd_pct: p.evaluatie_op_tijd_pct
			});
		for (const p of noord.rows)
			expect(pick(jv.rows, 'kring', 'Kring Noord', String(p.schooljaar))).toMatchObject({ start_binnen_2_weken_pct: p.start_binnen_2_weken_pct });
	});
	it('arrangementen: started, within two weeks', async () => {
		const { rows } = await registry.run('jaarverslag_arrangementen', {}, FULL_SCOPE);
		expect(pick(rows, 'swv', '')).toMatchObject({ arrangementen_gestart: 5, rugzak: 2, individueel: 2, groep: 1, kosten: 30000, start_binnen_2_weken_pct: 60 });
		expect(pick(rows, 'kring', 'Kring Noord')).toMatchObject({ arrangementen_gestart: 4, start_binnen_2_weken_pct: 75 });
	});
});

describe("verwijzingen, expertteam and budget come from their own pages' queries", () => {
	const rijen = async (bron: 'verwijzingen' | 'expertteam' | 'budget', keuze = {}) =>
		(await loadJaarverslag(db, registry, { schooljaar: '2024-2025', ...keuze }, bestuur)).bronnen[bron];
	it('expertteam: benutting, and none for a formatie of 0', async () => {
		const rows = await rijen('expertteam', { school: '11AA00' });
		expect(pick(rows, 'swv', '')).toMatchObject({ expertteam_uren: 10, formatie_uren: 10, benutting_pct: 100, bereik: 5 });
		expect(pick(rows, 'kring', 'Kring Noord')).toMatchObject({ expertteam_uren: 5, benutting_pct: 50 });
		expect(pick(rows, 'kring', 'Kring Zuid')).toMatchObject({ expertteam_uren: 5, formatie_uren: 0, benutting_pct: null });
		expect(pick(rows, 'school', '11AA00')).toMatchObject({ expertteam_uren: 3 });
	});
	it('verwijzingen per 1.000 pupils (TLVs with a school of herkomst)', async () => {
		const rows = await rijen('verwijzingen', { school: '11AA00' });
		expect(pick(rows, 'swv', '')).toMatchObject({ tlv_so: 2, tlv_sbo: 0, verwijzingen: 2, leerlingen: 200, verwijzingen_per_1000: 10 });
		expect(pick(rows, 'kring', 'Kring Noord')).toMatchObject({ verwijzingen: 2, verwijzingen_per_1000: expect.closeTo(16.1, 1) });
		expect(pick(rows, 'school', '11AA00')).toMatchObject({ verwijzingen: 2, verwijzingen_per_1000: expect.closeTo(16.7, 1) });
		// 2023-2024: T7 (sbo, 11AA00) and T3 (so, no school of herkomst: a TLV, but no verwijzing of a school).
		// Issue 12: the appendix adds up — sbo 1 + so 0 = 1 verwijzing, with T3 apart as "zonder herkomstschool".
		expect(pick(rows, 'swv', '', '2023-2024')).toMatchObject({
			tlv_so: 0,
			tlv_sbo: 1,
			verwijzingen: 1,
			zonder_herkomst: 1,
			tlv_totaal: 2,
			verwijzingen_per_1000: 5
		});
	});
	it('budget: uitputting', async () => {
		const rows = await rijen('budget');
		expect(pick(rows, 'swv', '')).toMatchObject({ budget_toegekend: 19600, budget_besteed: 16100, uitputting_pct: expect.closeTo(82.1, 1) });
		expect(pick(rows, 'kring', 'Kring Noord')).toMatchObject({ budget_besteed: 8500, uitputting_pct: expect.closeTo(70.8, 1) });
	});
});

describe('loadJaarverslag and its sentences', () => {
	it('a kring report compares with last year and the SWV, and ranks among the kringen', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Noord' }, bestuur);
		expect([d.niveau, d.sleutel, d.kringen]).toEqual(['kring', 'Kring Noord', ['Kring Noord', 'Kring Zuid']]);
		expect(vertelMetric(d, 'verwijzingen_per_1000').zinnen).toEqual([
			'In schooljaar 2024-2025 waren er in Kring Noord 16,1 verwijzingen per 1.000 leerlingen. Dat is duidelijk hoger en dus ongunstiger dan vorig jaar (8,1) en duidelijk hoger en dus ongunstiger dan het samenwerkingsverband (10,0).',
			'Het aantal verwijzingen per 1.000 leerlingen van Kring Noord (16,1) is het hoogste, en dus het minst gunstige, van de twee kringen.'
		]);
		// A total is compared with last year only.
		expect(vertelMetric(d, 'arrangementen_gestart').zinnen[0]).toBe(
			'In schooljaar 2024-2025 startten in Kring Noord 4 arrangementen. Voor vorig jaar zijn geen gegevens.'
		);
	});
	it("a kring is judged on its own pupils' sbo-TLVs, and its sbo location figure is told without a verdict (issue 12)", async () => {
		// 1 oktober 2024: P7 holds a sbo-TLV (1 aug 2024 – 31 jul 2026) from 11AA00 → Kring Noord: 1 of 124 = 0,806… → 0,8%;
		// Kring Zuid 0 of 76 = 0,0%; SWV 1 of 200 = 0,5%. On 1 oktober 2023 P7's TLV had not started: Noord 0 of 124 = 0,0%.
		// Location: SBO De Vlieger (4 pupils) lies in Noord: 4 of 124 = 3,2258… → 3,2%; Zuid has no sbo school.
		const { rows } = await registry.run('jaarverslag_deelname', {}, FULL_SCOPE);
		expect(pick(rows, 'kring', 'Kring Noord')).toMatchObject({
			leerlingen_sbo_tlv: 1,
			deelname_sbo_tlv_pct: expect.closeTo(100 / 124, 9),
			deelname_sbo_locatie_pct: expect.closeTo(400 / 124, 9),
			deelname_sbo_pct: null
		});
		expect(pick(rows, 'kring', 'Kring Zuid')).toMatchObject({ leerlingen_sbo_tlv: 0, deelname_sbo_tlv_pct: 0, deelname_sbo_locatie_pct: null });
		expect(pick(rows, 'swv', '')).toMatchObject({ leerlingen_sbo_tlv: 1, deelname_sbo_tlv_pct: 0.5, deelname_sbo_pct: 2 });
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Noord' }, bestuur);
		expect(getoond(d, sectieVan('deelname_sbo_pct'))).toEqual(['deelname_sbo_tlv_pct', 'deelname_so_pct', 'rugzak_pct']);
		expect(vertelMetric(d, 'deelname_sbo_tlv_pct').zinnen.slice(0, 2)).toEqual([
			// 1 of 124 = 0,806…% → 0,81% (two decimals, as on the kring page); the SWV 1 of 200 = 0,50%.
			'Op 1 oktober 2024 had in Kring Noord 0,81% van de leerlingen een sbo-TLV. Dat is duidelijk hoger en dus ongunstiger dan vorig jaar (0,00%) en duidelijk hoger en dus ongunstiger dan het samenwerkingsverband (0,50%).',
			'Het aandeel leerlingen met een sbo-TLV van Kring Noord (0,81%) is het hoogste, en dus het minst gunstige, van de twee kringen.'
		]);
		const locatie = vertelLocatie(d)!;
		expect(locatie.value).toBeCloseTo(400 / 124, 9);
		expect(locatie.zin).toMatch(
			/^De sbo-scholen in Kring Noord hadden op 1 oktober 2024 3,23% van de leerlingen van de kring .*Daarom staat er geen oordeel bij/
		);
		expect(locatie.zin).not.toMatch(/gunstig|hoger|lager/);
		const zuid = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Zuid' }, bestuur);
		expect(vertelLocatie(zuid)!.zin).toBe('Kring Zuid heeft geen sbo-school: het sbo-locatiecijfer is er niet.');
		// The SWV keeps deelname sbo (its own figure) and has no location figure.
		const swv = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		expect(getoond(swv, sectieVan('deelname_sbo_pct'))).toEqual(['deelname_sbo_pct', 'deelname_so_pct', 'rugzak_pct']);
		expect(vertelLocatie(swv)).toBeNull();
	});
	it('carries only the rows it reads: its place over the years, the SWV this and last year, every kring this year', async () => {
		// The source gives every kring in every schooljaar (thousands of rows in a very large SWV).
		const bron = (await registry.run('jaarverslag_deelname', {}, FULL_SCOPE)).rows;
		expect(bron.some((r) => r.niveau === 'kring' && r.sleutel === 'Kring Zuid' && r.schooljaar === '2023-2024')).toBe(true);
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Noord' }, bestuur);
		expect(d.bronnen.deelname.map((r) => `${r.niveau}:${r.sleutel}:${r.schooljaar}`).sort()).toEqual([
			'kring:Kring Noord:2023-2024',
			'kring:Kring Noord:2024-2025',
			'kring:Kring Zuid:2024-2025',
			'swv::2023-2024',
			'swv::2024-2025'
		]);
		// A report of an earlier schooljaar carries nothing of later years.
		const vorig = await loadJaarverslag(db, registry, { schooljaar: '2023-2024' }, bestuur);
		expect(
			Object.values(vorig.bronnen)
				.flat()
				.every((r) => String(r.schooljaar) <= '2023-2024')
		).toBe(true);
	});
	it('a zero formatie is said in words', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Zuid' }, bestuur);
		expect(vertelMetric(d, 'benutting_pct').zinnen).toEqual([
			'In schooljaar 2024-2025 is de benutting van de formatie in Kring Zuid niet te berekenen: de toegekende formatie is 0.'
		]);
	});
	it('the SWV report names the kring that stands out and compares deelname with the country only as labelled', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		expect(d.niveau).toBe('swv');
		const z = vertelMetric(d, 'deelname_so_pct').zinnen;
		expect(z[0]).toMatch(/^Op 1 oktober 2024 had 1,50% van de leerlingen een so-TLV\. Dat is duidelijk hoger en dus ongunstiger dan vorig jaar \(1,00%\)/);
		expect(z[1]).toBe('De deelname so van Kring Zuid (1,32%) is het hoogste, en dus het minst gunstige, van de twee kringen.');
	});
	it('a school user always gets its own school, whatever it asks for', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', school: '11BB00', kring: 'Kring Zuid' }, school);
		expect([d.niveau, d.sleutel, d.naam, d.kring, d.magKiezen]).toEqual(['school', '11AA00', 'Basisschool Een', 'Kring Noord', false]);
		expect(d.bronnen.deelname.filter((r) => r.niveau === 'school').map((r) => r.sleutel)).toEqual(['11AA00', '11AA00']);
	});
	it('carries the toelichtingen of its place', async () => {
		await opslaan(
			db,
			{ metric: 'verwijzingen', plek: { niveau: 'kring', sleutel: 'Kring Noord', schooljaar: '2024-2025' }, tekst: 'Twee so-TLV’s uit één school.' },
			bestuur
		);
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Noord' }, bestuur);
		expect(d.toelichtingen.perMetric.verwijzingen.tekst).toBe('Twee so-TLV’s uit één school.');
		expect((await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur)).toelichtingen.perMetric).toEqual({});
	});
	it('a value the registry hid for a school account is told as hidden, not as missing', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', school: '11AA00' }, bestuur);
		d.bronnen.deelname = d.bronnen.deelname.map((r) => ({ ...r })); // never change the registry's cached rows
		const rij = d.bronnen.deelname.find((r) => r.niveau === 'school' && r.schooljaar === '2024-2025')!;
		Object.assign(rij, { leerlingen_so: '<5', deelname_so_pct: 'verborgen' });
		expect(vertelMetric(d, 'deelname_so_pct')).toMatchObject({
			value: null,
			verborgen: 'verborgen',
			zinnen: [
				"Op 1 oktober 2024 is de deelname so bij Basisschool Een verborgen: het cijfer berust op een aantal van 1 tot 4 (leerlingen, TLV's of arrangementen) of zou met de andere cijfers zo'n aantal verraden, en zulke kleine aantallen toont de monitor aan een schoolaccount niet."
			]
		});
	});
	it('refuses an unknown kring or schooljaar', async () => {
		await expect(loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Nergens' }, bestuur)).rejects.toMatchObject({ status: 404 });
		await expect(loadJaarverslag(db, registry, { schooljaar: '2030-2031' }, bestuur)).rejects.toMatchObject({ status: 404 });
		await expect(loadJaarverslag(db, registry, { schooljaar: '2024' }, bestuur)).rejects.toMatchObject({ status: 400 });
	});
});
