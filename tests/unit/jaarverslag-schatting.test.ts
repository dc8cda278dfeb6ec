/**
 * Issue 12: DUO's "<5" cells are a range, carried from the query to the jaarverslag and the kring and
 * deelname pages. The fixture's SBO De Vlieger (22CC00) counts "<5" on 1 oktober 2024: leerlingen 4,
 * at least 1, at most 4; every other count is exact.
 * 1 oktober 2024: bao 120 + 76 + 0 = 196. Deelname sbo 4 / 200 = 2,0 %, at least 1 / (196 + 1) = 0,51 %,
 * at most 4 / 200 = 2,0 %. Kring Noord (11AA00 bao 120 + the sbo): 4 / 124 = 3,23 %, at least 1 / 121 = 0,83 %.
 * 1 oktober 2023 (exact): bao 114 + 82 = 196, sbo 2 → 2 / 198 = 1,01 %: inside the range, so no hoger/lager.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import { vertelMetric } from '../../src/lib/jaarverslag';
import type { Actor } from '../../src/lib/server/toelichtingen';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => {
	({ db, registry } = await fixtureDb({
		'scholen.csv': FIXTURE['scholen.csv'],
		'tlv.csv': FIXTURE['tlv.csv'],
		'telling.csv': `teldatum,brin,vestiging,leerlingen,leerlingen_min,leerlingen_max
2023-10-01,11AA,00,114,,
2023-10-01,11BB,00,82,,
2023-10-01,11DD,00,0,,
2023-10-01,22CC,00,2,,
2023-10-01,33EE,00,40,,
2024-10-01,11AA,00,120,,
2024-10-01,11BB,00,76,,
2024-10-01,11DD,00,0,,
2024-10-01,22CC,00,4,1,4
2024-10-01,33EE,00,41,,
`
	}));
});
afterAll(() => db.close());
const bestuur: Actor = { scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } };

describe('DUO <5 ranges', () => {
	it('jaarverslag_deelname and deelname_per_teldatum carry the smallest and largest possible value', async () => {
		const jv = (await registry.run('jaarverslag_deelname', {}, FULL_SCOPE)).rows;
		const swv = jv.find((r) => r.niveau === 'swv' && r.schooljaar === '2024-2025')!;
		expect(swv.deelname_sbo_pct).toBe(2);
		expect(swv.deelname_sbo_pct_min).toBeCloseTo(100 / 197, 9);
		expect(swv.deelname_sbo_pct_max).toBeCloseTo(2, 9);
		// Exact counts: no range.
		expect(jv.find((r) => r.niveau === 'swv' && r.schooljaar === '2023-2024')!.deelname_sbo_pct_min).toBeNull();
		const noord = (await registry.run('deelname_per_teldatum', { kring: 'Kring Noord' }, FULL_SCOPE)).rows.find((r) => r.teldatum === '2024-10-01')!;
		expect(noord.deelname_sbo_pct).toBeCloseTo(400 / 124, 9);
		expect(noord.deelname_sbo_pct_min).toBeCloseTo(100 / 121, 9);
		expect(noord.deelname_sbo_pct_max).toBeCloseTo(400 / 124, 9);
	});
	it('the jaarverslag marks the estimate and says neither hoger nor lager when the range reaches last year', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		const f = vertelMetric(d, 'deelname_sbo_pct');
		expect(f.bereik![0]).toBeCloseTo(100 / 197, 9);
		expect(f.zinnen[0]).toContain('zat 2,0% (schatting: 0,5% tot 2,0%) van de leerlingen op het sbo');
		expect(f.zinnen[0]).toContain('door de schatting niet met zekerheid hoger of lager dan vorig jaar (1,0%)');
		// The national 2,6% lies above the whole range (at most 2,0%): that comparison stays certain.
		expect(f.zinnen[0]).toContain('en duidelijk lager en dus gunstiger dan landelijk (2,6%');
	});
});
