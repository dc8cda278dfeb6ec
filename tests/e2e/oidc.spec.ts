/**
 * Logging in with an organisation account, end to end against a real OpenID Connect provider
 * (npm oidc-provider on loopback, tests/e2e/oidc-provider.ts, started by playwright.config.ts):
 * a person of a domain the beheerder allowed gets an account with the chosen role and is logged in;
 * logout ends the session; a person of another domain is refused and gets no account.
 */
import { expect, test, type Page } from '@playwright/test';
import { NO_SESSION, loginAs } from './auth';

test.use({ storageState: NO_SESSION });

/** Through the provider's own (development) login form and consent, back to the monitor. */
async function loginAtProvider(page: Page, email: string): Promise<void> {
	await page.goto('/login');
	await page.getByRole('link', { name: 'Inloggen met Testorganisatie' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
	await page.locator('input[name="login"]').fill(email);
	await page.locator('input[name="password"]').fill('wat-dan-ook');
	await page.getByRole('button', { name: 'Sign-in' }).click();
	await page.getByRole('button', { name: 'Continue' }).click();
}

test('login with an allowed domain makes the account with its role, logout ends it, another domain is refused', async ({ page }) => {
	const stamp = Date.now() % 100000;
	const domein = `swv-test-${stamp}.nl`;
	const email = `an.jansen@${domein}`;

	// The beheerder allows the domain, with the role adviseur.
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/gebruikers');
	await expect(page.getByRole('region', { name: 'Inloggen met organisatie-accounts' })).toContainText('Inloggen met Testorganisatie staat aan');
	await page.getByLabel('Domein (het deel na de @)').fill(domein);
	await page.getByLabel('Rol van nieuwe accounts').selectOption('adviseur');
	await page.getByRole('button', { name: 'Domein toestaan' }).click();
	await expect(page.getByTestId('melding')).toContainText(`Mensen met een e-mailadres van ${domein} krijgen bij hun eerste login de rol adviseur.`);
	await expect(page.getByTestId('domeinen')).toContainText(domein);
	await page.getByRole('button', { name: 'Uitloggen' }).click();

	// First login through the provider: the account is made, with the domain's role.
	await loginAtProvider(page, email);
	await expect(page).toHaveURL(/:\d+\/$/);
	await expect(page.getByRole('link', { name: `${email} (adviseur)` })).toBeVisible();
	await page.screenshot({ path: '/tmp/beheer/oidc-ingelogd.png', fullPage: true });

	// Logout ends the monitor's session: the old cookie opens nothing.
	const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'pm_sessie');
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await page.context().addCookies([cookie]);
	await page.goto('/deelname');
	await expect(page).toHaveURL(/\/login\?terug=%2Fdeelname/);

	// Logging in again finds the same account (the provider remembers its own session or asks again).
	await page.getByRole('link', { name: 'Inloggen met Testorganisatie' }).click();
	if (/\/interaction\//.test(page.url())) {
		const login = page.locator('input[name="login"]');
		if (await login.count()) {
			await login.fill(email);
			await page.locator('input[name="password"]').fill('wat-dan-ook');
			await page.getByRole('button', { name: 'Sign-in' }).click();
		}
		const verder = page.getByRole('button', { name: 'Continue' });
		if (await verder.count()) await verder.click();
	}
	await expect(page).toHaveURL(/\/deelname$/);
	await expect(page.getByRole('link', { name: `${email} (adviseur)` })).toBeVisible();

	// Another domain: refused, plainly, and no account.
	await page.context().clearCookies();
	await loginAtProvider(page, `piet@elders-${stamp}.nl`);
	await expect(page).toHaveURL(/\/login\?fout=domein/);
	await expect(page.getByTestId('oidc-melding')).toHaveText(
		`Met een e-mailadres van elders-${stamp}.nl kunt u niet inloggen: de beheerder heeft dat domein niet toegestaan. Vraag de beheerder om een account.`
	);
	await page.screenshot({ path: '/tmp/beheer/oidc-geweigerd.png', fullPage: true });
	await page.goto('/');
	await expect(page).toHaveURL(/\/login/);

	await loginAs(page, 'beheerder');
	await page.goto('/beheer/gebruikers');
	await expect(page.locator(`tr[data-account="${email}"]`)).toContainText('adviseur');
	await expect(page.locator(`tr[data-account="piet@elders-${stamp}.nl"]`)).toHaveCount(0);
	await page.goto('/beheer/audit');
	const log = page.getByTestId('logboek');
	await expect(log.locator('tr.account_toegevoegd', { hasText: `${email} (adviseur), eerste login met toegestaan domein` })).toHaveCount(1);
	await expect(log.locator('tr.inloggen_mislukt', { hasText: 'domein niet toegestaan' }).first()).toContainText(`piet@elders-${stamp}.nl`);
	await expect(log.locator('tr.domein_toegestaan', { hasText: `${domein} (adviseur)` })).toHaveCount(1);
});
