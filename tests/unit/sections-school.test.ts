/**
 * The expertteam and budget sections of the school page, as the school account gets them: from the
 * registry with the school scope (so with "<5" and "verborgen" where the counts are small), and once
 * more with every count and rate replaced by a marker — the sections must show the markers as they
 * are and never compute with them (no "NaN", no crash).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ExpertteamSection from '../../src/lib/components/expertteam/ExpertteamSection.svelte';
import BudgetSection from '../../src/lib/components/budget/BudgetSection.svelte';
import { MonitorDb } from '../../src/lib/server/db';
import { QueryRegistry } from '../../src/lib/server/queries';
import type { Scope } from '../../src/lib/server/roles';
import { openDemo } from '../fixtures/demo-db';
import { loadBudgetSection, loadExpertteamSection } from '../../src/lib/server/sections';
import { HIDDEN, SUPPRESSED } from '../../src/lib/format';

const OWN = '65QI00';
const SCHOOL: Scope = { role: 'school', schools: [OWN] };

/** Every value of a column the query declares as a count or rate, replaced by a marker. */
function markAll<T>(rows: T[] | null, registry: QueryRegistry, query: string): T[] | null {
	if (!rows) return rows;
	const s = registry.get(query).suppression;
	return rows.map((r) => {
		const out = { ...(r as Record<string, unknown>) };
		for (const c of s.counts) if (c in out) out[c] = SUPPRESSED;
		for (const { column } of s.rates) if (column in out) out[column] = HIDDEN;
		return out as T;
	});
}

describe('school page sections for the school account', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => {
		({ db, registry } = await openDemo());
	}, 120_000);
	afterAll(() => db.close());

	it('render the markers as they are, without NaN', async () => {
		const options = { schooljaar: '2025-2026', school: OWN, vandaag: '2026-07-31' };
		const et = await loadExpertteamSection(registry, SCHOOL, options);
		const bg = await loadBudgetSection(registry, SCHOOL, options);
		expect(et.scholen).toBeNull();
		expect(bg.scholen).toBeNull();
		for (const [label, e, b] of [
			['as the registry gives them', et, bg],
			[
				'with every count and rate hidden',
				{
					...et,
					schoolRows: markAll(et.schoolRows, registry, 'school_expertteam'),
					kringRow: markAll(et.kringRow ? [et.kringRow] : null, registry, 'expertteam_kringen')?.[0] ?? null,
					swvRow: markAll(et.swvRow ? [et.swvRow] : null, registry, 'expertteam_kringen')?.[0] ?? null,
					verdeling: markAll(et.verdeling, registry, 'expertteam_verdeling')!
				},
				{ ...bg, schoolRows: markAll(bg.schoolRows, registry, 'school_budget'), kringRows: markAll(bg.kringRows, registry, 'budget_kringen')! }
			]
		] as const) {
			const html = render(ExpertteamSection, { props: { data: e } }).body + render(BudgetSection, { props: { data: b } }).body;
			expect(html, label).not.toMatch(/NaN|undefined|Infinity/);
			if (label !== 'as the registry gives them') {
				expect(html, label).toContain(HIDDEN);
				expect(html, label).toContain('&lt;5');
			}
		}
	}, 60_000);
});
