/**
 * A VO SWV (issue 16) on the VO demo (data/demo-vo, MONITOR_DEMO=vo), served on E2E_PORT+1 by
 * playwright.config.ts: logged in as its demo bestuur, every page this branch made VO speaks vo/pro/vso
 * and lwoo, never bao/sbo/rugzak, with figures counted by hand from the demo CSVs:
 *
 * On 1 oktober 2025 (telling.csv): 18.116 pupils at the 20 vo schools (920 of them lwoo) and 600 at the
 * 2 pro schools; tlv.csv has 580 distinct pupils with a vso-TLV valid that day. Over vo + pro = 18.716:
 * deelname vso 580 / 18.716 = 3,10 %, pro 600 / 18.716 = 3,21 %, lwoo 920 / 18.716 = 4,92 %.
 * A year earlier: vso 601 / (18.182 + 611) = 3,20 %.
 * Vso-TLVs with a besluitdatum in 2025-2026: 137.
 * Zwijsen College (23HB00), 2025-2026 (expertteam_inzet.csv, datum in the schooljaar): 58,5 hours, 54,5 of
 * them by its vaste AB'er AB-01 (expertteam_formatie.csv): 93,2 %; 2 different AB'ers (AB-01 and one other).
 */
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { VO_PORT } from '../../playwright.config';
import { NO_SESSION, loginAs } from './auth';

test.use({ baseURL: `http://127.0.0.1:${VO_PORT}`, storageState: NO_SESSION });

const PO_WOORDEN = /\b(sbo|bao|rugzak)/i;
const SHOTS = '/tmp/vo2';

async function geenPoWoorden(page: Page) {
	const tekst = await page.locator('main').innerText();
	expect(tekst.match(PO_WOORDEN)?.[0] ?? null, `PO-woord op ${page.url()}`).toBeNull();
}
async function axe(page: Page) {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const r = await new AxeBuilder({ page }).analyze();
	expect(
		r.violations.map(
			(v) =>
				`${v.id}: ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(' | ')}`
		)
	).toEqual([]);
}

test.beforeEach(async ({ page }) => {
	await loginAs(page, 'bestuur');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
});

test('the VO overview shows deelname vso, pro and lwoo on 1 oktober 2025 against last year, no national figure', async ({ page }) => {
	await page.goto('/?schooljaar=2025-2026');
	await expect(page.getByTestId('tegel-deelname_vso_pct')).toHaveText('3,10%');
	await expect(page.getByTestId('tegel-deelname_pro_pct')).toHaveText('3,21%');
	await expect(page.getByTestId('tegel-deelname_lwoo_pct')).toHaveText('4,92%');
	const vso = page.locator('article[data-metric="deelname_vso_pct"]');
	await expect(vso).toContainText('3,20%');
	await expect(vso).toContainText('geen landelijk cijfer met deze definitie');
	await expect(page.getByText('18.116 leerlingen vo (van wie 920 met lwoo), 600 pro, 580 met een vso-TLV')).toBeVisible();
	await expect(page.getByTestId('verhaal')).toContainText('Er is geen landelijk cijfer met deze definitie');
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toContainText('Deelname');
	// Each sparkline in its series' colour, as in the charts (before: all three in the rugzak colour).
	const kleur = (id: string) => page.locator(`article[data-metric="${id}"] svg.sparkline`).evaluate((e) => getComputedStyle(e).color);
	expect(new Set([await kleur('deelname_vso_pct'), await kleur('deelname_pro_pct'), await kleur('deelname_lwoo_pct')]).size).toBe(3);
	await geenPoWoorden(page);
	await page.screenshot({ path: `${SHOTS}/vo-overzicht.png`, fullPage: true });
	await axe(page);
});

test('deelname of a VO SWV: the three rates, per regio and per school, in VO words', async ({ page }) => {
	await page.goto('/deelname?schooljaar=2025-2026');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deelname 2025-2026');
	await expect(page.getByTestId('tegel-deelname_vso_pct')).toHaveText('3,10%');
	await expect(page.getByTestId('vo-per-regio').locator('tbody tr')).toHaveCount(3);
	await expect(page.getByTestId('vo-per-regio')).toContainText('Regio Noord');
	// 20 vo + 2 pro schools; the vso schools are no school of herkomst.
	await expect(page.getByTestId('vo-per-school').locator('tbody tr')).toHaveCount(22);
	await expect(page.getByTestId('verhaal')).toContainText('in Regio Noord');
	await geenPoWoorden(page);
	await page.screenshot({ path: `${SHOTS}/vo-deelname.png`, fullPage: true });
	await axe(page);
});

