/**
 * Kring and school pages on the demo data. By hand (awk over data/demo): Kring Oost has 2.105 pupils
 * and 37 TLVs in 2025-2026 → 17,6 per 1000 (SWV 9,9); school 32UO00 (Basisschool De Tweemaster,
 * Kring Oost) has 109 pupils on 1 oktober 2025 and 4 TLVs → 36,7 per 1000.
 */
import { expect, test } from '@playwright/test';

test('the kring index links to a kring page with the kring next to the SWV and the country', async ({ page }) => {
	await page.goto('/kringen');
	await expect(page.getByTestId('tabel-kringen').locator('tbody tr')).toHaveCount(8);
	await page.getByRole('link', { name: 'Kring Oost' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kring Oost 2025-2026');
	const rij = page.getByTestId('vergelijking').locator('tr[data-metric="verwijzingen_per_1000"]');
	await expect(rij).toContainText('17,6');
	await expect(rij).toContainText('9,9');
	await expect(page.getByTestId('vergelijking').locator('tr[data-metric="deelname_sbo_pct"] td').first()).toHaveText('geen gegevens');
	await expect(page.getByTestId('verhaal')).toContainText('plaats 1 van de 8 kringen');
	await expect(page.getByTestId('grafiek-verdeling').locator('svg g[aria-label="dot"] circle')).toHaveCount(11);
	expect(await page.getByTestId('grafiek-deelname').locator('svg g[aria-label="line"] path').count()).toBeGreaterThanOrEqual(2);
	await expect(page.getByTestId('tabel-scholen').locator('tbody tr')).toHaveCount(11);
	await page.screenshot({ path: 'test-results/screenshots/kring.png', fullPage: true });
	expect((await page.request.get('/kringen/Bestaat%20niet')).status()).toBe(404);
});

test('the school list is searched by name, code, kring or gemeente, and keeps the kring filter', async ({ page }) => {
	await page.goto('/scholen');
	await expect(page.getByTestId('scholen-aantal')).toHaveText('84 scholen.');
	await page.goto('/scholen?kring=Kring+Oost');
	await expect(page.getByTestId('scholen-aantal')).toHaveText('11 scholen.');
	await page.getByRole('searchbox', { name: 'Zoek een school' }).fill('tweemaster');
	await page.getByRole('button', { name: 'Zoek', exact: true }).click();
	await expect(page).toHaveURL(/kring=Kring\+Oost&zoek=tweemaster/);
	// The school and its dislocatie (32UO00 and 32UO01).
	await expect(page.getByTestId('scholen-aantal')).toHaveText('2 van de 11 scholen gevonden met “tweemaster”.');
	await expect(page.getByTestId('tabel-scholen').locator('tbody tr')).toHaveCount(2);
	await expect(page.getByTestId('tabel-scholen')).toContainText('32UO01');
	// By code, in another case; and nothing found is said plainly.
	await page.goto('/scholen?zoek=32uo00');
	await expect(page.getByTestId('tabel-scholen').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('tabel-scholen')).toContainText('Basisschool De Tweemaster');
	await page.goto('/scholen?zoek=bestaatniet');
	await expect(page.getByTestId('scholen-aantal')).toHaveText('0 van de 84 scholen gevonden met “bestaatniet”.');
	await expect(page.getByTestId('tabel-scholen').locator('tbody')).toHaveText('geen gegevens');
	await page.getByRole('link', { name: 'Zoeken wissen' }).click();
	await expect(page.getByTestId('scholen-aantal')).toHaveText('84 scholen.');
});

test('the school page is a benchmark: the school highlighted among anonymous schools', async ({ page }) => {
	await page.goto('/scholen');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form.filters select[name=kring]').selectOption('Kring Oost');
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/kring=Kring\+Oost/);
	await expect(page.getByTestId('tabel-scholen').locator('tbody tr')).toHaveCount(11);
	await page.getByRole('link', { name: 'Basisschool De Tweemaster', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Basisschool De Tweemaster');
	await expect(page.getByTestId('verhaal')).toContainText(
		'Deze school zit bij het kwart van de scholen met de hoogste waarde: 36,7 per 1.000 leerlingen, tegen 17,6 in de kring en 9,9 in het samenwerkingsverband.'
	);
	const bench = page.getByTestId('grafiek-benchmark');
	// 84 anonymous dots, plus one highlighted dot for this school.
	expect(await bench.locator('svg g[aria-label="dot"] circle').count()).toBe(85);
	await expect(bench).toContainText('deze school: 36,7');
	// No other school's name or code anywhere on the page.
	const tekst = await page.locator('main').innerText();
	expect(tekst).not.toContain('Basisschool De Populier');
	expect(tekst).not.toContain('98QQ00');
	await page.screenshot({ path: 'test-results/screenshots/school.png', fullPage: true });

	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form.filters select[name=schooljaar]').selectOption('2024-2025');
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/schooljaar=2024-2025/);
	await expect(page.getByTestId('vergelijking').locator('tr[data-metric="verwijzingen_per_1000"] td').first()).toHaveText('37,7');
	expect((await page.request.get('/scholen/99ZZ00')).status()).toBe(404);
});
