/**
 * Lists of rows in a page's data travel as columns (src/lib/rijen-als-kolommen.ts, src/hooks.ts): the
 * column names once instead of in every row. The page must not notice: the rows the browser makes again
 * are the rows the server drew, on a loaded page and after navigating within the monitor.
 */
import { expect, test } from '@playwright/test';

test('lists of rows travel as columns and arrive as the same rows, loaded and after in-app navigation', async ({ page }) => {
	// The page as the server sends it: its hydration data names each column of a list once.
	const html = await (await page.request.get('/deelname')).text();
	const script = html.slice(html.lastIndexOf('<script'));
	expect(script).toContain("app.decode('Rijen'");
	const tabel = page.getByTestId('grafiek-kringen').locator('tbody tr');
	await page.goto('/deelname');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const getekend = await tabel.allTextContents();
	expect(getekend.length).toBeGreaterThanOrEqual(8);
	expect(getekend.join(' ')).toContain('Kring Oost');
	// Sorting the table view makes the browser draw its rows from the data it decoded.
	const fig = page.getByTestId('grafiek-kringen');
	await fig.getByText('Tabel met deze cijfers').click();
	const kop = fig.locator('thead th').filter({ hasText: 'Kring' }).first();
	await kop.getByRole('button').click();
	await expect(kop).toHaveAttribute('aria-sort', 'ascending');
	expect([...(await tabel.allTextContents())].sort()).toEqual([...getekend].sort());
	// Within the monitor: the data comes from …/__data.json and the browser draws the whole page.
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const data = page.waitForResponse((r) => r.url().includes('/deelname/__data.json'));
	await page.getByRole('navigation').getByRole('link', { name: 'Deelname', exact: true }).click();
	await page.waitForURL('**/deelname');
	expect((await data).status()).toBe(200);
	await expect(tabel).toHaveCount(getekend.length);
	expect(await tabel.allTextContents()).toEqual(getekend);
});
