/**
 * /deelname on the demo data. Expected figures computed by hand from data/demo/*.csv with awk
 * (join scholen.csv on brin+vestiging; sum telling.csv on 2025-10-01; count tlv.csv rows with
 * besluitdatum 2025-08-01 … 2026-07-31 by herkomst school):
 *   pupils bao + sbo on 1 oktober 2025: 19.246, of which Kring Oost 2.105;
 *   TLVs with a herkomst school in the SWV: 191 → 9,9 per 1000; from Kring Oost: 37 (15 sbo, 22 so) → 17,6 per 1000.
 */
import { expect, test } from '@playwright/test';

test('deelname shows participation, the ranked kringen, the distribution of schools and the story', async ({ page }) => {
	await page.goto('/deelname');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deelname sbo en so 2025-2026');
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('2,26%');
	await expect(page.getByTestId('verhaal')).toContainText('Kring Oost verwijst het meest: 17,6 per 1.000 leerlingen, tegen 9,9 gemiddeld.');

	// Charts are drawn: lines with dots per teldatum, 8 kring bars, one dot per school (84).
	const lijn = page.getByTestId('grafiek-deelname');
	expect(await lijn.locator('svg g[aria-label="dot"] > *').count()).toBeGreaterThanOrEqual(18);
	await expect(lijn.locator('svg[aria-label]').first()).toHaveAttribute('aria-label', /deelname sbo en so/);
	await expect(page.getByTestId('grafiek-kringen').locator('svg g[aria-label="bar"] rect')).toHaveCount(8);
	await expect(page.getByTestId('grafiek-verdeling').locator('svg g[aria-label="dot"] circle')).toHaveCount(84);
	expect(await page.getByTestId('grafiek-instroom').locator('svg g[aria-label="bar"] rect').count()).toBeGreaterThanOrEqual(20);
	expect(await page.getByTestId('grafiek-categorie').locator('svg g[aria-label="bar"] rect').count()).toBe(3);
	await expect(page.getByTestId('tabel-scholen')).toContainText('Basisschool De Tweemaster');
	await page.screenshot({ path: 'test-results/screenshots/deelname.png', fullPage: true });

	// The kring table view and its CSV hold the same numbers.
	const fig = page.getByTestId('grafiek-kringen');
	await fig.getByText('Tabel met deze cijfers').click();
	const rij = fig.locator('table tr', { hasText: 'Kring Oost' });
	await expect(rij).toContainText('2.105');
	await expect(rij).toContainText('17,6');
	const csvHref = await fig.getByRole('link', { name: /CSV/ }).getAttribute('href');
	expect(csvHref).toContain('/api/q/verwijzingen_per_kring?');
	const csv = await (await page.request.get(csvHref!)).text();
	expect(csv).toMatch(/2025-2026;Kring Oost;2025-10-01;2105;15;22;37;17,57\d*;1;/); // 37 / 2105 × 1000, at full precision
});

test('the kring filter changes the figures and the URL, without JavaScript-only controls', async ({ page }) => {
	await page.goto('/deelname');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form.filters select[name=kring]').selectOption('Kring Oost');
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/kring=Kring\+Oost/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deelname sbo en so 2025-2026 — Kring Oost');
	// Kring Oost has no sbo school: deelname sbo "geen gegevens", never 0%.
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('geen gegevens');
	await expect(page.getByTestId('tegel-deelname_so_pct')).not.toHaveText('1,91%');
	// Only the schools of the kring are listed; the kring is highlighted in the ranking.
	await expect(page.getByTestId('tabel-scholen').locator('tbody tr')).toHaveCount(11);
	await expect(page.getByTestId('grafiek-verdeling').locator('svg g[aria-label="dot"] circle')).toHaveCount(11);

	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form.filters select[name=schooljaar]').selectOption('2022-2023');
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/schooljaar=2022-2023/);
	await expect(page).toHaveURL(/kring=Kring\+Oost/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2022-2023');
});
