/**
 * The overview as a person sees it, on the demo data. The expected figures were computed by hand from
 * data/demo/telling.csv, scholen.csv and tlv.csv (see the closing note of the foundation issue):
 * 1 oktober 2025: bao 18.811, sbo 435 → sbo 435 / 19.246 = 2,26% (tile 2,26%: last year's 2,32% needs two decimals, and one tile has one number of decimals);
 * 1 oktober 2022: bao 19.146, sbo 481 → 481 / 19.627 = 2,45% (tile 2,45%, as the sentence says).
 */
import { expect, test } from '@playwright/test';

test('overview shows tiles, a drawn chart and the story; switching schooljaar changes the figures', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht 2025-2026');
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('2,26%');
	await expect(page.getByTestId('verhaal')).toContainText('Op 1 oktober 2025 zat 2,26% van de leerlingen op het sbo');
	await expect(page.getByTestId('verhaal')).toContainText('vorig jaar (2,32%)');

	// The chart is an SVG with drawn lines and dots, and an accessible label.
	const svg = page.locator('.chart svg[aria-label]').first();
	await expect(svg).toBeVisible();
	await expect(svg).toHaveAttribute('aria-label', /deelname sbo/);
	// 3 rates × 9 teldata = 27 dots; solid lines for 1 oktober and dashed ones for 1 februari.
	expect(await page.locator('.chart svg g[aria-label="dot"] > *').count()).toBeGreaterThanOrEqual(27);
	expect(await page.locator('.chart svg g[aria-label="line"] path[d]').count()).toBeGreaterThanOrEqual(6);
	await page.screenshot({ path: 'test-results/screenshots/overzicht.png', fullPage: true });

	// Switch schooljaar with the keyboard-accessible select: URL and figures change.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Schooljaar').selectOption('2022-2023');
	await expect(page).toHaveURL(/schooljaar=2022-2023/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht 2022-2023');
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('2,45%');
	await expect(page.getByTestId('verhaal')).toContainText('Op 1 oktober 2022 zat 2,45% van de leerlingen op het sbo');
});

test('each figure can show its definition', async ({ page }) => {
	await page.goto('/');
	const tile = page.locator('.tegel[data-metric="deelname_so_pct"]');
	await tile.getByText('Hoe berekend?').click();
	await expect(tile).toContainText('So-leerlingen tellen niet mee in de noemer');
});

test('the table view and the CSV download hold the same numbers', async ({ page, request }) => {
	await page.goto('/');
	await page.getByText('Tabel met deze cijfers').click();
	const row = page.locator('table tr', { hasText: '1 okt 2025' });
	await expect(row).toContainText('18.811');
	await expect(row).toContainText('2,26%');
	const csv = await (await request.get('/api/q/kerncijfers?format=csv')).text();
	expect(csv).toContain('2025-10-01;2025-2026;oktober;18811;435;');
	expect(csv).toMatch(/2025-10-01;[^\n]*;2,26\d*;/);
});

test('the API answers Arrow, CSV and JSON, and a bad parameter with a clear 400', async ({ request }) => {
	const arrow = await request.get('/api/q/kerncijfers?schooljaar=2025-2026');
	expect(arrow.status()).toBe(200);
	expect(arrow.headers()['content-type']).toBe('application/vnd.apache.arrow.stream');
	const json = await (await request.get('/api/q/kerncijfers?schooljaar=2025-2026&format=json')).json();
	expect(json.rows.map((r: { teldatum: string }) => r.teldatum)).toEqual(['2025-10-01', '2026-02-01']);
	const bad = await request.get(`/api/q/kerncijfers?schooljaar=${encodeURIComponent("2024' OR 1=1 --")}&format=json`);
	expect(bad.status()).toBe(400);
	const text = await bad.text();
	expect(text).toContain('schooljaar');
	expect(text).not.toMatch(/SELECT|at \w+ \(/);
	expect((await request.get('/api/q/bestaat_niet')).status()).toBe(404);
});
