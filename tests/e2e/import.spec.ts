/**
 * The web import as a beheerder uses it. The good file is a messy, hand-made export
 * (tests/fixtures/messy/: Windows-1252, `;`, aliases, extra columns, an empty line, dates as 1-10-2025)
 * with the counts of 1 oktober 2025 for 4 bao and 2 sbo schools (and one so school):
 * sbo 95 + 88 = 183 of bao + sbo 1.126 + 183 = 1.309 → 13,98%, tile 13,98%.
 * The bad date file also names a school the demo does not have (11AA): two errors, both shown.
 * At the end the demo telling is uploaded again, so the other browser tests see the demo figures.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { stateFor } from './auth';

// Importing is the beheerder's work (src/lib/server/access.ts): the spec runs as the demo beheerder.
test.use({ storageState: stateFor('beheerder') });

const MESSY = 'tests/fixtures/messy/Leerlingaantallen per 1 okt 2025 (Kindkans).csv';

async function check(page: Page, files: string | { name: string; mimeType: string; buffer: Buffer }) {
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles(files);
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByTestId('rapport')).toBeVisible({ timeout: 20_000 });
}

test('upload a messy export, see the report, confirm: the overview changes', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('2,26%');

	await check(page, MESSY);
	const rapport = page.getByTestId('rapport');
	await expect(rapport).toContainText('Geen fouten gevonden');
	await expect(rapport.locator('tbody tr').first()).toContainText('Leerlingaantallen per 1 okt 2025 (Kindkans).csv');
	await expect(rapport.locator('tbody tr').first()).toContainText('telling');
	await expect(rapport.locator('[data-kind="kolom_genegeerd"]').first()).toContainText('wordt overgeslagen');
	await page.screenshot({ path: 'test-results/screenshots/import.png', fullPage: true });

	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toBeVisible({ timeout: 20_000 });
	await expect(rapport).toContainText('Ingelezen: telling 7 regels');

	await page.getByRole('link', { name: 'Naar het overzicht' }).click();
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('13,98%');

	// The log shows the import, with the file's name and checksum.
	await page.goto('/beheer/log');
	const first = page.getByTestId('importlog').locator('tbody tr').first();
	await expect(first).toContainText('ingelezen');
	await expect(first).toContainText('Leerlingaantallen per 1 okt 2025 (Kindkans).csv');
	await expect(first).toContainText('telling: 7');
	await page.screenshot({ path: 'test-results/screenshots/import-log.png', fullPage: true });

	// Put the demo counts back: the whole telling again (every teldatum it covers is replaced).
	await check(page, 'data/demo/telling.csv');
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toBeVisible({ timeout: 20_000 });
	await page.goto('/');
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('2,26%');
});

test('a bad file gets the Dutch report, no way to load it, and nothing changes', async ({ page }) => {
	await check(page, 'tests/fixtures/bad/telling-31-02-2024.csv');
	const rapport = page.getByTestId('rapport');
	await expect(rapport).toContainText('2 fouten gevonden. Er is niets ingelezen; de gegevens in de monitor zijn niet veranderd.');
	const g = rapport.locator('[data-kind="date_ongeldig"]');
	await expect(g).toContainText('Dit is geen geldige datum.');
	await expect(g).toContainText('kolom teldatum');
	await expect(g).toContainText('Oplossing: Schrijf een bestaande datum als 2024-10-01');
	await expect(g.locator('tbody tr').first()).toContainText('2');
	await expect(g.locator('tbody tr').first()).toContainText('31-02-2024');
	await expect(page.getByRole('button', { name: 'Inlezen' })).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screenshots/import-fout.png', fullPage: true });

	await check(page, 'tests/fixtures/bad/tlv-bsn.csv');
	await expect(page.getByTestId('rapport').locator('[data-kind="privacy"]')).toContainText('De kolom "BSN" bevat een burgerservicenummer (BSN).');
	// The beheerder finds the refused checks in the log, newest first.
	await page.goto('/beheer/log');
	const laatste = page.getByTestId('importlog').locator('tbody tr').first();
	await expect(laatste).toContainText('geweigerd bij controle');
	await expect(laatste).toContainText('tlv-bsn.csv');

	await page.goto('/');
	await expect(page.getByTestId('tegel-deelname_sbo_pct')).toHaveText('2,26%');
});

test('an upload over the size limit gets a clear message, in the browser and from the server', async ({ page, request }) => {
	const big = Buffer.alloc(3 * 1024 * 1024, 'a');
	await page.goto('/beheer/import');
	await expect(page.getByText('samen hoogstens 2 MB')).toBeVisible();
	await page.getByLabel('Bestanden').setInputFiles({ name: 'telling.csv', mimeType: 'text/csv', buffer: big });
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByRole('alert')).toContainText('De bestanden zijn samen 3 MB; de webpagina neemt hoogstens 2 MB tegelijk aan.');

	// Posting straight to the action (no browser check) gets the same words.
	const r = await request.post('/beheer/import?/controleer', {
		headers: { accept: 'application/json', 'x-sveltekit-action': 'true', origin: new URL(page.url()).origin },
		multipart: { bestanden: { name: 'telling.csv', mimeType: 'text/csv', buffer: big } }
	});
	const body = await r.json();
	expect(body.type).toBe('failure');
	expect(body.status).toBe(413);
	expect(body.data).toContain('hoogstens 2 MB');
});

test('confirming an unknown or used token is refused plainly', async ({ page }) => {
	await page.goto('/beheer/import');
	const r = await page.request.post('/beheer/import?/inlezen', {
		headers: { accept: 'application/json', 'x-sveltekit-action': 'true', origin: new URL(page.url()).origin },
		form: { token: '../../etc' }
	});
	const body = await r.json();
	expect(body).toMatchObject({ type: 'failure', status: 410 });
	expect(body.data).toContain('niet meer beschikbaar');
	expect(readFileSync(MESSY).length).toBeGreaterThan(0);
});

test('cancelling after the check throws the files away and loads nothing', async ({ page }) => {
	await page.goto('/beheer/log');
	const rows = await page.getByTestId('importlog').locator('tbody tr').count();
	await check(page, 'tests/fixtures/good/expertteam_formatie.csv');
	await page.getByRole('button', { name: 'Annuleren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De bestanden zijn weggegooid' })).toBeVisible();
	await page.goto('/beheer/log');
	await expect(page.getByTestId('importlog').locator('tbody tr')).toHaveCount(rows);
});

test('while the server reads and checks, the page says so', async ({ page }) => {
	await page.goto('/beheer/import');
	// Hold the answer back, as a large file would.
	await page.route('**/beheer/import?/controleer', async (route) => {
		await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	await page.getByLabel('Bestanden').setInputFiles('tests/fixtures/good/expertteam_formatie.csv');
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByTestId('voortgang')).toContainText(/Uploaden|Bezig met lezen en controleren/);
	await expect(page.getByRole('button', { name: 'Controleren' })).toBeDisabled();
	await expect(page.getByTestId('rapport')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByTestId('voortgang')).toHaveText('');
	await page.getByRole('button', { name: 'Annuleren' }).click();
});
