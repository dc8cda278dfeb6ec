/**
 * Seeing more in a chart (issue 19): a mark's tooltip (an SVG <title>, drawn on the server) names its
 * kring or school for bestuur and adviseur, and a kring bar or school dot leads to its page; a school
 * account gets neither names nor links. Table views sort by a column with the mouse and the keyboard.
 * A filter updates the page when an option is chosen, without a full reload. At 390 px no menu page
 * scrolls sideways, and a printed page shows no controls.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { demoSchool, stateFor } from './auth';

const SHOTS = '/tmp/kit';
mkdirSync(SHOTS, { recursive: true });

const titels = (page: Page, testid: string, mark: string) => page.getByTestId(testid).locator(`svg g[aria-label="${mark}"] title`).allTextContents();

test('bestuur: a kring bar names its kring and leads to the kring page', async ({ page }) => {
	await page.goto('/deelname');
	const kringen = page.getByTestId('grafiek-kringen');
	const t = await titels(page, 'grafiek-kringen', 'bar');
	expect(t.length).toBeGreaterThan(1);
	expect(t.some((x) => x.startsWith('Kring Oost\n'))).toBe(true);
	const link = kringen.locator('svg a[*|href^="/kringen/Kring%20Oost"]');
	await expect(link).toHaveCount(1);
	// The links are for the mouse; the keyboard reaches the kring pages through the page's own links.
	await expect(link).toHaveAttribute('tabindex', '-1');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await kringen.locator('svg a[*|href^="/kringen/Kring%20Oost"] rect').click();
	await expect(page).toHaveURL(/\/kringen\/Kring%20Oost\?schooljaar=/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Kring Oost');
});

test('bestuur: each dot of the distribution names its school and leads to the school page', async ({ page }) => {
	await page.goto('/deelname?kring=Kring+Oost');
	const dots = page.getByTestId('grafiek-verdeling').locator('svg g[aria-label="dot"]').first();
	// Kring Oost has 11 schools with pupils (deelname.spec.ts): 11 dots, each with a name and a link.
	await expect(dots.locator('circle')).toHaveCount(11);
	await expect(dots.locator('a[*|href^="/scholen/"]')).toHaveCount(11);
	const t = await dots.locator('title').allTextContents();
	expect(t.filter((x) => x.startsWith('een school'))).toEqual([]);
	expect(t.some((x) => x.includes('Tweemaster'))).toBe(true);
	await expect(page.getByTestId('grafiek-verdeling')).toContainText('wijs een stip aan voor de naam');
});

test.describe('a school account', () => {
	test.use({ storageState: stateFor('school') });

	test('sees no kring or school names in tooltips and no links in any chart', async ({ page }) => {
		await page.goto('/');
		const school = await demoSchool(page);
		for (const pad of ['/', `/scholen/${school}`, '/thuiszitters', '/jaarverslag/2024-2025']) {
			await page.goto(pad);
			await expect(page.locator('main svg').first()).toBeVisible();
			expect(await page.locator('main svg a').count(), pad).toBe(0);
			expect(await page.locator('main svg title').allTextContents(), pad).not.toContainEqual(expect.stringMatching(/Kring |Basisschool|School /));
		}
		// The distribution of the schools of its kring: anonymous dots, as before.
		await page.goto(`/scholen/${school}`);
		const dots = await page.getByTestId('grafiek-benchmark').locator('svg g[aria-label="dot"] title').allTextContents();
		expect(dots.length).toBeGreaterThan(0);
		expect(dots.filter((x) => !x.startsWith('een school: ') && !x.startsWith('deze school'))).toEqual([]);
		await expect(page.getByTestId('grafiek-benchmark')).toContainText('Elke stip is een school (zonder naam)');
	});
});

test('a table view sorts by a column, with the mouse and with the keyboard', async ({ page }) => {
	await page.goto('/deelname');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const fig = page.getByTestId('grafiek-kringen');
	await fig.getByText('Tabel met deze cijfers').click();
	const kop = fig.locator('thead th').filter({ hasText: 'Kring' }).first();
	await expect(kop).not.toHaveAttribute('aria-sort');
	await kop.getByRole('button').click();
	await expect(kop).toHaveAttribute('aria-sort', 'ascending');
	const namen = async () => fig.locator('tbody tr td:nth-child(2)').allTextContents();
	const op = await namen();
	expect(op).toEqual([...op].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })));
	await kop.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(kop).toHaveAttribute('aria-sort', 'descending');
	expect(await namen()).toEqual([...op].reverse());
	await page.screenshot({ path: `${SHOTS}/tabel-gesorteerd.png`, clip: (await fig.boundingBox()) ?? undefined });
});

test('choosing a filter option updates the page at once, without a full reload', async ({ page }) => {
	for (const [pad, naam, waarde] of [
		['/verwijzingen', 'kring', 'Kring Oost'],
		['/expertteam', 'kring', 'Kring Oost'],
		['/thuiszitters', 'schooljaar', null]
	] as const) {
		await page.goto(pad);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.evaluate(() => ((window as unknown as { merk: number }).merk = 1));
		const select = page.locator(`form.filters select[name=${naam}]`);
		const kies = waarde ?? (await select.locator('option').last().getAttribute('value'))!;
		await select.selectOption(kies);
		await expect(page).toHaveURL(new RegExp(`${naam}=${encodeURIComponent(kies).replace(/%20/g, '\\+')}`));
		expect(await page.evaluate(() => (window as unknown as { merk?: number }).merk), pad).toBe(1);
	}
});

test('at 390 px wide no menu page scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const paden = await page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	expect(paden.length).toBeGreaterThan(5);
	const breed: string[] = [];
	for (const pad of [...paden, '/kringen/Kring Oost', '/scholen/32UO00']) {
		await page.goto(pad);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const w = await page.evaluate(() => document.documentElement.scrollWidth);
		if (w > 390) breed.push(`${pad}: ${w}px`);
		await page.screenshot({ path: `${SHOTS}/390${pad.replace(/[/ ]/g, '_') || '_'}.png`, fullPage: false });
	}
	expect(breed).toEqual([]);
});

test('a printed dashboard page shows no controls', async ({ page }) => {
	for (const pad of ['/deelname', '/expertteam', '/thuiszitters']) {
		await page.goto(pad);
		await page.emulateMedia({ media: 'print' });
		const zichtbaar = await page
			.locator(':is(main, header) :is(form, select, input, textarea, button:not(.sorteer))')
			.evaluateAll((els) =>
				els
					.filter((e) => (e as HTMLElement).offsetParent !== null || (getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0))
					.map((e) => e.outerHTML.slice(0, 80))
			);
		expect(zichtbaar, pad).toEqual([]);
		if (pad === '/deelname') await page.screenshot({ path: `${SHOTS}/print-deelname.png`, fullPage: true });
		await page.emulateMedia({ media: 'screen' });
	}
});
