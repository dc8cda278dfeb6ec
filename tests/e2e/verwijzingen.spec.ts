/**
 * /verwijzingen on the demo data. By hand from data/demo/tlv.csv (awk/python over the rows with
 * besluitdatum 2025-08-01 … 2026-07-31): 261 TLVs (110 sbo, 151 so), 191 with a herkomst school (79 sbo,
 * 112 so) — the verwijzingen, the same number as in the jaarverslag — and 70 without;
 * 248 have an aanvraagdatum, sorted lead times have 41 and 42 days as the middle two → median 41,5
 * (shown as 42 dagen); requests dated in 2025-2026: 225, of which 64 in May–July → 28,4%.
 * Kring Oost: 37 TLVs.
 */
import { expect, test } from '@playwright/test';

test('verwijzingen shows decisions, per 1000, lead time and May–July share, with drawn charts', async ({ page }) => {
	await page.goto('/verwijzingen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Verwijzingen en TLV's 2025-2026");
	await expect(page.getByTestId('kengetal-verwijzingen')).toHaveText('191');
	await expect(page.getByTestId('kengetal-verwijzingen_per_1000')).toHaveText('9,9');
	await expect(page.getByTestId('kengetal-doorlooptijd_tlv')).toHaveText('42 dagen');
	await expect(page.getByTestId('kengetal-aanvragen_mei_juli_pct')).toHaveText('28,4%');
	await expect(page.getByTestId('verhaal')).toContainText(
		"191 TLV's voor leerlingen van de scholen in het samenwerkingsverband (verwijzingen): 79 voor het sbo en 112 voor het so"
	);
	await expect(page.getByTestId('verhaal')).toContainText('70 TLV-besluiten zonder herkomstschool in het samenwerkingsverband (261 in totaal)');
	await expect(page.getByTestId('verhaal')).toContainText("13 TLV's zonder aanvraagdatum tellen niet mee");

	expect(await page.getByTestId('grafiek-maand').locator('svg g[aria-label="bar"] rect').count()).toBe(24);
	expect(await page.getByTestId('grafiek-doorlooptijd').locator('svg g[aria-label="tick"] line').count()).toBeGreaterThanOrEqual(10);
	expect(await page.getByTestId('grafiek-aflopend').locator('svg g[aria-label="bar"] rect').count()).toBeGreaterThanOrEqual(2);
	await expect(page.getByTestId('grafiek-aflopend')).toContainText('28 jul 2026');
	await page.screenshot({ path: 'test-results/screenshots/verwijzingen.png', fullPage: true });

	const fig = page.getByTestId('grafiek-schooljaar');
	const href = await fig.getByRole('link', { name: /CSV/ }).getAttribute('href');
	const csv = await (await page.request.get(href!)).text();
	// Full precision in the data: 191 / 19.246 × 1000 = 9,924…, 64 / 225 = 28,44…%.
	expect(csv).toMatch(/2025-2026;110;151;261;191;79;112;70;2025-10-01;19246;9,92\d*;26;41,5;55,25;13;225;64;28,44\d*/);
});

test('filtering on a kring changes the figures and the URL', async ({ page }) => {
	await page.goto('/verwijzingen');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form.filters select[name=kring]').selectOption('Kring Oost');
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/kring=Kring\+Oost/);
	await expect(page.getByTestId('kengetal-verwijzingen')).toHaveText('37');
	await expect(page.getByTestId('kengetal-verwijzingen_per_1000')).toHaveText('17,6');
	const href = await page.getByTestId('grafiek-maand').getByRole('link', { name: /CSV/ }).getAttribute('href');
	expect(href).toContain('kring=Kring+Oost');
});
