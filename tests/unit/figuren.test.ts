/**
 * Figures that the audit of issue 12 found wrong, against small fixtures computed by hand
 * (docs/cijfers.md, "Regels voor elk cijfer"). Each block says the figure a person would check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import type { MonitorDb, Row } from '../../src/lib/server/db';

const by = (rows: Row[], key: string) => Object.fromEntries(rows.map((r) => [String(r[key]), r]));

/**
 * Arrangements in 2024-2025 (MDO = startdatum, so all started on time). The end of the data, the
 * peildatum, is the latest start- or evaluatiedatum: B3 starts 2025-01-10.
 *   B1 2024-09-01 → planned 2025-06-30, evaluated 2024-11-15 (75 days)    ran 131 days by the peildatum ✓ on time
 *   B2 2024-12-01 → planned 2025-06-30, not evaluated                      ran 40 days: does not count yet
 *   B3 2025-01-10, open, not evaluated                                     ran 0 days
 *   B4 2024-09-01 → ended 2024-10-15                                       ran 44 days
 *   B5 2024-09-15, open, not evaluated                                     ran 117 days ✗
 * evaluatie_op_tijd_pct = B1 of (B1, B5) = 1/2 = 50,0% (before the fix B2 counted: 1/3 = 33,3%).
 * Amounts 0,10 + 0,20 + 0,01 (B1, B2, B3) = 0,31 exactly: no cent lost to floating point.
 */
const EVALUATIE = {
	...FIXTURE,
	'arrangementen.csv': `arrangement_id,leerling,brin,vestiging,soort,naam,aanvraagdatum,startdatum,einddatum,evaluatiedatum,bedrag
B1,P1,11AA,00,individueel,Leren,2024-09-01,2024-09-01,2025-06-30,2024-11-15,"0,10"
B2,P2,11AA,00,individueel,Leren,2024-12-01,2024-12-01,2025-06-30,,"0,20"
B3,P3,11AA,00,individueel,Leren,2025-01-10,2025-01-10,,,"0,01"
B4,P4,11BB,00,individueel,Leren,2024-09-01,2024-09-01,2024-10-15,,
B5,P5,11BB,00,individueel,Leren,2024-09-15,2024-09-15,,,
`
};

describe('evaluatie_op_tijd_pct: only arrangements that ran 13 weeks by the end of the data', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => ({ db, registry } = await fixtureDb(EVALUATIE)));
	afterAll(() => db.close());
	const run = async (name: string, params: Record<string, string> = {}) => (await registry.run(name, params, FULL_SCOPE)).rows;

	it('an arrangement planned beyond the peildatum counts only once it ran 13 weeks: 1 of 2 = 50,0%', async () => {
		const r = by(await run('arrangementen_proces'), 'schooljaar')['2024-2025'];
		expect(r).toMatchObject({ peildatum: '2025-01-10', arrangementen: 5, liepen_13_weken: 2, op_tijd_geevalueerd: 1, evaluatie_op_tijd_pct: 50 });
	});

	it('the "te laat" list shrinks to match: B5 only, not B2', async () => {
		const rows = await run('arrangementen_te_laat', { schooljaar: '2024-2025' });
		expect(rows.map((x) => [x.arrangement_id, x.reden])).toEqual([['B5', 'geen evaluatie na 13 weken']]);
	});

	it('the jaarverslag and the school page count the same 2 arrangements', async () => {
		const jv = (await run('jaarverslag_arrangementen')).find((x) => x.niveau === 'swv' && x.schooljaar === '2024-2025');
		expect(jv).toMatchObject({ liep_13_weken: 2, evaluatie_op_tijd_pct: 50 });
		// 11AA00: B1 ran 13 weeks (on time), B2 and B3 not yet → 1/1 = 100%; SWV 1/2 = 50%.
		const s = by(await run('school_arrangementen', { school: '11AA00' }), 'schooljaar')['2024-2025'];
		expect(s).toMatchObject({ liepen_13_weken: 1, evaluatie_op_tijd_pct: 100, swv_liepen_13_weken: 2, swv_evaluatie_op_tijd_pct: 50 });
	});

	it('amounts keep every cent: 0,10 + 0,20 + 0,01 = 0,31', async () => {
		const k = (await run('arrangementen_kosten')).find((x) => x.schooljaar === '2024-2025' && x.soort === 'individueel');
		expect(k?.kosten).toBe(0.31);
		const jv = (await run('jaarverslag_arrangementen')).find((x) => x.niveau === 'swv' && x.schooljaar === '2024-2025');
		expect(jv?.kosten).toBe(0.31);
	});
});

/**
 * Only scholen and telling loaded (issue 12): the pages said "so 0,0% duidelijk lager en dus gunstiger"
 * and "Kring Hulst verwijst het meest: 0,0 tegen 0,0". Every figure built on TLVs or arrangementen is
 * "geen gegevens" (NULL); sbo 4 of 200 = 2,00% on 1 okt 2024 still counts, the telling is there.
 */
