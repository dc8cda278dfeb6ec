/**
 * Roles as a person meets them: the login page (demo accounts in one click), each role's own view,
 * a school account's own school with "<5" for small counts, the CSP header without violations,
 * logout, wrong passwords and the rate limit, and a forged cross-site form post.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { NO_SESSION, ROLES, loginAs, stateFor } from './auth';
import { E2E_ACCOUNT } from './accounts';

/** Collects CSP violations reported by the page and by the console. */
function watchCsp(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	return violations;
}

test.describe('without a session', () => {
	test.use({ storageState: NO_SESSION });

	test('the login page offers the demo accounts; a page asked for first is opened after login', async ({ page }) => {
		await page.goto('/account');
		await expect(page).toHaveURL(/\/login\?terug=%2Faccount/);
		await expect(page.getByRole('heading', { name: 'Inloggen', level: 1 })).toBeVisible();
		for (const role of ROLES) await expect(page.getByTestId(`demo-${role}`)).toBeVisible();
		await page.screenshot({ path: 'test-results/screenshots/login.png', fullPage: true });
		await page.getByTestId('demo-adviseur').click();
		await expect(page).toHaveURL(/\/account$/);
		await expect(page.getByRole('main')).toContainText('adviseur');
	});

	test('a wrong password is refused, and after 5 attempts the account is blocked for a while', async ({ page }) => {
		const name = `onbekend${Date.now()}`;
		await page.goto('/login');
		for (let i = 0; i < 5; i++) {
			await page.getByLabel('Naam').fill(name);
			await page.getByLabel('Wachtwoord', { exact: true }).fill('fout-wachtwoord');
			await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
			await expect(page.getByRole('alert')).toHaveText('De naam of het wachtwoord klopt niet.');
		}
		await page.getByLabel('Naam').fill(name);
		await page.getByLabel('Wachtwoord', { exact: true }).fill('fout-wachtwoord');
		await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('Te vaak een verkeerd wachtwoord');
	});

	test('an empty password is refused before it is counted: six of them do not block the account', async ({ page, baseURL }) => {
		for (let i = 0; i < 6; i++) {
			const r = await page.request.post('/login?/login', { form: { naam: E2E_ACCOUNT.name, wachtwoord: '' }, headers: { Origin: baseURL! }, maxRedirects: 0 });
			expect(await r.text()).toContain('Vul uw naam en uw wachtwoord in.');
		}
		await page.goto('/login');
		await page.getByLabel('Naam').fill(E2E_ACCOUNT.name);
		await page.getByLabel('Wachtwoord', { exact: true }).fill(E2E_ACCOUNT.password);
		await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(page).toHaveURL(/\/$/);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
	});

	test('an ordinary account logs in with its password, changes it, and only the new one works afterwards', async ({ page }) => {
		const login = async (password: string) => {
			await page.goto('/login');
			await page.getByLabel('Naam').fill(E2E_ACCOUNT.name);
			await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
			await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		};
		await login(E2E_ACCOUNT.password);
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('link', { name: `${E2E_ACCOUNT.name} (adviseur)` })).toBeVisible();

		const nieuw = 'een heel nieuw wachtwoord';
		await page.goto('/account');
		await page.getByLabel('Huidig wachtwoord').fill(E2E_ACCOUNT.password);
		await page.getByLabel('Nieuw wachtwoord (minstens 10 tekens)').fill(nieuw);
		await page.getByLabel('Nieuw wachtwoord nog een keer').fill(nieuw);
		await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
		await expect(page.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd');
		await page.getByRole('button', { name: 'Uitloggen' }).click();

		await login(E2E_ACCOUNT.password);
		await expect(page.getByRole('alert')).toHaveText('De naam of het wachtwoord klopt niet.');
		await login(nieuw);
		await expect(page).toHaveURL(/\/$/);
		// Put the original password back, so the spec can run again on the same server.
		await page.goto('/account');
		await page.getByLabel('Huidig wachtwoord').fill(nieuw);
		await page.getByLabel('Nieuw wachtwoord (minstens 10 tekens)').fill(E2E_ACCOUNT.password);
		await page.getByLabel('Nieuw wachtwoord nog een keer').fill(E2E_ACCOUNT.password);
		await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
		await expect(page.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd');
	});

	test('a form posted from another site is refused (SvelteKit origin check)', async ({ request, baseURL }) => {
		const forged = await request.post('/login?/demo', { form: { rol: 'beheerder' }, headers: { Origin: 'https://aanvaller.example' }, maxRedirects: 0 });
		expect(forged.status()).toBe(403);
		expect(forged.headers()['set-cookie']).toBeUndefined();
		const same = await request.post('/login?/demo', { form: { rol: 'bestuur' }, headers: { Origin: baseURL! }, maxRedirects: 0 });
		expect(same.status()).toBeLessThan(400);
		const cookie = same.headers()['set-cookie'];
		expect(cookie).toMatch(/pm_sessie=[\w-]{43}/);
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
	});
});

test('each demo role logs in, sees its own view, under the CSP header and without violations', async ({ page }) => {
	const expected = {
		bestuur: { has: ['Overzicht', 'Scholen', 'Jaarverslag'], not: ['Beheer', 'Mijn school'] },
		adviseur: { has: ['Overzicht', 'Scholen'], not: ['Beheer', 'Mijn school'] },
		beheerder: { has: ['Overzicht', 'Beheer'], not: ['Mijn school'] },
		school: { has: ['Overzicht', 'Mijn school'], not: ['Scholen', 'Deelname', 'Beheer'] }
	} as const;
	for (const role of ROLES) {
		const violations = watchCsp(page);
		await loginAs(page, role);
		const res = await page.goto('/');
		const csp = res!.headers()['content-security-policy'];
		expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(res!.headers()['x-content-type-options']).toBe('nosniff');
		expect(res!.headers()['referrer-policy']).toBe('same-origin');
		await expect(page.getByRole('link', { name: `${role} (${role})` })).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
		for (const l of expected[role].has) await expect(nav.getByRole('link', { name: l, exact: true }), `${role} ziet ${l}`).toBeVisible();
		for (const l of expected[role].not) await expect(nav.getByRole('link', { name: l, exact: true }), `${role} ziet geen ${l}`).toHaveCount(0);
		// The chart draws under the CSP (Plot writes inline style attributes).
		await expect(page.locator('.chart svg g[aria-label="line"] path[d]').first()).toBeVisible();
		expect(violations, `${role}: CSP-meldingen`).toEqual([]);
		if (role === 'school') await page.screenshot({ path: 'test-results/screenshots/overzicht-school.png', fullPage: true });
	}
});

test('a school account sees its own school with "<5" for small counts, no other school, and is refused another school', async ({ page }) => {
	// Every school of the demo data except the account's own: none of their names or codes may appear.
	const scholen = readFileSync('data/demo/scholen.csv', 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','));
	await loginAs(page, 'school');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn school' }).click();
	await expect(page).toHaveURL(/\/scholen\/\w{6}$/);
	const own = page.url().split('/').pop()!;
	const main = page.getByRole('main');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Basisschool');
	await expect(page.getByTestId('expertteam-budget')).toBeVisible();
	await expect(main.getByRole('cell', { name: '<5' }).first()).toBeVisible();
	await expect(main).toContainText('verborgen');
	const text = await main.innerText();
	expect(text).not.toContain('NaN');
	expect(text).not.toContain('undefined');
	const html = await page.content();
	// An organisation that delivers expertteam hours may carry a school's name (the demo's "SBO De Vlieger"
	// is also an sbo school): the kring's hours per organisatie name a provider, not that school's figures.
	const aanbieders = new Set(
		readFileSync('data/demo/expertteam_inzet.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(',')[5])
	);
	for (const [brin, vestiging, naam] of scholen) {
		if (brin + vestiging === own) continue;
		if (!aanbieders.has(naam)) expect(html, `andere school ${naam}`).not.toContain(naam);
		expect(html, `andere school ${brin}${vestiging}`).not.toContain(brin + vestiging);
	}
	await page.screenshot({ path: 'test-results/screenshots/school-privacy.png', fullPage: true });

	// The API answers with the same scope: own rows with "<5", 403 for per-school listings and other schools.
	const eigen = await page.request.get(`/api/q/school_verwijzingen?school=${own}&format=json`);
	expect(eigen.status()).toBe(200);
	expect(await eigen.text()).not.toMatch(/"(tlv_sbo|tlv_so|verwijzingen)":[1-4][,}]/);
	for (const url of ['/api/q/verwijzingen_per_school', '/api/q/budget_scholen', '/api/q/expertteam_scholen', '/api/q/school_verwijzingen?school=96XN00']) {
		expect((await page.request.get(url)).status(), url).toBe(403);
	}

	// The same page for the adviseur shows the exact numbers.
	await loginAs(page, 'adviseur');
	await page.goto(`/scholen/${own}`);
	await expect(page.getByTestId('expertteam-budget')).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText('<5');
	await expect(page.getByRole('main')).not.toContainText('verborgen');

	await loginAs(page, 'school');
	const other = await page.goto('/scholen/96XN00');
	expect(other!.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
});

test('logout ends the session: the old cookie no longer opens anything', async ({ page }) => {
	await loginAs(page, 'bestuur');
	const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'pm_sessie');
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await page.context().addCookies([cookie]);
	await page.goto('/');
	await expect(page).toHaveURL(/\/login/);
});

