/**
 * Every page hydrates the HTML the server sent, charts included: a mismatch makes Svelte throw the
 * page away and draw it again in the browser (slower, and what a person already opened — a note's
 * form, a table view — closes again).
 */
import { expect, test } from '@playwright/test';

const PAGES = [
	'/',
	'/deelname',
	'/verwijzingen',
	'/arrangementen',
	'/expertteam',
	'/budget',
	'/kringen',
	'/kringen/Kring%20Oost',
	'/scholen',
	'/scholen/32UO00',
	'/jaarverslag',
	'/jaarverslag/2024-2025',
	'/toelichtingen',
	'/account'
];

test('every page hydrates without a mismatch and keeps the server-drawn charts', async ({ page }) => {
	const meldingen: string[] = [];
	page.on('console', (m) => {
		if (/hydration/i.test(m.text())) meldingen.push(`${page.url()}: ${m.text()}`);
	});
	for (const path of PAGES) {
		await page.goto(path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.waitForTimeout(100);
	}
	expect(meldingen).toEqual([]);
});
