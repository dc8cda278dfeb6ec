/**
 * The schoolbudget tiles are made once (budgetTegels) for /budget and the kring page: a kring's budget
 * per leerling and kosten per ondersteunde leerling against last year and the SWV on both (the kring
 * page showed only the SWV), the SWV's own tiles against last year only.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import BudgetSection, { budgetTegels } from './BudgetSection.svelte';
import type { BudgetKringRow } from '$lib/expertteam';

/** Kring Noord: € 500.000 toegekend over 2.000 leerlingen is € 250 per leerling; 450.000 besteed for 150 ondersteunde leerlingen is € 3.000. */
function rij(schooljaar: string, kring: string | null, extra: Partial<BudgetKringRow> = {}): BudgetKringRow {
	return {
		schooljaar,
		kring,
		totaal: kring === null,
		budget_toegekend: 500_000,
		budget_besteed: 450_000,
		uitputting_pct: 90,
		saldo: 50_000,
		leerlingen: 2000,
		budget_per_leerling: 250,
		ondersteunde_leerlingen: 150,
		kosten_per_ondersteunde_leerling: 3000,
		scholen_met_budget: 10,
		scholen_onderbesteding: 0,
		scholen_overbesteding: 0,
		scholen: 10,
		...extra
	};
}
const nu = rij('2024-2025', 'Noord');
const vorig = rij('2023-2024', 'Noord', { budget_per_leerling: 240, kosten_per_ondersteunde_leerling: 2800, uitputting_pct: 85 });
const swv = rij('2024-2025', null, { budget_per_leerling: 260, kosten_per_ondersteunde_leerling: 3100, uitputting_pct: 95 });
const vergelijking = (id: string, tegels = budgetTegels(nu, vorig, swv)) => tegels.find((t) => t.id === id)?.vergelijking ?? [];

describe('budgetTegels', () => {
	it('compares a kring with last year and the SWV: € 250 per leerling beside € 240 and € 260', () => {
		expect(vergelijking('budget_per_leerling')).toEqual([
			{ label: 'Vorig jaar', value: 240 },
			{ label: 'SWV', value: 260 }
		]);
		expect(vergelijking('kosten_per_ondersteunde_leerling')).toEqual([
			{ label: 'Vorig jaar', value: 2800 },
			{ label: 'SWV', value: 3100 }
		]);
		expect(vergelijking('uitputting_pct')).toEqual([
			{ label: 'Vorig jaar', value: 85 },
			{ label: 'SWV', value: 95 }
		]);
		expect(vergelijking('budget_toegekend')).toEqual([{ label: 'Vorig jaar', value: 500_000 }]);
		expect(vergelijking('saldo')).toEqual([]);
	});

	it('compares the SWV only with last year; a missing SWV row of a kring reads geen gegevens (null), not no comparison', () => {
		expect(vergelijking('budget_per_leerling', budgetTegels(nu, vorig))).toEqual([{ label: 'Vorig jaar', value: 240 }]);
		expect(vergelijking('budget_per_leerling', budgetTegels(nu, null, null))).toEqual([
			{ label: 'Vorig jaar', value: null },
			{ label: 'SWV', value: null }
		]);
	});
});

describe('BudgetSection of a kring', () => {
	it('shows budget per leerling against last year as /budget?kring= does (before: only the SWV)', () => {
		const { body } = render(BudgetSection, {
			props: {
				data: { schooljaar: '2024-2025', kring: 'Noord', school: null, kringRows: [vorig, nu, swv], waterval: [], scholen: [], schoolRows: null }
			}
		});
		const tegel = /<article class="kengetal[^"]*" data-metric="budget_per_leerling">([^]*?)<\/article>/.exec(body)?.[1] ?? '';
		const tekst = tegel
			.replace(/<!--[^]*?-->/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		expect(tekst).toContain('Vorig jaar € 240');
		expect(tekst).toContain('SWV € 260');
	});
});
