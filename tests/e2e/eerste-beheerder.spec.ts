/**
 * Importing into the demo database with a demo account: the confirm step asks for the first real
 * beheerder account, makes it once the files are loaded, and keeps this browser logged in with it.
 * (The test server keeps demo mode after imports, MONITOR_KEEP_DEMO; without it the fields are
 * required: src/lib/server/auth/eerste-beheerder.test.ts.) The demo telling is uploaded again, so the
 * figures of the other browser tests do not change.
 */
import { expect, test } from '@playwright/test';
import { stateFor } from './auth';

test.use({ storageState: stateFor('beheerder') });

test('a demo account names the first real beheerder in the import step and stays logged in with it', async ({ page }) => {
	const name = `eerste.beheerder.${Date.now() % 100000}`;
	const wachtwoord = 'ons eigen wachtwoord 2026';
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles('data/demo/telling.csv');
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByTestId('rapport')).toBeVisible({ timeout: 20_000 });
	const velden = page.getByTestId('eerste-beheerder');
	await expect(velden).toContainText('Na dit inlezen werken de demo-accounts niet meer');

	// Two different passwords: refused before anything is read; the files wait for a second try.
	await velden.getByLabel('Naam').fill(name);
	await velden.getByLabel('Wachtwoord (minstens 10 tekens)').fill(wachtwoord);
	await velden.getByLabel('Wachtwoord nog een keer').fill('een ander wachtwoord');
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('alert')).toHaveText('De twee wachtwoorden van het beheerdersaccount zijn niet gelijk.');
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toHaveCount(0);

	await velden.getByLabel('Naam').fill(name);
	await velden.getByLabel('Wachtwoord (minstens 10 tekens)').fill(wachtwoord);
	await velden.getByLabel('Wachtwoord nog een keer').fill(wachtwoord);
	await page.screenshot({ path: '/tmp/beheer/eerste-beheerder.png', fullPage: true });
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('status').filter({ hasText: 'U bent nu ingelogd' })).toContainText(`U bent nu ingelogd als ${name} (beheerder)`);
	await expect(page.getByRole('link', { name: `${name} (beheerder)` })).toBeVisible();
	await page.screenshot({ path: '/tmp/beheer/eerste-beheerder-ingelezen.png', fullPage: true });

	// Logged in with the new account: it opens the beheer pages, and is in the audit log.
	await page.goto('/beheer/audit');
	const log = page.getByTestId('logboek');
	await expect(log.locator('tr.account_toegevoegd', { hasText: `${name} (beheerder), eerste eigen account bij het inlezen` }).first()).toContainText(
		'beheerder'
	);
	await page.getByRole('button', { name: 'Uitloggen' }).click();

	// And it logs in again with its own password (typed after the login page has hydrated: text typed
	// before that is reset when Svelte takes over the form).
	await page.waitForURL(/\/login/);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Naam').fill(name);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await expect(page.getByRole('link', { name: `${name} (beheerder)` })).toBeVisible();
	await page.goto('/beheer/import');
	await expect(page.getByRole('heading', { name: 'Gegevens importeren' })).toBeVisible();
});
