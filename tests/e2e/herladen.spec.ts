/**
 * A page stays a page (issue 12). Moving through the app by clicking makes SvelteKit ask for the
 * page's data (`…/__data.json`), which the page cache keeps; reloading that URL, opening it in a new
 * tab or logging in again as the same account must then still give the page itself, never the JSON
 * kept for the data request (`{"type":"data","nodes":…}`), and the reverse: a page kept first must
 * not be given to the app's data request.
 *
 * For every page in the menu, a kring page, a school page, a filter change and a school search:
 * click there in the app (a client-side navigation, checked by a marker on `window` that a full page
 * load would wipe), reload, and open the URL in a fresh context logged in again as the same account.
 * Each time the answer is HTML with the page's h1 and its content: a chart whose SVG has drawn marks,
 * or on the pages without a chart (Scholen, Jaarverslag) their table or form.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { loginAs } from './auth';

interface Stap {
	naam: string;
	/** Where the click starts, and the click (or form use) that leads to the page. */
	van: string;
	doe: (page: Page) => Promise<void>;
	h1: RegExp;
	/** A chart with drawn marks on this page; otherwise the selector of what the page shows instead. */
	inhoud: 'grafiek' | string;
}

const menu = (label: string) => (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true }).click();

const STAPPEN: Stap[] = [
	{ naam: 'Overzicht', van: '/deelname', doe: menu('Overzicht'), h1: /^Overzicht 2025-2026$/, inhoud: 'grafiek' },
	{ naam: 'Deelname', van: '/', doe: menu('Deelname'), h1: /^Deelname/, inhoud: 'grafiek' },
	{ naam: 'Verwijzingen', van: '/', doe: menu('Verwijzingen'), h1: /^Verwijzingen/, inhoud: 'grafiek' },
	{ naam: 'Arrangementen', van: '/', doe: menu('Arrangementen'), h1: /^Rugzakken en arrangementen/, inhoud: 'grafiek' },
	{ naam: 'Expertteam', van: '/', doe: menu('Expertteam'), h1: /^Expertteam/, inhoud: 'grafiek' },
	{ naam: 'Budget', van: '/', doe: menu('Budget'), h1: /^Schoolbudget/, inhoud: 'grafiek' },
	{ naam: 'Scholen', van: '/', doe: menu('Scholen'), h1: /^Scholen/, inhoud: '[data-testid="tabel-scholen"] tbody tr' },
	{ naam: 'Jaarverslag', van: '/', doe: menu('Jaarverslag'), h1: /^Jaarverslag$/, inhoud: 'main form select' },
	{
		naam: 'een kring',
		van: '/kringen',
		doe: (page) => page.getByRole('link', { name: 'Kring Oost', exact: true }).click(),
		h1: /^Kring Oost 2025-2026$/,
		inhoud: 'grafiek'
	},
	{
		naam: 'een school',
		van: '/scholen?kring=Kring+Oost',
		doe: (page) => page.getByRole('link', { name: 'Basisschool De Tweemaster', exact: true }).click(),
		h1: /Basisschool De Tweemaster/,
		inhoud: 'grafiek'
	},
	{
		naam: 'een filter (Toon cijfers)',
		van: '/arrangementen',
		doe: async (page) => {
			await page.locator('form.filters select[name=kring]').selectOption('Kring Heide');
			await page.getByRole('button', { name: 'Toon cijfers' }).click();
		},
		h1: /^Rugzakken en arrangementen/,
		inhoud: 'grafiek'
	},
	{
		naam: 'een zoekopdracht',
		van: '/scholen',
		doe: async (page) => {
			await page.getByRole('searchbox', { name: 'Zoek een school' }).fill('tweemaster');
			await page.getByRole('button', { name: 'Zoek', exact: true }).click();
		},
		h1: /^Scholen/,
		inhoud: '[data-testid="tabel-scholen"] tbody tr'
	}
];

/** The answer is an HTML page (not the JSON of a data request) showing the page's heading and content. */
async function isPagina(page: Page, res: Response | null, stap: Stap, hoe: string): Promise<void> {
	const wat = `${stap.naam}, ${hoe} (${page.url()})`;
	if (res) {
		expect(res.headers()['content-type'], wat).toMatch(/^text\/html/);
		expect((await res.text()).trimStart().slice(0, 15), wat).toBe('<!doctype html>');
	}
	await expect(page.locator('body'), wat).not.toContainText('"type":"data"');
	await expect(page.getByRole('heading', { level: 1 }), wat).toHaveText(stap.h1);
	if (stap.inhoud === 'grafiek') {
		// A drawn chart: an SVG inside main with at least one bar, line or dot.
		const marks = page.locator('main .chart svg').locator('rect, path, circle');
		await expect(marks.first(), wat).toBeAttached();
	} else await expect(page.locator(stap.inhoud).first(), wat).toBeVisible();
}

test.describe.configure({ timeout: 180_000 });

test('every menu page, a kring, a school, a filter and a search stay a page after a reload and in a new session', async ({ page, browser }) => {
	const bezocht: { stap: Stap; url: string }[] = [];
	for (const stap of STAPPEN) {
		await page.goto(stap.van);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.evaluate(() => ((window as unknown as { blijft: string }).blijft = 'ja'));
		const data = page.waitForResponse((r) => r.url().includes('__data.json'));
		await stap.doe(page);
		const dataRes = await data;
		expect(dataRes.headers()['content-type'], `${stap.naam}: het gegevensverzoek`).toMatch(/json/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(stap.h1);
		// Still the same page load: the app moved on its own, with the data it asked for.
		expect(await page.evaluate(() => (window as unknown as { blijft?: string }).blijft), `${stap.naam}: geen navigatie in de app`).toBe('ja');
		await isPagina(page, null, stap, 'na klikken');

		const res = await page.reload();
		await isPagina(page, res, stap, 'na herladen');
		bezocht.push({ stap, url: page.url() });
	}

	// A new tab in a new browser, logged in again as the same account.
	const context = await browser.newContext();
	const nieuw = await context.newPage();
	try {
		await loginAs(nieuw, 'bestuur');
		for (const { stap, url } of bezocht) {
			const res = await nieuw.goto(url);
			await isPagina(nieuw, res, stap, 'in een nieuwe sessie');
		}
	} finally {
		await context.close();
	}
});
