/**
 * Issue 12: a source that was never loaded is "geen gegevens", never 0. The database holds only
 * data/demo/scholen.csv and telling.csv: no TLV's, arrangementen, expertteam or budget. Every query
 * of the registry is run (with the parameters a page gives it), and no figure built on a source that
 * is not there may read 0 (0 uur, € 0, 0 TLV's, 0,0%): it is null, shown as "geen gegevens", or the
 * row is not there. Then the sentences of the pages say so in words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixtureDb } from './helpers';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import { vertelMetric, SECTIES, getoond } from '../../src/lib/jaarverslag';
import { vertelBudget, vertelBudgetSchool, vertelExpertteam, vertelGeenTlvs } from '../../src/lib/vertellen';
import type { Actor } from '../../src/lib/server/toelichtingen';

let db: MonitorDb;
let registry: QueryRegistry;
const demo = (f: string) => readFileSync(new URL(`../../data/demo/${f}`, import.meta.url), 'utf8');
beforeAll(async () => {
	({ db, registry } = await fixtureDb({ 'scholen.csv': demo('scholen.csv'), 'telling.csv': demo('telling.csv') }));
});
afterAll(() => db.close());

/** Columns built on scholen and telling only (pupil counts, teldata, schools): a 0 there is a real 0. */
const UIT_TELLING = /^(vorig_|swv_|kring_)?(leerlingen(_bao|_sbo)?|noemer|scholen|scholen_sbo|stap|van|tot|rang|dagen|verstreken_pct|aantal_scholen)$/;
/** Parameters a page gives a query that needs them. */
const PARAMS: Record<string, Record<string, unknown>> = {
	doelmatigheid_uren_verwijzingen: { schooljaar: '2025-2026' },
	financien_posten: { jaar: 2025 },
	school_verwijzingen: { school: '96XN00' },
	school_arrangementen: { school: '96XN00' },
	school_tellingen: { school: '96XN00' }
};

describe('with only scholen and telling loaded', () => {
	it('no query gives 0 for a figure of a source that was never loaded', async () => {
		const nullen: string[] = [];
		for (const [name, def] of registry.queries) {
			const params = PARAMS[name] ?? (def.params.some((p) => p.name === 'school' && !p.optional) ? { school: '96XN00' } : {});
			const heeft = (p: string) => def.params.some((x) => x.name === p);
			// As a page asks: by default, and for a chosen schooljaar and kring (the kring page's expertteam burn-up gave "0 uur geleverd").
			const eenJaar = def.params.some((x) => x.name === 'schooljaar' && !x.optional);
			const varianten = [
				...(eenJaar ? [] : [params]),
				...(heeft('schooljaar') ? [{ ...params, schooljaar: '2025-2026', ...(heeft('kring') ? { kring: 'Kring Noord' } : {}) }] : [])
			];
			for (const v of varianten) {
				const { rows } = await registry.run(name, v, FULL_SCOPE);
				for (const r of rows) for (const [k, w] of Object.entries(r)) if (w === 0 && !UIT_TELLING.test(k)) nullen.push(`${name}.${k}`);
			}
		}
		// Failed before the fix with expertteam_kringen.expertteam_uren, budget_scholen.budget_besteed,
		// budget_waterval.bedrag, arrangementen_per_kring.kosten, so_samenstelling.leerlingen_so, …
		expect([...new Set(nullen)]).toEqual([]);
	});

	it('the expertteam, budget and verwijzingen sentences say "geen gegevens", never 0 uur or € 0', async () => {
		const et = (await registry.run('expertteam_kringen', { schooljaar: '2025-2026' }, FULL_SCOPE)).rows as unknown as Parameters<typeof vertelExpertteam>[0];
		expect(vertelExpertteam(et, '')).toEqual(['Er zijn geen gegevens over het expertteam: er is geen inzet van het expertteam ingelezen.']);
		expect(vertelExpertteam(et, '2025-2026', 'Kring Noord')[0]).toMatch(/^Er zijn geen gegevens over het expertteam in 2025-2026/);
		const bg = (await registry.run('budget_kringen', {}, FULL_SCOPE)).rows;
		expect(bg).toEqual([]);
		expect(vertelBudget(null, null)).toEqual(['Er zijn geen gegevens over het schoolbudget: er is geen toekenning of besteding ingelezen.']);
		expect(vertelBudget(null, null, [], 'Kring West')[0]).toMatch(/^Er zijn geen gegevens over het schoolbudget van Kring West/);
		expect(vertelBudgetSchool(null, null)).toEqual(['Over het schoolbudget van deze school zijn geen gegevens.']);
		const tlv = (await registry.run('tlv_per_schooljaar', {}, FULL_SCOPE)).rows;
		expect(vertelGeenTlvs('2025-2026', null, tlv.length > 0)).toBe("Er zijn geen gegevens over TLV's: er zijn nog geen TLV-besluiten ingelezen.");
		// With TLV's loaded but none in the schooljaar, "geen TLV-besluiten" is true and said.
		expect(vertelGeenTlvs('2025-2026', 'Kring Noord', true)).toBe('Voor 2025-2026 zijn er geen TLV-besluiten voor Kring Noord.');
	});

	it('the jaarverslag says "geen gegevens" for every figure of a source that was never loaded, for the SWV and a kring', async () => {
		const actor: Actor = { scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } };
		for (const kring of [null, 'Kring Noord']) {
			const d = await loadJaarverslag(db, registry, { schooljaar: '2025-2026', kring }, actor);
			for (const s of SECTIES.filter((x) => x.id !== 'deelname'))
				for (const id of getoond(d, s)) {
					const f = vertelMetric(d, id);
					expect(f.value, `${kring ?? 'swv'} ${id}`).toBeNull();
					expect(f.zinnen[0], `${kring ?? 'swv'} ${id}`).toMatch(/geen gegevens/);
				}
			// Deelname so and the sbo-TLV figure need TLV's; deelname sbo (SWV) needs only telling: 435 of 19.246 = 2,26%.
			for (const id of getoond(d, SECTIES[0]).filter((x) => x !== 'deelname_sbo_pct')) expect(vertelMetric(d, id).zinnen[0], id).toMatch(/geen gegevens/);
			if (!kring) expect(vertelMetric(d, 'deelname_sbo_pct').value).toBeCloseTo((100 * 435) / 19246, 9);
		}
	});
});
