/**
 * Accounts in the web page (/beheer/gebruikers): the beheerder adds an account and sees its password
 * once, that account logs in; a reset makes the old password useless; a new role counts at once;
 * a removed account cannot log in; every change is in the audit log. The server refuses the
 * actions to a bestuur or school account and to a form posted from another site.
 */
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { loginAs, stateFor } from './auth';

async function loginWithPassword(page: Page, name: string, password: string): Promise<void> {
	await page.context().clearCookies();
	await page.goto('/login');
	await page.getByLabel('Naam').fill(name);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

const row = (page: Page, name: string) => page.getByTestId('accounts').locator(`tr[data-account="${name}"]`);

test('an account made in the web page logs in; reset, new role and removal work and are logged', async ({ page }) => {
	const name = `web.school.${Date.now() % 100000}`;
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/gebruikers');
	const toevoegen = page.getByRole('region', { name: 'Account toevoegen' });
	await toevoegen.getByLabel('Naam of e-mailadres').fill(name);
	await toevoegen.getByLabel('Rol', { exact: true }).selectOption('school');
	const scholen = toevoegen.getByLabel(/^Scholen/);
	await expect(scholen).toBeVisible();
	const eerste = scholen.locator('option').first();
	const school = (await eerste.getAttribute('value'))!;
	const schoolNaam = (await eerste.textContent())!.replace(/ \(.*\)$/, '');
	await scholen.selectOption(school);
	await toevoegen.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByTestId('melding')).toContainText(`Account ${name} (school) is toegevoegd.`);
	const wachtwoord = (await page.getByTestId('wachtwoord').textContent())!;
	expect(wachtwoord).toMatch(/^[A-Za-z2-9]{20}$/);
	await expect(row(page, name)).toContainText(school);
	await page.screenshot({ path: '/tmp/beheer/gebruikers-toegevoegd.png', fullPage: true });
	// Shown once: the page opened again does not show it.
	await page.goto('/beheer/gebruikers');
	await expect(page.getByTestId('wachtwoord')).toHaveCount(0);
	expect(await page.content()).not.toContain(wachtwoord);

	// The new account logs in and sees its own school.
	await loginWithPassword(page, name, wachtwoord);
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: `${name} (school)` })).toBeVisible();
	await page.getByRole('link', { name: 'Mijn school' }).click();
	await expect(page).toHaveURL(new RegExp(`/scholen/${school}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(schoolNaam);

	// Reset: the old password no longer works, the new one does.
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/gebruikers');
	await row(page, name)
		.getByRole('button', { name: `Nieuw wachtwoord voor ${name}` })
		.click();
	await expect(page.getByTestId('melding')).toContainText(`${name} heeft een nieuw wachtwoord`);
	const nieuw = (await page.getByTestId('wachtwoord').textContent())!;
	expect(nieuw).not.toBe(wachtwoord);
	await loginWithPassword(page, name, wachtwoord);
	await expect(page.getByRole('alert')).toHaveText('De naam of het wachtwoord klopt niet.');
	await loginWithPassword(page, name, nieuw);
	await expect(page).toHaveURL(/\/$/);

	// A new role counts at once: the session of the changed account ends, its next login is bestuur.
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/gebruikers');
	await row(page, name).getByText('Rol of scholen', { exact: true }).click();
	await row(page, name).getByLabel(`Rol van ${name}`).selectOption('bestuur');
	await row(page, name).getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByTestId('melding')).toContainText(`${name} is nu bestuur.`);
	await expect(row(page, name).locator('td').nth(1)).toHaveText('bestuur');
	await loginWithPassword(page, name, nieuw);
	await expect(page.getByRole('link', { name: `${name} (bestuur)` })).toBeVisible();

	// Removed: the account cannot log in any more.
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/gebruikers');
	await row(page, name).getByText('Verwijderen', { exact: true }).click();
	await row(page, name)
		.getByRole('button', { name: `${name} definitief verwijderen` })
		.click();
	await expect(page.getByTestId('melding')).toContainText(`Account ${name} is verwijderd`);
	await expect(row(page, name)).toHaveCount(0);
	await loginWithPassword(page, name, nieuw);
	await expect(page.getByRole('alert')).toHaveText('De naam of het wachtwoord klopt niet.');

	// Every change is in the audit log, by the beheerder who made it.
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/audit');
	const log = page.getByTestId('logboek');
	for (const [event, details] of [
		['account_toegevoegd', `${name} (school ${school})`],
		['wachtwoord_gereset', name],
		['account_gewijzigd', `${name} (school ${school}) → ${name} (bestuur)`],
		['account_verwijderd', `${name} (bestuur)`]
	]) {
		const line = log.locator(`tr.${event}`, { hasText: details });
		await expect(line.first(), event).toBeVisible();
		await expect(line.first()).toContainText('beheerder');
	}
});

test('the beheerder cannot remove or demote the account they are logged in with', async ({ page, baseURL }) => {
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/gebruikers');
	await expect(row(page, 'beheerder').getByRole('button', { name: /definitief verwijderen/ })).toHaveCount(0);
	const r = await page.request.post('/beheer/gebruikers?/verwijderen', { form: { naam: 'beheerder' }, headers: { Origin: baseURL! } });
	expect(await r.text()).toContain('niet verwijderen');
	await page.goto('/beheer/gebruikers');
	await expect(row(page, 'beheerder')).toHaveCount(1);
});

test('the server refuses account changes to bestuur and school accounts, and from another site', async ({ baseURL }) => {
	const form = { naam: 'indringer.x', rol: 'beheerder' };
	for (const role of ['bestuur', 'school'] as const) {
		const ctx = await playwrightRequest.newContext({ baseURL, storageState: stateFor(role) });
		for (const action of ['toevoegen', 'reset', 'wijzigen', 'verwijderen']) {
			const r = await ctx.post(`/beheer/gebruikers?/${action}`, {
				form: { ...form, naam: action === 'toevoegen' ? form.naam : 'beheerder' },
				headers: { Origin: baseURL! },
				maxRedirects: 0
			});
			expect(r.status(), `${role} ${action}`).toBe(403);
		}
		await ctx.dispose();
	}
	// The beheerder's own session, but the form comes from another site.
	const beheerder = await playwrightRequest.newContext({ baseURL, storageState: stateFor('beheerder') });
	const forged = await beheerder.post('/beheer/gebruikers?/toevoegen', { form, headers: { Origin: 'https://aanvaller.example' }, maxRedirects: 0 });
	expect(forged.status()).toBe(403);
	const page = await beheerder.get('/beheer/gebruikers');
	expect(await page.text()).not.toContain('indringer.x');
	await beheerder.dispose();
});

test('a school account for a school that is not in the scholentabel is refused in Dutch, on adding and on changing', async ({ page, baseURL }) => {
	await loginAs(page, 'beheerder');
	const post = (action: string, form: Record<string, string>) =>
		page.request.post(`/beheer/gebruikers?/${action}`, { form, headers: { Origin: baseURL! } }).then((r) => r.text());
	const melding = 'School 99ZZ00 staat niet in de scholentabel. Kies een school uit de lijst.';
	expect(await post('toevoegen', { naam: 'onbekende.school', rol: 'school', scholen: '99zz00' })).toContain(melding);
	const naam = `bestuur.${Date.now() % 100000}`;
	expect(await post('toevoegen', { naam, rol: 'bestuur' })).toContain(`Account ${naam} (bestuur) is toegevoegd.`);
	expect(await post('wijzigen', { naam, rol: 'school', scholen: '99ZZ00' })).toContain(melding);
	await page.goto('/beheer/gebruikers');
	await expect(row(page, 'onbekende.school')).toHaveCount(0);
	await expect(row(page, naam)).toContainText('bestuur');
	await post('verwijderen', { naam });
});