test('logout refuses a post from another site or without an Origin, also when it is not a form post', async ({ page }) => {
	await loginAs(page, 'bestuur');
	// What a page on another site can send with fetch(…, { method: 'POST', mode: 'no-cors' }): no form body.
	const tries: Record<string, string>[] = [
		{ Origin: 'https://aanvaller.example' },
		{ Origin: 'https://aanvaller.example', 'Content-Type': 'application/json' },
		{}
	];
	for (const headers of tries) {
		const r = await page.request.post('/logout', { headers, data: headers['Content-Type'] ? '{}' : undefined, maxRedirects: 0 });
		expect(r.status(), JSON.stringify(headers)).toBe(403);
	}
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL(/\/login$/);
});

test('the beheerder sees logins, refusals and downloads in the audit log', async ({ page }) => {
	await loginAs(page, 'school');
	await page.goto('/scholen/96XN00');
	await loginAs(page, 'bestuur');
	await page.request.get('/api/q/kerncijfers?format=csv');
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/audit');
	const log = page.getByTestId('logboek');
	await expect(log).toContainText('inloggen');
	await expect(log.locator('tr.geweigerd', { hasText: '/scholen/96XN00' }).first()).toBeVisible();
	await expect(log.locator('tr.export', { hasText: 'kerncijfers?format=csv' }).first()).toBeVisible();
	await expect(log.locator('tr.import').first()).toBeVisible();
	await page.goto('/beheer/gebruikers');
	const schoolRow = page
		.getByTestId('accounts')
		.locator('tbody tr')
		.filter({ has: page.getByRole('cell', { name: 'school', exact: true }) });
	await expect(schoolRow.first()).toContainText('demo-account');
});

