/**
 * Hostile uploads against the running server (issue 13): a zip bomb, a CSV with one huge value and a
 * workbook of many rows are refused in Dutch while the server keeps answering; and a kring named
 * "Kring Zuid’s + West" goes from import to its kring page, a filter and its jaarverslag.
 * Named zz- so it runs last: it adds a school (and its kring) to the demo database.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { stateFor } from './auth';
import { hugeCellCsv, zipBombXlsx } from '../fixtures/hostile';

test.use({ storageState: stateFor('beheerder') });
// Each check starts a process of its own; on a busy machine two checks and two imports take a while.
test.setTimeout(180_000);

const SHOTS = '/tmp/hardimport';
mkdirSync(SHOTS, { recursive: true });

async function check(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles(file);
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByTestId('rapport')).toBeVisible({ timeout: 60_000 });
	return page.getByTestId('rapport');
}

test('a zip bomb and a CSV with a huge value are refused in Dutch, and the server goes on answering', async ({ page, request }) => {
	const bomb = zipBombXlsx(256);
	expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
	let rapport = await check(page, { name: 'telling.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bomb });
	await expect(rapport.locator('[data-kind="bestand_te_groot"]')).toContainText('Het bestand is te groot om te controleren');
	await expect(rapport.locator('[data-kind="bestand_te_groot"]')).toContainText('Splits het bestand');
	await expect(page.getByRole('button', { name: 'Inlezen' })).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/zipbom.png`, fullPage: true });
	expect((await request.get('/')).status()).toBe(200);

	rapport = await check(page, { name: 'telling.csv', mimeType: 'text/csv', buffer: Buffer.from(hugeCellCsv(1_500_000)) });
	await expect(rapport.locator('[data-kind="bestand_te_groot"]')).toContainText('rij 3 bevat een waarde van 1.500.000 tekens');
	const home = await request.get('/');
	expect(home.status()).toBe(200);
	await page.goto('/');
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('2,26%');
});

test('a kring named "Kring Zuid’s + West": import, kring page, filter and jaarverslag', async ({ page }) => {
	const kring = 'Kring Zuid’s + West';
	const scholen = `brin,vestiging,naam,soort,gemeente,kring,bestuur\n99ZW,00,Basisschool Zuid’s + West,bao,Lindeveen,${kring},Stichting De Linde\n`;
	// The whole demo telling with the new school added (a telling replaces every row of its teldata).
	const telling = readFileSync('data/demo/telling.csv', 'utf8').trimEnd() + '\n2025-10-01,99ZW,00,240\n';
	const rapport = await check(page, { name: 'scholen.csv', mimeType: 'text/csv', buffer: Buffer.from(scholen) });
	await expect(rapport).toContainText('Geen fouten gevonden');
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toBeVisible({ timeout: 30_000 });
	await check(page, { name: 'telling.csv', mimeType: 'text/csv', buffer: Buffer.from(telling) });
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toBeVisible({ timeout: 30_000 });

	// The kring page, reached by its link in the list of kringen.
	await page.goto('/kringen?schooljaar=2025-2026');
	await page.getByRole('link', { name: kring }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(kring);
	await page.screenshot({ path: `${SHOTS}/kring-pagina.png`, fullPage: true });

	// A filter page with the kring chosen.
	const filter = await page.goto(`/deelname?schooljaar=2025-2026&kring=${encodeURIComponent(kring)}`);
	expect(filter?.status()).toBe(200);
	await page.screenshot({ path: `${SHOTS}/kring-filter.png`, fullPage: true });

	// Its jaarverslag.
	const verslag = await page.goto(`/jaarverslag/2025-2026?kring=${encodeURIComponent(kring)}`);
	expect(verslag?.status()).toBe(200);
	await expect(page.locator('main')).toContainText(kring);
	await page.screenshot({ path: `${SHOTS}/kring-jaarverslag.png`, fullPage: true });
});