test('deelname of a VO SWV from the menu (no schooljaar in the address): the regio’s and schools of the newest schooljaar, and their CSVs', async ({
	page
}) => {
	// Before: the regio and school tables were empty and their CSV links answered 400 ("Kies een schooljaar").
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Deelname' }).click();
	await expect(page).toHaveURL(/\/deelname$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deelname 2025-2026');
	await expect(page.getByTestId('vo-per-regio').locator('tbody tr')).toHaveCount(3);
	await expect(page.getByTestId('vo-per-school').locator('tbody tr')).toHaveCount(22);
	for (const id of ['vo-per-regio', 'vo-per-school']) {
		const href = await page.getByTestId(id).getByRole('link', { name: /CSV/ }).getAttribute('href');
		expect(href).toContain('schooljaar=2025-2026');
		expect((await page.request.get(href!)).status(), href!).toBe(200);
	}
});

test('verwijzingen of a VO SWV: the vso-TLVs per schooljaar, categorie and herkomst', async ({ page }) => {
	await page.goto('/verwijzingen?schooljaar=2025-2026');
	await expect(page.getByTestId('verhaal')).toContainText("besloot het samenwerkingsverband 137 vso-TLV's");
	await expect(page.getByTestId('vso-per-jaar')).toContainText('2025-2026');
	await expect(page.getByTestId('vso-herkomst').locator('tbody tr').first()).toBeVisible();
	await geenPoWoorden(page);
	await axe(page);
});

test('verwijzingen of a VO regio: the filter shows the regio, and heading and story say whose TLVs they are', async ({ page }) => {
	// The vso-TLVs of 2025-2026 that came from the 10 schools of Regio Noord, per school of herkomst in the
	// page's table: 13 + 11 + 8 + 8 + 7 + 6 + 6 + 6 + 4 + 2 = 71; the year before 8 + 12 + 6 + 17 + 15 + 14 +
	// 11 + 6 + 11 + 9 = 109. Before, the page filtered on the regio silently and said "besloot het
	// samenwerkingsverband 71 vso-TLV's" (the SWV decided 137), with no regio in the filter or heading.
	await page.goto('/verwijzingen?schooljaar=2025-2026&kring=Regio%20Noord');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwijzingen naar het vso 2025-2026 — Regio Noord');
	await expect(page.getByLabel('Regio')).toHaveValue('Regio Noord');
	await expect(page.getByTestId('verhaal')).toContainText(
		"In 2025-2026 kwamen er 71 vso-TLV's voor leerlingen van de scholen in Regio Noord (vorig schooljaar 109)."
	);
	await expect(page.getByTestId('verhaal')).not.toContainText('samenwerkingsverband');
	const herkomst = page.getByTestId('vso-herkomst').locator('tbody tr');
	await expect(herkomst).toHaveCount(10);
	for (const regio of await herkomst.locator('td:nth-child(3)').allInnerTexts()) expect(regio).toBe('Regio Noord');
	await expect(page.getByTestId('vso-per-jaar').locator('thead')).not.toContainText('Zonder herkomstschool');
	await expect(page.getByTestId('vso-per-jaar').getByRole('row', { name: /^2025-2026/ })).toContainText('71');
	// The regio's jaarverslag tells the same figure in the same words (it said "In 2025-2026 besloot het
	// samenwerkingsverband 71 vso-TLV's"), and its tile shows 71 and 8,5 as the regio's page does.
	await page.goto('/jaarverslag/2025-2026?kring=Regio%20Noord');
	const hoofdstuk = page.locator('section#verwijzingen');
	await expect(hoofdstuk).toContainText("In 2025-2026 kwamen er 71 vso-TLV's voor leerlingen van de scholen in Regio Noord (vorig schooljaar 109).");
	await expect(hoofdstuk).not.toContainText('samenwerkingsverband');
	await expect(hoofdstuk.getByTestId('waarde-tlv_vso')).toHaveText('71');
	await expect(hoofdstuk.getByTestId('waarde-vso_verwijzingen_per_1000')).toHaveText('8,5');
	// And its Word document (it had its own copy of the SWV's sentence).
	const docx = await page.request.get('/jaarverslag/2025-2026/docx?kring=Regio%20Noord');
	expect(docx.status()).toBe(200);
	const woord = (await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string'))
		.replace(/<[^>]+>/g, ' ')
		.replace(/&apos;/g, "'")
		.replace(/\s+/g, ' ');
	expect(woord).toContain("In 2025-2026 kwamen er 71 vso-TLV's voor leerlingen van de scholen in Regio Noord (vorig schooljaar 109).");
	expect(woord).not.toContain('besloot het samenwerkingsverband 71');
	await page.goto('/verwijzingen?schooljaar=2025-2026&kring=Regio%20Noord');
	// Choosing "alle regio’s" gives the SWV's 137 again.
	await page.getByLabel('Regio').selectOption('');
	await expect(page.getByTestId('verhaal')).toContainText("besloot het samenwerkingsverband 137 vso-TLV's");
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwijzingen naar het vso 2025-2026');
	await geenPoWoorden(page);
	await axe(page);
});

test('the VO deelname page stays about the whole SWV with a regio in the URL: its school list too', async ({ page }) => {
	// The VO deelname page offers no regio filter (a regio has its own page). Before, a kring carried in the
	// URL from another page left the figures the SWV's but cut the school list to that regio's 10 schools.
	await page.goto('/deelname?schooljaar=2025-2026');
	const scholen = page.getByTestId('vo-per-school').locator('tbody tr');
	const alle = await scholen.count();
	expect(alle).toBe(22); // 20 vo and 2 pro schools
	await page.goto('/deelname?schooljaar=2025-2026&kring=Regio%20Noord');
	await expect(page.getByTestId('tegel-deelname_vso_pct')).toHaveText('3,10%');
	await expect(scholen).toHaveCount(alle);
	await expect(page.getByTestId('vo-per-school')).toContainText('Dommeldal College'); // Regio Zuid
});

test('a VO school page shows its deelname and its vaste AB’er against last year', async ({ page }) => {
	await page.goto('/scholen/23HB00?schooljaar=2025-2026');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Zwijsen College');
	await expect(page.getByTestId('tegel-vaste_ab_pct')).toHaveText('93,2%');
	await expect(page.getByTestId('tegel-ab_per_school')).toHaveText('2');
	await expect(page.getByText('Vaste ambulant ondersteuner in 2025-2026: AB-01')).toBeVisible();
	// The story says when (it said "Op leverde …" and "Op kwamen er …": a teldatum it did not have).
	const main = page.locator('main');
	await expect(main).toContainText('In schooljaar 2025-2026 leverde de vaste ambulant ondersteuner 93,2% van de uren op de school');
	await expect(main).toContainText('In schooljaar 2025-2026 kwamen er 2 verschillende AB’ers op de school');
	expect(await main.innerText()).not.toMatch(/\bOp (leverde|kwamen|kwam)\b/);
	await geenPoWoorden(page);
	await axe(page);
});

test('the expertteam page of a VO SWV lists the vaste AB’er per school', async ({ page }) => {
	await page.goto('/expertteam?schooljaar=2025-2026');
	const sectie = page.getByTestId('vo-ab-per-school');
	await expect(sectie.getByRole('row', { name: /Zwijsen College/ })).toContainText('93,2%');
	await expect(page.getByTestId('vo-ab-zin')).toContainText('met een vaste AB’er in beide schooljaren');
	await axe(page);
});

/**
 * Every word a person gets in a part of the page: the text of every element (also in closed details,
 * SVG titles and visually hidden text) and the labels and descriptions read out. Not hrefs: `?kring=`
 * is an internal parameter name and stays.
 */
async function woordenIn(page: Page, selector: string): Promise<string> {
	return page.locator(selector).evaluate((root) => {
		const delen: string[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.closest('style, script') == null) delen.push(n.textContent ?? '');
		for (const e of [root, ...root.querySelectorAll('*')])
			for (const a of ['aria-label', 'aria-description', 'title', 'alt']) if (e.getAttribute(a)) delen.push(e.getAttribute(a)!);
		return delen.join(' ');
	});
}
const KRING = /\bkring(en)?\b/i;

test('the expertteam page of a VO SWV speaks of regio’s, never of a kring', async ({ page }) => {
	await page.goto('/expertteam?schooljaar=2025-2026');
	await expect(page.getByRole('heading', { level: 2, name: 'Per regio' })).toBeVisible();
	await expect(page.getByTestId('benutting').locator('figcaption')).toHaveText('Benutting van de formatie per regio');
	await expect(page.locator('select[name="kring"] option').first()).toHaveText('alle regio’s');
	const tabel = page.getByTestId('tabel-kringen');
	await expect(tabel.locator('caption')).toHaveText('Expertteam per regio, 2025-2026');
	await expect(tabel.locator('thead th').first()).toHaveText('Regio');
	await expect(page.getByTestId('scholen').locator('figcaption')).toHaveText('Uren per school — alle regio’s');
	await expect(page.getByTestId('verhaal')).toContainText('Geen enkele regio zit onder de helft van het tempo');
	const tekst = await woordenIn(page, 'main');
	expect(tekst.match(KRING)?.[0] ?? null, 'kring op /expertteam').toBeNull();
	await page.screenshot({ path: '/tmp/vo-regio/na-vo-expertteam.png', fullPage: true });

	// One regio chosen: its schools as a chart against the regio's own figure, the table columns in VO words.
	await page.goto('/expertteam?schooljaar=2025-2026&kring=Regio%20Noord');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expertteam 2025-2026 — Regio Noord');
	const scholen = page.getByTestId('scholen');
	await expect(scholen.locator('th').filter({ hasText: /^Regio$/ })).toHaveCount(1);
	await expect(scholen.locator('th').filter({ hasText: 'Aandeel in de regio' })).toHaveCount(1);
	expect((await woordenIn(page, 'main')).match(KRING)?.[0] ?? null, 'kring op /expertteam met een regio').toBeNull();
	await page.screenshot({ path: '/tmp/vo-regio/na-vo-expertteam-regio.png', fullPage: true });

	// The same figures on the regio's own page and in the jaarverslag.
	await page.goto('/kringen/Regio%20Noord?schooljaar=2025-2026');
	await expect(page.getByTestId('expertteam-sectie').getByRole('region', { name: 'Expertteam in de regio' })).toBeVisible();
	expect((await woordenIn(page, '[data-testid="expertteam-sectie"]')).match(KRING)?.[0] ?? null, 'kring op de regiopagina').toBeNull();
	await page.goto('/jaarverslag/2025-2026');
	await expect(page.locator('section#expertteam')).toContainText('van de drie regio’s');
	expect((await woordenIn(page, 'section#expertteam')).match(KRING)?.[0] ?? null, 'kring in het jaarverslag').toBeNull();
});

test('the jaarverslag, a school’s budget tiles and the regio’s budget “Hoe berekend?” of a VO SWV speak of a regio, never of a kring', async ({ page }) => {
	const geenKring = async (selector: string, waar: string) => expect((await woordenIn(page, selector)).match(KRING)?.[0] ?? null, waar).toBeNull();
	// The jaarverslag's own choice of a regio (it said "Kring"), on the list of reports and in a report.
	await page.goto('/jaarverslag');
	await expect(page.locator('form.keuze label').filter({ has: page.locator('select[name="kring"]') })).toContainText('Regio');
	await geenKring('main', 'kring op /jaarverslag');
	await page.goto('/jaarverslag/2025-2026');
	const keuze = page.locator('.werkbalk form.filters label').filter({ has: page.locator('select[name="kring"]') });
	await expect(keuze).toContainText('Regio');
	await geenKring('.werkbalk', 'kring in de keuze van het jaarverslag');
	await keuze.screenshot({ path: '/tmp/vo-woorden/na-vo-jaarverslag-filter.png' });
	await geenKring('section#budget', 'kring in het budgethoofdstuk van het jaarverslag');
	// The doelmatigheid chapter, there since the VO demo records a vervolg: its chart per regio (it said "per kring").
	await expect(page.locator('section#doelmatigheid figcaption')).toHaveText('Terug naar basisondersteuning per regio, 2025-2026');
	await geenKring('section#doelmatigheid', 'kring in het doelmatigheidshoofdstuk van het jaarverslag');

	// A school's budget tiles compare it with its regio.
	await page.goto('/scholen/23HB00?schooljaar=2025-2026');
	const budget = page.getByTestId('budget-sectie');
	await expect(budget.getByText('Regio', { exact: true }).first()).toBeVisible();
	await geenKring('[data-testid="budget-sectie"]', 'kring in het schoolbudget van een school');
	await budget.screenshot({ path: '/tmp/vo-woorden/na-vo-school-budget.png' });

	// The regio's page: the budget definitions behind "Hoe berekend?".
	await page.goto('/kringen/Regio%20Noord?schooljaar=2025-2026');
	await expect(page.getByTestId('budget-sectie')).toContainText('per school, regio of samenwerkingsverband');
	await geenKring('[data-testid="budget-sectie"]', 'kring in het schoolbudget van de regiopagina');

	// The budget page's regio filter reads as the expertteam's and every other filter's: "alle regio’s".
	await page.goto('/budget?schooljaar=2025-2026');
	await expect(page.locator('select[name="kring"] option').first()).toHaveText('alle regio’s');
});

test('the jaarverslag of a VO SWV: deelname and the vso-TLVs in VO words, every chapter without PO words', async ({ page }) => {
	await page.goto('/jaarverslag/2025-2026');
	const deelname = page.locator('section#deelname');
	await expect(deelname.getByTestId('waarde-deelname_vso_pct')).toHaveText('3,10%');
	await expect(deelname.getByTestId('waarde-deelname_pro_pct')).toHaveText('3,21%');
	await expect(deelname.getByTestId('waarde-deelname_lwoo_pct')).toHaveText('4,92%');
	await expect(deelname).toContainText('vorig jaar');
	// The verwijzingen chapter tells the vso-TLVs (137 besloten in 2025-2026, 125 from a vo or pro school of the
	// SWV over 18.716 pupils: 6,7 per 1.000); sbo and so are not applicable.
	const verwijzingen = page.locator('section#verwijzingen');
	await expect(verwijzingen.getByTestId('waarde-tlv_vso')).toHaveText('137');
	await expect(verwijzingen.getByTestId('waarde-vso_verwijzingen_per_1000')).toHaveText('6,7');
	await expect(verwijzingen).toContainText('niet van toepassing voor vo');
	// Every chapter in VO words (financiën: boekjaar 2026 has no accounts yet, so no such chapter here).
	for (const id of ['verwijzingen', 'arrangementen', 'expertteam', 'budget', 'thuiszitters', 'doelmatigheid', 'bijlage'])
		expect((await page.locator(`section#${id}`).innerText()).match(PO_WOORDEN), id).toBeNull();
	expect((await deelname.innerText()).match(PO_WOORDEN)).toBeNull();
	expect((await page.locator('section#samenvatting').innerText()).match(PO_WOORDEN)).toBeNull();
	await page.screenshot({ path: `${SHOTS}/vo-jaarverslag.png`, fullPage: true });
	await axe(page);
});

test('the VO overview: the board’s area tiles and ranked signals from VO figures', async ({ page }) => {
	await page.goto('/?schooljaar=2025-2026');
	// 125 vso-TLV's from the SWV's vo and pro schools over 18.716 pupils is 6,68 per 1.000 (vo_tlv_vso).
	await expect(page.getByTestId('gebied-waarde-vso_verwijzingen_per_1000')).toHaveText('6,7');
	await expect(page.getByTestId('gebied-benutting_pct')).toContainText('Laagste regio');
	await expect(page.getByTestId('gebied-waarde-vaste_ab_pct')).toHaveText(/^\d+,\d%$/);
	// Udens College: its vaste AB'er delivered 66,3 % of the hours, 82,1 % the year before (vo_ab_per_school).
	await expect(page.getByTestId('signalen')).toContainText(
		'Op Udens College leverde de vaste ambulant ondersteuner 66,3% van de uren, vorig schooljaar 82,1%: 15,8 procentpunt minder'
	);
	await geenPoWoorden(page);
	await page.screenshot({ path: `${SHOTS}/vo-overzicht-gebieden.png`, fullPage: true });
});

/** Every menu page of the VO demo: its heading, a figure, no PO words. */
const PAGINAS: { pad: string; kop: RegExp; figuur?: (page: Page) => Promise<void> }[] = [
	{
		pad: '/arrangementen?schooljaar=2025-2026',
		kop: /^Arrangementen 2025-2026$/,
		figuur: async (page) => {
			await expect(page.getByTestId('nvt-rugzak')).toContainText('niet van toepassing voor het VO');
			await expect(page.getByTestId('verhaal')).toContainText('startte 41,7% van de arrangementen binnen 2 weken');
		}
	},
	{
		pad: '/budget?schooljaar=2025-2026',
		kop: /^Schoolbudget 2025-2026/,
		figuur: async (page) => {
			// budget_toekenning.csv 2025-2026: € 1.737.240 over the 22 vo and pro schools.
			await expect(page.locator('main')).toContainText('1.737.240');
			await expect(page.locator('main')).toContainText('Per regio');
		}
	},
	{
		pad: '/thuiszitters?schooljaar=2025-2026',
		kop: /^Thuiszitters/,
		figuur: async (page) => {
			await expect(page.locator('main')).toContainText('per 1.000 leerlingen');
		}
	},
	{
		pad: '/financien?jaar=2025',
		kop: /^Financiën 2025$/,
		figuur: async (page) => {
			// financien.csv 2025: lasten afdracht vso € 5.795.000.
			await expect(page.locator('main')).toContainText('afdracht vso');
			await expect(page.locator('main')).toContainText('5.795.000');
			// Vso-TLVs valid on 1 februari 2025: 610 distinct pupils → € 5.795.000 / 610 = € 9.500 (2024: € 5.881.260 / 627 = € 9.380).
			await expect(page.getByTestId('kengetal-afdracht_per_tlv')).toHaveText('€ 9.500');
			await expect(page.getByTestId('verhaal')).toContainText(
				'Per leerling met een vso-TLV op 1 februari 2025 droeg het samenwerkingsverband € 9.500 af (2024: € 9.380).'
			);
		}
	},
	{
		pad: '/scholen?schooljaar=2025-2026',
		kop: /^Scholen 2025-2026$/,
		figuur: async (page) => {
			// 20 vo + 2 pro schools; Zwijsen College 23HB00.
			await expect(page.getByTestId('tabel-scholen').locator('tbody tr')).toHaveCount(22);
		}
	},
	{
		pad: '/kringen?schooljaar=2025-2026',
		kop: /^Regio’s 2025-2026$/,
		figuur: async (page) => {
			// Regio Noord on 1 oktober 2025: 255 with a vso-TLV over 8.054 vo + 299 pro = 3,05 %.
			await expect(page.getByTestId('tabel-regios').getByRole('row', { name: /Regio Noord/ })).toContainText('3,05%');
		}
	},
	{ pad: '/expertteam?schooljaar=2025-2026', kop: /Expertteam/ },
	{ pad: '/deelname?schooljaar=2025-2026', kop: /^Deelname 2025-2026$/ },
	{ pad: '/verwijzingen?schooljaar=2025-2026', kop: /Verwijzingen/ }
];
for (const { pad, kop, figuur } of PAGINAS) {
	test(`VO page ${pad}: heading, a figure from the VO demo, no PO words`, async ({ page }) => {
		const r = await page.goto(pad);
		expect(r?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(kop);
		if (figuur) await figuur(page);
		await geenPoWoorden(page);
		await page.screenshot({ path: `${SHOTS}/vo-${pad.split('?')[0].slice(1)}.png`, fullPage: true });
	});
}

/**
 * Doelmatigheid of a VO SWV (data/demo-vo/arrangementen.csv, counted with DuckDB on the CSVs): in
 * 2024-2025 (the schooljaar that ended in boekjaar 2025) 130 arrangements ended, 120 with a known
 * vervolg: 69 back to basisondersteuning = 57,5 %, 15 to a vso-TLV = 12,5 %, Σ bedrag € 729.107 / 69 =
 * € 10.567. In 2023-2024: 55 / 88 = 62,5 %, 5 / 88 = 5,7 %, € 10.581. Regio Midden 2024-2025: 46 ended, 45
 * known, 26 back = 57,8 %, 7 to a vso-TLV = 15,6 %.
 * Before the VO demo recorded a vervolg every tile said "geen gegevens".
 */
test('doelmatigheid of a VO SWV: terug naar basis, naar een vso-TLV and the cost, beside last year, per regio', async ({ page }) => {
	await page.goto('/financien?jaar=2025');
	const tegels = page.getByRole('region', { name: 'Kerncijfers doelmatigheid' });
	await expect(tegels.getByTestId('kengetal-terug_naar_basis_pct')).toHaveText('57,5%');
	await expect(tegels.getByTestId('kengetal-naar_tlv_pct')).toHaveText('12,5%');
	await expect(tegels.getByTestId('kengetal-kosten_per_terug_naar_basis')).toHaveText(/^€\s10\.567$/);
	await expect(tegels.locator('article[data-metric="naar_tlv_pct"] dd')).toHaveText('5,7%');
	await expect(tegels.locator('article[data-metric="terug_naar_basis_pct"] dd')).toHaveText('62,5%');
	await expect(tegels).not.toContainText('geen gegevens');
	await tegels.locator('article[data-metric="naar_tlv_pct"] summary').click();
	await expect(tegels.locator('article[data-metric="naar_tlv_pct"] .definitie')).toContainText('met vervolg tlv_vso (een vso-TLV)');
	await expect(page.getByTestId('verhaal-doelmatigheid')).toContainText(
		'Van de 120 arrangementen die in 2024-2025 eindigden met een bekend vervolg, ging 57,5% terug naar basisondersteuning'
	);
	await expect(page.getByTestId('verhaal-doelmatigheid')).toContainText('12,5% tot een TLV');
	const perRegio = page.getByTestId('doelmatigheid-kringen');
	await perRegio.getByText('Tabel met deze cijfers').click();
	await expect(perRegio.getByRole('row', { name: /Regio Midden/ })).toContainText(/46\s*45\s*57,8%.*15,6%/);
	await geenPoWoorden(page);
	await page.getByRole('heading', { name: /^Doelmatigheid/ }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('vo-doelmatigheid.png') });
});

/**
 * Regio Noord (data/demo-vo, counted by hand): on 1 oktober 2025 8.054 vo + 299 pro pupils at its 10
 * schools, 452 lwoo and 255 with a valid vso-TLV from them: vso 255 / 8.353 = 3,05 % (a year earlier
 * 245 / 8.457 = 2,90 %), pro 299 / 8.353 = 3,58 %, lwoo 452 / 8.353 = 5,41 %; the SWV 3,10 %. Regio Midden
 * has 2,23 % and Zuid 2,76 %: Noord is first of 3. Vso-TLVs decided from its schools: 71 in 2025-2026,
 * 109 in 2024-2025.
 */
test('the scenario of a VO SWV moves the deelname vso: +1 procentpunt of 18.793 vo + pro pupils at € 9.500 per vso-TLV', async ({ page }) => {
	// 1 februari 2025 (tlv.csv, telling.csv of 1 oktober 2024, financien.csv; counted with Python): 610
	// vso-TLVs over 18.793 vo + pro pupils = 3,25 %. +1 procentpunt: 797,93 TLVs × € 9.500 = € 7.580.335,
	// € 1.785.335 more than the € 5.795.000 paid; resultaat € 17.729.788,00 − € 17.734.610,40 = −€ 4.822,40
	// becomes −€ 1.790.157,40.
	await page.goto('/financien?jaar=2025');
	await page.getByLabel('Deelname vso verandert met (procentpunt)').fill('1');
	await page.getByRole('button', { name: 'Reken' }).click();
	await expect(page).toHaveURL(/deelname=1/);
	await expect(page.getByTestId('scenario-zin')).toHaveText(
		'Als de deelname vso 1 procentpunt stijgt, stijgen de afdrachten met € 1.785.335 tot € 7.580.335 en wordt het resultaat een tekort van € 1.790.157 (€ 1.785.335 minder dan het werkelijke resultaat).'
	);
	await expect(page.getByTestId('formule')).toContainText("TLV's vso′ = (deelname vso + x) ÷ 100 × leerlingen′");
	await expect(page.locator('#scenario ~ p.sub').first()).toContainText('(3,25%)');
	const tabel = page.getByRole('table', { name: 'Scenario tegen 2025' });
	await expect(tabel.getByRole('row', { name: /Leerlingen \(vo \+ pro\)/ })).toContainText('18.793');
	await expect(tabel.getByRole('row', { name: /TLV's vso op 1 februari/ })).toContainText('610');
	await expect(tabel.getByRole('row', { name: /TLV's vso op 1 februari/ })).toContainText('798');
	// Hours against verwijzingen per vo and pro school (before: bao schools only, so a VO SWV read 'Te weinig scholen … (0').
	const spreiding = page.getByTestId('uren-verwijzingen');
	await expect(spreiding.locator('figcaption')).toContainText('per school voor vo en pro');
	expect(await spreiding.locator('svg circle').count()).toBeGreaterThanOrEqual(10);
	await geenPoWoorden(page);
	await page.locator('#scenario').scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${SHOTS}/vo-scenario.png` });
});

test('the overview’s CSV of a VO SWV holds its own figures, not the empty bao, sbo, so and rugzak columns', async ({ page }) => {
	const csv = await (await page.request.get('/api/q/kerncijfers?schooljaar=2025-2026&format=csv')).text();
	const kop = csv.split('\r\n')[0].replace('\uFEFF', '').split(';');
	expect(kop).toContain('deelname_vso_pct');
	expect(kop.filter((k) => k.split('_').some((t) => ['bao', 'sbo', 'so', 'rugzak'].includes(t)))).toEqual([]);
	// 1 oktober 2025: 580 vso-TLVs over 18.716 vo + pro pupils (the header of this file).
	expect(csv).toMatch(/2025-10-01;[^\r]*;3,09\d*;/);
});

test('the notes page of a VO SWV lists the jaarverslag figures still without a note, none of them a PO figure', async ({ page }) => {
	await page.goto('/toelichtingen?schooljaar=2025-2026');
	const zonder = page.getByTestId('zonder-toelichting');
	// Before: "Deelname sbo", "Leerlingen met sbo-TLV", "Deelname so" and "Rugzak / arrangement", figures a VO jaarverslag does not have.
	await expect(zonder.locator('a[href$="#toelichting-benutting_pct"]')).toHaveCount(1);
	await expect(zonder.locator('a[href$="#toelichting-deelname_so_pct"]')).toHaveCount(0);
	expect((await zonder.innerText()).match(/\b(sbo|so|rugzak)\b/i)?.[0] ?? null).toBeNull();
});

test('a VO regio has its own page: deelname vso, pro and lwoo beside last year and the SWV, its schools, in VO words', async ({ page }) => {
	await page.goto('/kringen?schooljaar=2025-2026');
	await page.getByTestId('tabel-regios').getByRole('link', { name: 'Regio Noord' }).click();
	await expect(page).toHaveURL(/\/kringen\/Regio%20Noord\?schooljaar=2025-2026$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regio Noord 2025-2026');
	await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toContainText('Regio’s');
	const verhaal = page.getByTestId('verhaal');
	await expect(verhaal).toContainText('3,05%');
	await expect(verhaal).toContainText('plaats 1 van de 3 regio’s');
	await expect(verhaal).toContainText('71 vso-TLV’s');
	const vergelijking = page.getByTestId('vergelijking');
	await expect(vergelijking.locator('tr[data-metric="deelname_vso_pct"]')).toContainText(/3,05%.*2,90%.*3,10%/);
	await expect(vergelijking.locator('tr[data-metric="deelname_pro_pct"]')).toContainText('3,58%');
	await expect(vergelijking.locator('tr[data-metric="deelname_lwoo_pct"]')).toContainText('5,41%');
	await expect(vergelijking.locator('tr[data-metric="tlv_vso"]')).toContainText(/71.*109/);
	await expect(page.getByTestId('vo-regio-scholen').locator('tbody tr')).toHaveCount(10);
	await expect(page.getByTestId('vo-ab-per-school')).toBeVisible();
	await geenPoWoorden(page);
	await axe(page);
	await page.screenshot({ path: `${SHOTS}/vo-regio.png`, fullPage: true });
	// A reload is the same page (not data), and an unknown regio is refused in VO words.
	await page.reload();
	await expect(page.getByTestId('vergelijking').locator('tr[data-metric="deelname_vso_pct"]')).toContainText('3,05%');
	const r = await page.goto('/kringen/Regio%20West?schooljaar=2025-2026');
	expect(r?.status()).toBe(404);
	await expect(page.locator('main')).toContainText('De regio "Regio West" bestaat niet.');
});

test('the VO jaarverslag as PDF and Word: both answer, the Word document holds the vso figures', async ({ page }) => {
	const docx = await page.request.get('/jaarverslag/2025-2026/docx');
	expect(docx.status()).toBe(200);
	const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
	const tekst = xml
		.replace(/<[^>]+>/g, ' ')
		.replace(/&apos;/g, "'")
		.replace(/\s+/g, ' ');
	expect(tekst).toContain('Deelname vso');
	expect(tekst).toContain('3,10%');
	expect(tekst).toContain("137 vso-TLV's");
	expect(tekst.match(/\b(sbo|bao|rugzak)\b/i)?.[0] ?? null).toBeNull();
	// The VO chapters' charts are in it as pictures, as the PO chapters' (before: text only).
	expect(xml).toContain('descr="Staafgrafiek: Deelname vso, pro en lwoo per schooljaar (1 oktober)"');
	expect(xml).toMatch(/descr="Staafgrafiek: Vso-TLV(&apos;|')s per schooljaar \(besluitdatum\)"/);
	const pdf = await page.request.get('/jaarverslag/2025-2026/pdf', { timeout: 120_000 });
	expect(pdf.status()).toBe(200);
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

/**
 * What a person of a VO SWV reads or hears never says kring (issue 16): every page of the menu of the
 * bestuur and of a school, a regio's page, a school's page, the jaarverslag (also of a regio), the
 * account and toelichtingen pages, the login page, and every CSV and Word download those pages offer.
 * Any word with "kring" in it counts ("kringpagina", "aandeel_kring_pct"); the addresses do not
 * (/kringen/…, ?kring=… are the app's own names).
 */
const KRING_OOIT = /\S*kring\S*/i;
async function geenKringOpPaginas(page: Page, paden: string[], downloads: Set<string>) {
	for (const pad of paden) {
		expect((await page.goto(pad))?.status(), pad).toBe(200);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect((await woordenIn(page, 'body')).match(KRING_OOIT)?.[0] ?? null, `kring op ${pad}`).toBeNull();
		for (const a of await page.locator('a[href*="format=csv"], a[href$="/docx"], a[href*="/docx?"]').all()) downloads.add((await a.getAttribute('href'))!);
	}
}
async function geenKringInDownloads(page: Page, downloads: Set<string>) {
	expect(downloads.size).toBeGreaterThan(0);
	for (const href of downloads) {
		const r = await page.request.get(href);
		expect(r.status(), href).toBe(200);
		const naam = r.headers()['content-disposition'] ?? '';
		expect(naam.match(KRING_OOIT)?.[0] ?? null, `kring in de bestandsnaam van ${href}`).toBeNull();
		const tekst = href.includes('/docx')
			? (await (await JSZip.loadAsync(await r.body())).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ')
			: await r.text();
		expect(tekst.match(KRING_OOIT)?.[0] ?? null, `kring in ${href}`).toBeNull();
	}
}
async function menu(page: Page): Promise<string[]> {
	await page.goto('/');
	return page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

test('a VO SWV never says kring to its bestuur: the menu’s pages, a regio, a school, the jaarverslag and their downloads', async ({ page }) => {
	test.setTimeout(240_000);
	const paden = await menu(page);
	expect(paden).toContain('/scholen');
	const downloads = new Set<string>();
	await geenKringOpPaginas(
		page,
		[
			// As the menu links them (the newest schooljaar), and with a regio chosen.
			...paden,
			...['/deelname', '/verwijzingen', '/arrangementen', '/expertteam', '/budget', '/scholen'].map((p) => `${p}?schooljaar=2025-2026&kring=Regio%20Noord`),
			'/kringen?schooljaar=2025-2026',
			'/kringen/Regio%20Noord?schooljaar=2025-2026',
			'/scholen/23HB00?schooljaar=2025-2026',
			'/jaarverslag/2025-2026',
			'/jaarverslag/2025-2026?kring=Regio%20Noord',
			'/jaarverslag/2025-2026?school=23HB00',
			'/account',
			'/toelichtingen?schooljaar=2025-2026'
		],
		downloads
	);
	await geenKringInDownloads(page, downloads);
});

test('a VO SWV never says kring to its adviseur or its beheerder: their menus, the beheer pages and their downloads', async ({ page }) => {
	test.setTimeout(240_000);
	for (const rol of ['adviseur', 'beheerder'] as const) {
		await loginAs(page, rol);
		const paden = await menu(page);
		const downloads = new Set<string>();
		await geenKringOpPaginas(page, [...paden, '/account'], downloads);
		if (downloads.size) await geenKringInDownloads(page, downloads);
	}
});

test('a VO SWV never says kring to a school: its menu, its page, its jaarverslag and their downloads, and the login page', async ({ page }) => {
	test.setTimeout(120_000);
	await page.context().clearCookies();
	await page.goto('/login');
	expect((await woordenIn(page, 'body')).match(KRING_OOIT)?.[0] ?? null, 'kring op /login').toBeNull();
	await loginAs(page, 'school');
	const paden = await menu(page);
	expect(paden.some((p) => p.startsWith('/scholen/'))).toBe(true);
	const downloads = new Set<string>();
	await geenKringOpPaginas(page, [...paden, '/jaarverslag/2025-2026', '/account', '/toelichtingen'], downloads);
	await geenKringInDownloads(page, downloads);
});
