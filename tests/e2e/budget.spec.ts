/**
 * The budget page on the demo data. Expected figures computed by hand from data/demo/budget_*.csv with
 * awk, independently of the SQL: 2025-2026 toegekend Σ = € 1.881.100, besteed Σ = € 1.687.882,69 →
 * uitputting 89,7%, saldo € 193.217,31. 2024-2025 toegekend € 1.888.400. Kring West 2025-2026:
 * € 197.200 toegekend, € 183.953,56 besteed → 93,3%. Basisschool Het Stroomdal (12PB00): € 22.600
 * toegekend, € 33.746,32 besteed → 149,3% (> 110%); Basisschool De Kinderburcht (11VF00): 35,8% (< 70%).
 */
import { expect, test } from '@playwright/test';

test('the SWV view: figures, story, flagged schools and the waterfall', async ({ page }) => {
	await page.goto('/budget');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schoolbudget 2025-2026');
	await expect(page.getByTestId('kengetal-budget_toegekend')).toHaveText('€ 1.881.100');
	await expect(page.getByTestId('kengetal-budget_besteed')).toHaveText('€ 1.687.883');
	await expect(page.getByTestId('kengetal-uitputting_pct')).toHaveText('89,7%');
	await expect(page.getByTestId('kengetal-saldo')).toHaveText('€ 193.217');
	await expect(page.getByTestId('verhaal')).toContainText('besteedde in 2025-2026 89,7% van het schoolbudget: € 1.687.883 van € 1.881.100');
	await expect(page.getByText('minder dan 70% uitputting en ver erboven bij meer dan 110%')).toBeVisible();
	const signalen = page.getByTestId('signalen');
	await expect(signalen).toContainText('Basisschool Het Stroomdal besteedde 149,3% van het budget: meer dan 110%.');
	await expect(signalen).toContainText('Basisschool De Kinderburcht besteedde 35,8% van het budget: minder dan 70%.');
	// Waterfall: toegekend, six categories, saldo.
	const waterval = page.getByTestId('waterval');
	expect(await waterval.locator('svg g[aria-description="stap"] rect').count()).toBe(8);
	await expect(waterval.locator('svg')).toContainText('€ 193.217');
	expect(await page.getByTestId('trend').locator('svg g[aria-description="bedrag"] rect').count()).toBe(12);
	await page.screenshot({ path: 'test-results/screenshots/budget.png', fullPage: true });
});

test('filters change the figures and the URL', async ({ page }) => {
	await page.goto('/budget');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('combobox', { name: 'Schooljaar' }).selectOption('2024-2025');
	await expect(page).toHaveURL(/schooljaar=2024-2025/);
	await expect(page.getByTestId('kengetal-budget_toegekend')).toHaveText('€ 1.888.400');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('combobox', { name: 'Kring' }).selectOption('Kring West');
	await expect(page).toHaveURL(/kring=Kring\+West/);
	await page.goto('/budget?schooljaar=2025-2026&kring=Kring+West');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schoolbudget 2025-2026 — Kring West');
	await expect(page.getByTestId('kengetal-budget_toegekend')).toHaveText('€ 197.200');
	await expect(page.getByTestId('kengetal-uitputting_pct')).toHaveText('93,3%');
	expect(await page.getByTestId('budget-scholen').locator('svg g[aria-description="staaf"] rect').count()).toBe(9);
	await page.screenshot({ path: 'test-results/screenshots/budget-kring-west.png', fullPage: true });
});

test('the table view and the CSV download hold the same numbers', async ({ page, request }) => {
	await page.goto('/budget?schooljaar=2025-2026');
	const fig = page.getByTestId('waterval');
	await fig.getByText('Tabel met deze cijfers').click();
	await expect(fig.locator('table tr', { hasText: 'Saldo' })).toContainText('€ 193.217,31');
	const href = await fig.getByRole('link', { name: /CSV/ }).getAttribute('href');
	const csv = await (await request.get(href!)).text();
	expect(csv).toContain('2025-2026;0;Toegekend;toegekend;1881100;0;1881100;');
	expect(csv).toContain('2025-2026;7;Saldo;saldo;193217,31;0;193217,31;');
	const scholen = await (await request.get('/api/q/budget_scholen?schooljaar=2025-2026&format=csv')).text();
	expect(scholen).toMatch(/2025-2026;12PB00;Basisschool Het Stroomdal;bao;Kring Rietmeer;22600;33746,32;149,32\d*;/); // full precision in the data, rounded on screen
});
