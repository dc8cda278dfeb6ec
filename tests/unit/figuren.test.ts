/**
 * Figures that the audit of issue 12 found wrong, against small fixtures computed by hand
 * (DOMAIN.md, "Rules added after the first audit"). Each block says the figure a person would check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import { FULL_SCOPE, type QueryRegistry } from '../../src/lib/server/queries';
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
