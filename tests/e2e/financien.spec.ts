/**
 * Financiën (issue 18) on the demo data. Expected figures computed by hand from data/demo/financien.csv,
 * tlv.csv and telling.csv with Python, independently of the SQL: 2025 baten Σ € 8.926.841, lasten Σ
 * € 8.947.799,31 → resultaat −€ 20.958; eigen vermogen € 383.682,23; signaleringswaarde 0,035 ×
 * 8.926.841 = € 312.439,44 → € 71.243 boven. So-TLVs valid on 1 februari 2025: 364 distinct pupils,
 * afdracht so € 3.640.000 → € 10.000 per TLV. Pupils bao + sbo on 1 februari 2025: 19.920, so +0,5
 * procentpunt is 99,6 more so-TLVs → +€ 996.000 afdrachten → resultaat −€ 1.016.958.
 */
import { expect, test } from '@playwright/test';
import { stateFor } from './auth';

test('bestuur sees the accounts, the reserve against the line, the scenario and doelmatigheid', async ({ page }) => {
	await page.goto('/financien?jaar=2025');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Financiën 2025');
	await expect(page.getByRole('link', { name: 'Financiën' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByTestId('kengetal-baten')).toHaveText('€ 8.926.841');
	await expect(page.getByTestId('kengetal-resultaat')).toHaveText('€ -20.958');
	await expect(page.getByTestId('kengetal-eigen_vermogen')).toHaveText('€ 383.682');
	await expect(page.getByTestId('kengetal-afdracht_per_tlv')).toHaveText('€ 10.000');
	await expect(page.getByTestId('verhaal')).toContainText('De reserve ligt € 71.243 boven de signaleringswaarde van de Inspectie (€ 312.439');
	for (const id of ['financien-posten', 'financien-aandelen', 'financien-reserve', 'financien-trend', 'doelmatigheid-kringen'])
		expect(await page.getByTestId(id).locator('svg rect').count(), id).toBeGreaterThan(3);
	await expect(page.getByTestId('formule')).toContainText("TLV's so′ = (deelname so + x) ÷ 100 × leerlingen′");
	await expect(page.getByTestId('verhaal-doelmatigheid')).toContainText('terug naar basisondersteuning');
	// Hours against referrals: a scatter of the bao schools, told as an association only.
	expect(await page.getByTestId('uren-verwijzingen').locator('svg circle').count()).toBeGreaterThanOrEqual(10);
	await expect(page.getByTestId('uren-verwijzingen-zin')).toContainText('Dit is een samenhang, geen oorzaak');
	await page.screenshot({ path: '/tmp/geld/financien.png', fullPage: true });
});

test('the scenario lives in the URL: deelname so +0,5 procentpunt', async ({ page }) => {
	await page.goto('/financien?jaar=2025');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Deelname so verandert met (procentpunt)').fill('0,5');
	await page.getByRole('button', { name: 'Reken' }).click();
	await expect(page).toHaveURL(/deelname=0%2C5/);
	await expect(page.getByTestId('scenario-zin')).toHaveText(
		'Als de deelname so 0,5 procentpunt stijgt, stijgen de afdrachten met € 996.000 tot € 6.341.200 en wordt het resultaat een tekort van € 1.016.958 (€ 996.000 minder dan het werkelijke resultaat).'
	);
	await page.getByTestId('scenario').screenshot({ path: '/tmp/geld/scenario.png' });
});

test.describe('a school account', () => {
	test.use({ storageState: stateFor('school') });
	test('is refused on Financiën, on the server, and has no menu entry', async ({ page }) => {
		const res = await page.goto('/financien?jaar=2025');
		expect(res?.status()).toBe(403);
		await expect(page.getByRole('link', { name: 'Financiën' })).toHaveCount(0);
		const api = await page.request.get('/api/q/financien_jaren?format=json');
		expect(api.status()).toBe(403);
	});
});
