/**
 * The expertteam page on the demo data. Expected figures computed by hand from data/demo/*.csv with awk,
 * independently of the SQL (sum of `uren` over rows with datum 2025-08-01 … 2026-07-31):
 *   SWV 2025-2026: 7.341 uur of a formatie of 8.140 → 90,2%. The year is over (today is after
 *   31 July 2026), so the peildatum is 31 juli 2026 and the pace is 100% of the year.
 *   Kring West: 383 uur of 850 → 45,1%: under half of the pace → a warning.
 *   Kring West, activiteit consultatie: 57 uur. Organisatie AED: 764,5 uur of 1.628 formatie → 47,0%.
 *   Kring Heide 2021-2022: 1.051,5 uur booked, no formatie row for that year → a warning.
 *   Basisschool Het Spectrum (99AL00, Kring Centrum) has no rows at all → a warning.
 */
import { expect, test } from '@playwright/test';

test('the SWV view: figures, the story with its peildatum, and the warnings', async ({ page }) => {
	await page.goto('/expertteam');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expertteam 2025-2026');
	await expect(page.getByTestId('kengetal-expertteam_uren')).toHaveText('7.341,0 uur');
	await expect(page.getByTestId('kengetal-formatie_uren')).toHaveText('8.140,0 uur');
	await expect(page.getByTestId('kengetal-benutting_pct')).toHaveText('90,2%');
	await expect(page.getByTestId('verhaal')).toContainText('7.341,0 uur: 90,2% van de formatie van 8.140,0 uur');
	await expect(page.getByTestId('verhaal')).toContainText('peildatum 31 juli 2026: het schooljaar is voorbij');
	const signalen = page.getByTestId('signalen');
	await expect(signalen).toContainText('Kring West heeft 45,1% van de uren gebruikt terwijl 100% van het schooljaar voorbij is');
	await expect(signalen).toContainText('Basisschool Het Spectrum (Kring Centrum) kreeg dit schooljaar geen uren');
	// Every chart on the page is a drawn SVG with an aria label.
	for (const id of ['benutting', 'verhouding', 'burnup', 'verdeling-organisatie', 'verdeling-expertise', 'verdeling-activiteit', 'verdeling-niveau']) {
		await expect(page.getByTestId(id).locator('svg[aria-label]').first()).toBeVisible();
	}
	expect(await page.getByTestId('benutting').locator('svg g[aria-description="staaf"] rect').count()).toBe(8);
	await page.screenshot({ path: 'test-results/screenshots/expertteam.png', fullPage: true });
});

test('the burn-up chart draws the hours, the formatie and the pace', async ({ page }) => {
	await page.goto('/expertteam?schooljaar=2025-2026&kring=Kring+West');
	const burnup = page.getByTestId('burnup');
	for (const line of ['geleverde uren', 'formatie', 'tempo']) {
		const d = await burnup.locator(`svg g[aria-description="${line}"] path`).first().getAttribute('d');
		expect(d, line).toMatch(/^M[\d.,]+L/);
	}
	// Hours: 1 August plus 12 month ends; the pace runs from 0 to the formatie in 12 months as well.
	const uren = await burnup.locator('svg g[aria-description="geleverde uren"] path').getAttribute('d');
	expect(uren!.split('L')).toHaveLength(13);
	await burnup.getByText('Tabel met deze cijfers').click();
	await expect(burnup.locator('table tr', { hasText: 'sep 2025' })).toContainText('71,5 uur');
	await expect(burnup.locator('table tr', { hasText: 'jul 2026' })).toContainText('383,0 uur');
	await burnup.screenshot({ path: 'test-results/screenshots/expertteam-burnup-west.png' });
});

test('filters change the figures and the URL', async ({ page }) => {
	await page.goto('/expertteam');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('combobox', { name: 'Kring' }).selectOption('Kring West');
	await expect(page).toHaveURL(/kring=Kring\+West/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expertteam 2025-2026 — Kring West');
	await expect(page.getByTestId('kengetal-expertteam_uren')).toHaveText('383,0 uur');
	await expect(page.getByTestId('kengetal-benutting_pct')).toHaveText('45,1%');
	await expect(page.getByTestId('scholen').locator('svg[aria-label]')).toBeVisible();

	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('combobox', { name: 'Activiteit' }).selectOption('consultatie');
	await expect(page).toHaveURL(/activiteit=consultatie/);
	await expect(page.getByTestId('kengetal-expertteam_uren')).toHaveText('57,0 uur');

	await page.goto('/expertteam?organisatie=AED');
	await expect(page.getByTestId('kengetal-expertteam_uren')).toHaveText('764,5 uur');
	await expect(page.getByTestId('kengetal-benutting_pct')).toHaveText('47,0%');

	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('combobox', { name: 'Schooljaar' }).selectOption('2021-2022');
	await expect(page).toHaveURL(/schooljaar=2021-2022/);
	await page.goto('/expertteam?schooljaar=2021-2022');
	await expect(page.getByTestId('signalen')).toContainText('Op Kring Heide is 1.051,5 uur geboekt, maar de kring heeft geen formatie voor dit schooljaar.');
});

test('the table view and the CSV download hold the same numbers', async ({ page, request }) => {
	await page.goto('/expertteam?schooljaar=2025-2026');
	const fig = page.getByTestId('benutting');
	await fig.getByText('Tabel met deze cijfers').click();
	await expect(fig.locator('table tr', { hasText: 'Kring West' })).toContainText('45,1%');
	const href = await fig.getByRole('link', { name: /CSV/ }).getAttribute('href');
	expect(href).toBe('/api/q/expertteam_kringen?schooljaar=2025-2026&format=csv');
	const csv = await (await request.get(href!)).text();
	expect(csv).toMatch(/2025-2026;Kring West;nee;850;383;45,05\d*;/); // 383 / 850 = 45,06% at full precision, "45,1%" on screen
	const burnup = await (await request.get((await page.getByTestId('burnup').getByRole('link', { name: /CSV/ }).getAttribute('href'))!)).text();
	expect(burnup).toMatch(/2026-07-01;2026-07-31;0;7341;8140;8140;/);
});

test('the kring and school pages show the expertteam and budget sections', async ({ page }) => {
	await page.goto('/kringen/Kring%20West');
	const et = page.getByTestId('expertteam-sectie');
	await expect(et.getByTestId('kengetal-expertteam_uren')).toHaveText('383,0 uur');
	await expect(et).toContainText('Kring West kreeg 5% van alle uren en heeft 11% van de leerlingen: naar verhouding minder uren');
	expect(await et.locator('[data-testid="burnup"] svg g[aria-description="tempo"] path').count()).toBe(1);
	const budget = page.getByTestId('budget-sectie');
	await expect(budget.getByTestId('kengetal-budget_toegekend')).toHaveText('€ 197.200');
	await expect(budget.getByTestId('kengetal-uitputting_pct')).toHaveText('93,3%');
	await page.screenshot({ path: 'test-results/screenshots/sectie-kring-west.png', fullPage: true });

	await page.goto('/scholen/99AL00');
	await expect(page.getByTestId('expertteam-sectie')).toContainText(
		'Basisschool Het Spectrum kreeg in 2025-2026 geen uren van het expertteam; de kring kreeg 39,6 uur per 100 leerlingen.'
	);
	await expect(page.getByTestId('budget-scholen')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screenshots/sectie-school-spectrum.png', fullPage: true });
});