test.describe('typing before the page is ready', () => {
	test.use({ storageState: NO_SESSION });

	test('a name typed on the login page before its scripts arrived is kept when they do', async ({ page }) => {
		// Hold the app's scripts until the person has typed, as on a slow connection.
		let laat!: () => void;
		const klaar = new Promise<void>((r) => (laat = r));
		await page.route('**/_app/immutable/**', async (route) => {
			await klaar;
			await route.continue();
		});
		await page.goto('/login', { waitUntil: 'commit' });
		await page.getByLabel('Naam').fill('snelle-typer');
		await page.getByLabel('Wachtwoord', { exact: true }).fill('fout-wachtwoord');
		laat();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByLabel('Naam')).toHaveValue('snelle-typer');
		await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('fout-wachtwoord');
	});
});

test('a refused page deep in the site loads its styles and scripts like any page (relative asset paths pointed below it)', async ({ browser }) => {
	const ctx = await browser.newContext({ storageState: stateFor('school') });
	const page = await ctx.newPage();
	const missing: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && r.request().resourceType() !== 'document') missing.push(`${r.status()} ${r.url()}`);
	});
	const res = await page.goto('/beheer/import');
	expect(res?.status()).toBe(403);
	await expect(page.getByRole('heading', { name: 'Geen toegang', level: 1 })).toBeVisible();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	expect(missing).toEqual([]);
	// The site's header is drawn with its stylesheet (dark blue), not as unstyled links.
	expect(
		await page
			.locator('header')
			.first()
			.evaluate((h) => getComputedStyle(h).backgroundColor)
	).not.toBe('rgba(0, 0, 0, 0)');
	await ctx.close();
});
