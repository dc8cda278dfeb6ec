/**
 * axe-core (Deque's WCAG rule engine) on every page, for the bestuur and the school account: every
 * route under src/routes that renders a page (read from the filesystem, so a new page is checked
 * before anyone thinks of it), the login page, and the "Geen toegang" page a role gets for a route
 * it may not open. The beheer pages are also checked as the beheerder sees them. Every rule axe has
 * runs, best practices included (heading order, unique landmark names, content inside landmarks);
 * any violation fails the test, listed per page with the elements it found.
 *
 * Closed <details> (the table view of each chart, definitions) are opened first, so the tables and
 * texts behind them are checked too; the page is checked after hydration, with the charts as the
 * browser draws them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { fillRoute, pageIds } from '../routes';
import { NO_SESSION, demoSchool, stateFor, type Role } from './auth';

/** Every route that renders a page (endpoints and downloads such as /login/oidc or the PDF are not pages). */
const PAGES = pageIds().filter((id) => id !== '/login');
const BEHEER = PAGES.filter((id) => id.startsWith('/beheer'));

async function openAll(page: Page, hydrates: boolean): Promise<void> {
	if (hydrates) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/** The violations on one URL, one line each: rule, impact, and the first elements it names. */
async function violations(page: Page, url: string): Promise<string[]> {
	const res = await page.goto(url);
	expect(res, url).not.toBeNull();
	// A refusal is a plain page without the app's script.
	await openAll(page, res!.status() < 400);
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map(
		(v) =>
			`${url} [${v.id}, ${v.impact}] ${v.help}: ${v.nodes.length}× — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}${v.nodes[0]?.failureSummary ? ` — ${v.nodes[0].failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`
	);
}

async function check(browser: Browser, role: Role | null, urls: (page: Page) => Promise<string[]>): Promise<string[]> {
	const context = await browser.newContext({ storageState: role ? stateFor(role) : NO_SESSION });
	const page = await context.newPage();
	const found: string[] = [];
	try {
		for (const url of await urls(page)) found.push(...(await violations(page, url)));
	} finally {
		await context.close();
	}
	return found;
}

// Many pages, every rule, on two shared cores: minutes, not seconds.
test.describe.configure({ timeout: 420_000 });

// One test per page for the bestuur account (who opens every page): a slow or failing page is named,
// and each has its own time.
for (const id of PAGES) {
	test(`axe finds nothing on ${id} for the bestuur account`, async ({ browser }) => {
		const url = fillRoute(id, { kring: 'Kring Oost', school: '32UO00', schooljaar: '2024-2025' });
		const found = await check(browser, 'bestuur', async () => [url]);
		expect(found, found.join('\n')).toEqual([]);
	});
}

test('axe finds nothing on the Geen toegang page the bestuur account gets for a beheer page', async ({ browser }) => {
	const found = await check(browser, 'bestuur', async (page) => {
		// The beheer pages refuse the bestuur account: the refusal page must be as accessible as any.
		// It is a page of the site: its header and menu, and the refusal in the main landmark.
		const refused = await page.goto(fillRoute(BEHEER[0], {}));
		expect(refused!.status()).toBe(403);
		await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
		await expect(page.getByRole('banner')).toContainText('Passend Monitor');
		await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' })).toHaveCount(0);
		return [fillRoute(BEHEER[0], {})];
	});
	expect(found, found.join('\n')).toEqual([]);
});

test('axe finds nothing on any page the school account opens, and on its refusals', async ({ browser }) => {
	const found = await check(browser, 'school', async (page) => {
		await page.goto('/');
		const own = await demoSchool(page);
		// Pages the school may open, with its own school; a SWV page and another school are refused.
		const urls = PAGES.map((id) => fillRoute(id, { kring: 'Kring Oost', school: own, schooljaar: '2024-2025' }));
		const other = own === '32UO00' ? '32UO01' : '32UO00';
		return [...urls, `/scholen/${other}`];
	});
	expect(found, found.join('\n')).toEqual([]);
});

test('axe finds nothing on the beheer pages as the beheerder sees them, nor on the login page', async ({ browser }) => {
	const found = [
		...(await check(browser, 'beheerder', async () => BEHEER.map((id) => fillRoute(id, {})))),
		...(await check(browser, null, async () => ['/login']))
	];
	expect(found, found.join('\n')).toEqual([]);
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = (c.match(/[\d.]+/g) ?? [])
			.slice(0, 3)
			.map((v) => Number(v) / 255)
			.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

test('the keyboard focus ring stands out at least 3:1 from what lies around it, on the page and in the header', async ({ page }) => {
	await page.goto('/deelname');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// The first Tab reaches the skip link; from then on focus moved by script is shown too (:focus-visible).
	await page.keyboard.press('Tab');
	const targets = [
		{ naam: 'de link naar de inhoud', el: page.getByRole('link', { name: 'Naar de inhoud' }) },
		{ naam: 'een menulink', el: page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Budget' }) },
		{ naam: 'Uitloggen', el: page.getByRole('button', { name: 'Uitloggen' }) },
		{ naam: 'een link in de inhoud', el: page.locator('main a[download]').first() },
		{ naam: 'de knop Toon cijfers', el: page.getByRole('button', { name: 'Toon cijfers' }) },
		{ naam: 'een keuzelijst', el: page.locator('form.filters select').first() }
	];
	for (const { naam, el } of targets) {
		await el.focus();
		const ring = await el.evaluate((node) => {
			const s = getComputedStyle(node);
			const r = node.getBoundingClientRect();
			const width = parseFloat(s.outlineWidth);
			const offset = parseFloat(s.outlineOffset);
			// What lies just outside the ring, left of the element (or above it, at the page's edge).
			const x = r.left - offset - width - 1;
			const [px, py] = x > 0 ? [x, r.top + r.height / 2] : [r.left + r.width / 2, r.top - offset - width - 1];
			let background = 'rgb(255, 255, 255)';
			for (const under of document.elementsFromPoint(px, py)) {
				if (under === node || node.contains(under)) continue;
				const bg = getComputedStyle(under).backgroundColor;
				const alpha = bg.startsWith('rgba') ? Number(bg.split(',')[3].replace(')', '')) : 1;
				if (alpha > 0) {
					background = bg;
					break;
				}
			}
			return { visible: node.matches(':focus-visible'), style: s.outlineStyle, width, color: s.outlineColor, background };
		});
		expect(ring.visible, naam).toBe(true);
		expect(ring.style, naam).not.toBe('none');
		expect(ring.width, naam).toBeGreaterThanOrEqual(2);
		expect(contrast(ring.color, ring.background), `${naam}: ring ${ring.color} op ${ring.background}`).toBeGreaterThanOrEqual(3);
	}
});
