/**
 * After a web import the pages opened most are rendered in the background for bestuur and adviseur
 * (src/lib/server/voorverwarmen.ts): the import's answer comes before that work is done, and the first
 * time the bestuur opens /deelname afterwards it is served from the page cache (X-Paginacache: hit).
 * The demo telling is imported again, so the figures stay those of the demo.
 */
import { expect, test } from '@playwright/test';
import { stateFor } from './auth';

test.use({ storageState: stateFor('beheerder') });

test('after an import the bestuur’s first /deelname comes from the page cache, and the import did not wait for it', async ({ page, playwright, baseURL }) => {
	test.setTimeout(150_000);
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles('data/demo/telling.csv');
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByTestId('rapport')).toContainText('Geen fouten gevonden', { timeout: 20_000 });
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toBeVisible({ timeout: 20_000 });

	// The answer came while the figures were computed again and the pages rendered: the import did not wait for them.
	const voorverwarmen = page.getByTestId('voorverwarmen');
	await expect(voorverwarmen).toContainText(/worden opnieuw berekend met de nieuwe gegevens|worden klaargezet voor bestuur en adviseur/);
	await page.screenshot({ path: 'test-results/screenshots/voorverwarmen-bezig.png', fullPage: true });

	// Wait until they are done (the import page itself is never cached).
	await expect(async () => {
		await page.goto('/beheer/import');
		await expect(voorverwarmen).toContainText(/\d+ cijfers opnieuw berekend; de meest geopende pagina's zijn klaargezet voor bestuur en adviseur/, {
			timeout: 500
		});
	}).toPass({ timeout: 120_000 });
	await page.screenshot({ path: 'test-results/screenshots/voorverwarmen-klaar.png', fullPage: true });

	// The bestuur's first requests after the import: served from the cache, with the demo figures.
	const bestuur = await playwright.request.newContext({ baseURL, storageState: stateFor('bestuur') });
	const deelname = await bestuur.get('/deelname');
	expect(deelname.status()).toBe(200);
	expect(deelname.headers()['x-paginacache']).toBe('hit');
	expect(await deelname.text()).toContain('Deelname');
	for (const path of ['/', '/verwijzingen', '/expertteam', '/budget']) expect((await bestuur.get(path)).headers()['x-paginacache'], path).toBe('hit');
	// A page that is not among the most opened was not rendered in advance.
	expect((await bestuur.get('/arrangementen')).headers()['x-paginacache']).toBe('miss');
	await bestuur.dispose();
});