describe('a source that was never loaded is "geen gegevens", never 0', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => ({ db, registry } = await fixtureDb({ 'scholen.csv': FIXTURE['scholen.csv'], 'telling.csv': FIXTURE['telling.csv'] })));
	afterAll(() => db.close());
	const run = async (name: string, params: Record<string, string> = {}) => (await registry.run(name, params, FULL_SCOPE)).rows;

	it('deelname so and sbo-TLV, for the SWV and a kring', async () => {
		const swv = by(await run('deelname_per_teldatum'), 'teldatum')['2024-10-01'];
		expect(swv).toMatchObject({ deelname_sbo_pct: 2, leerlingen_so: null, deelname_so_pct: null, deelname_sbo_tlv_pct: null });
		const noord = by(await run('deelname_per_teldatum', { kring: 'Kring Noord' }), 'teldatum')['2024-10-01'];
		expect(noord).toMatchObject({ deelname_so_pct: null, deelname_sbo_tlv_pct: null });
	});

	it('verwijzingen per kring: no count, no rate, no rank; per school and the distribution: no rows', async () => {
		const rows = await run('verwijzingen_per_kring', { schooljaar: '2024-2025' });
		expect(rows.map((r) => [r.kring, r.verwijzingen, r.verwijzingen_per_1000, r.rang, r.swv_verwijzingen_per_1000])).toEqual([
			['Kring Noord', null, null, null, null],
			['Kring Zuid', null, null, null, null]
		]);
		expect(await run('verwijzingen_per_school', { schooljaar: '2024-2025' })).toEqual([]);
		expect(await run('verwijzingen_verdeling', { schooljaar: '2024-2025' })).toEqual([]);
	});

	it('rugzak: per teldatum, per kring and in the jaarverslag', async () => {
		expect(by(await run('arrangementen_per_teldatum'), 'teldatum')['2024-10-01'].rugzak_pct).toBeNull();
		expect((await run('arrangementen_per_kring', { schooljaar: '2024-2025' })).map((r) => r.rugzak_pct)).toEqual([null, null]);
		const jv = (await run('jaarverslag_deelname')).find((r) => r.niveau === 'swv' && r.schooljaar === '2024-2025');
		expect(jv).toMatchObject({ deelname_sbo_pct: 2, deelname_so_pct: null, rugzak_pct: null });
	});
});

/**
 * One value per figure (issue 12). FIXTURE 2024-2025: T1 so 11AA, T5 so 11AA (herkomst Kring Noord);
 * 2023-2024: T7 sbo 11AA, T3 so without herkomst. Verwijzingen 2023-2024 = 1 (sbo 1 + so 0), and T3
 * apart: 2 TLV-besluiten in all. The SWV row equals the sum of its kringen.
 */
describe('verwijzingen: the same total on every page, adding up', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE)));
	afterAll(() => db.close());
	const run = async (name: string, params: Record<string, string> = {}) => (await registry.run(name, params, FULL_SCOPE)).rows;

	it('tlv_per_schooljaar: verwijzingen = sbo + so, and tlv_totaal = verwijzingen + zonder herkomst', async () => {
		const r = by(await run('tlv_per_schooljaar'), 'schooljaar');
		expect(r['2023-2024']).toMatchObject({ verwijzingen: 1, verwijzingen_sbo: 1, verwijzingen_so: 0, zonder_herkomst: 1, tlv_totaal: 2 });
		expect(r['2024-2025']).toMatchObject({ verwijzingen: 2, verwijzingen_sbo: 0, verwijzingen_so: 2, zonder_herkomst: 0, tlv_totaal: 2 });
	});
	it("one name, one meaning: tlv_so is the catalogue's (with a herkomstschool); all so-besluiten are tlv_besluiten_so", async () => {
		// 2023-2024: T3 (so, besluit 1 feb 2024, no herkomst) and T7 (sbo from 11AA00, 1 apr 2024). The
		// download said tlv_so = 1 (T3) where docs/cijfers.md defines tlv_so by herkomst (0).
		const r = by(await run('tlv_per_schooljaar'), 'schooljaar')['2023-2024'];
		expect(r).toMatchObject({ tlv_besluiten_sbo: 1, tlv_besluiten_so: 1, verwijzingen_sbo: 1, verwijzingen_so: 0, tlv_totaal: 2 });
		expect(r).not.toHaveProperty('tlv_so');
		expect(r).not.toHaveProperty('tlv_sbo');
	});
	it('the kringen add up to the SWV figure of the verwijzingen page', async () => {
		for (const sj of ['2023-2024', '2024-2025']) {
			const kringen = await run('verwijzingen_per_kring', { schooljaar: sj });
			const swv = by(await run('tlv_per_schooljaar'), 'schooljaar')[sj];
			expect(kringen.reduce((a, k) => a + Number(k.verwijzingen), 0)).toBe(swv.verwijzingen);
			expect(kringen.reduce((a, k) => a + Number(k.tlv_sbo), 0)).toBe(swv.verwijzingen_sbo);
			expect(kringen[0].swv_verwijzingen).toBe(swv.verwijzingen);
		}
	});
});
