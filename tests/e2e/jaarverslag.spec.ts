/**
 * Tellen en vertellen in the browser, on the demo data: a toelichting's life beside a KPI tile, the
 * jaarverslag with every chapter and its drawn charts, and its PDF (pages, chapters, key figures and a
 * toelichting written earlier in this test, read back with pdftotext).
 *
 * Figures for 2024-2025 from the demo data (checked by hand against the jaarverslag queries' unit
 * tests): deelname sbo 449 / 19.333 = 2,32 % (tile 2,32%), 192 verwijzingen (TLVs with a school of
 * herkomst; 263 TLVs in all) = 9,9 per 1.000 pupils, 7.721 expertteam hours,
 * € 1.669.770 budget spent.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { stateFor } from './auth';

const SHOTS = 'test-results/screenshots';
const NOTE = 'De sbo-deelname daalt door de **TOP-groep** in Kring Noord.';

test.describe.configure({ mode: 'serial' });

test('a toelichting beside a tile: write, edit, restore, delete with confirmation, undo', async ({ page }) => {
	await page.goto('/');
	// Typed before hydration, the text is reset when Svelte takes over the form (seen once on CI).
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const box = page.locator('#toelichting-deelname_sbo_pct');
	await box.getByText('Toelichting schrijven').click();
	await box.getByLabel('Toelichting bij deelname sbo').fill('Eerste versie.\n\n- meer **ondersteuning** op school\n- zie https://www.passendonderwijs.nl');
	await box.getByRole('button', { name: 'Toelichting opslaan' }).click();
	await expect(page).toHaveURL(/#toelichting-deelname_sbo_pct$/);
	const tekst = page.getByTestId('toelichting-deelname_sbo_pct');
	await expect(tekst.locator('strong')).toHaveText('ondersteuning');
	await expect(tekst.locator('a')).toHaveAttribute('href', 'https://www.passendonderwijs.nl');
	await expect(box.locator('.meta').first()).toContainText('(bestuur)');

	// Edit: version 2, version 1 kept.
	await box.getByText('Wijzigen').click();
	await box.getByLabel('Toelichting bij deelname sbo').fill('Tweede versie.');
	await box.getByRole('button', { name: 'Opslaan' }).click();
	await expect(tekst).toHaveText('Tweede versie.');
	await expect(box).toContainText('versie 2');
	await box.getByText('Eerdere versies (1)').click();
	await expect(box.locator('.geschiedenis')).toContainText('Eerste versie.');

	// Restore version 1: it comes back as version 3.
	await box.getByRole('button', { name: 'Deze versie terugzetten' }).click();
	await expect(tekst).toContainText('Eerste versie.');
	await expect(box).toContainText('versie 3');

	// Delete asks first; then it can be undone.
	await box.getByText('Verwijderen', { exact: true }).click();
	await expect(box).toContainText('Weet u zeker dat u deze toelichting wilt verwijderen?');
	await box.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(tekst).toHaveCount(0);
	await expect(box).toContainText('Toelichting verwijderd door');
	await box.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(tekst).toContainText('Eerste versie.');
	await expect(box).toContainText('versie 3');
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: `${SHOTS}/overzicht-toelichting.png`, fullPage: true });
});

test('the jaarverslag has every chapter with drawn charts, the story and a toelichting', async ({ page }) => {
	await page.goto('/jaarverslag');
	await page.getByRole('link', { name: 'Jaarverslag 2024-2025' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarverslag passend onderwijs');
	const sections = page.locator('[data-sectie]');
	// The thuiszitters chapter (issue 17) comes with the demo's thuiszitterslijst; financiën and doelmatigheid (issue 18) with its accounts for 2025 and vervolg for 2024-2025.
	await expect(sections).toHaveCount(10);
	expect(await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-sectie')))).toEqual([
		'samenvatting',
		'deelname',
		'verwijzingen',
		'arrangementen',
		'expertteam',
		'budget',
		'thuiszitters',
		'financien',
		'doelmatigheid',
		'bijlage'
	]);
	// Every chapter has at least one chart with drawn marks (lines or bars).
	for (const id of ['deelname', 'verwijzingen', 'arrangementen', 'expertteam', 'budget', 'financien', 'doelmatigheid']) {
		const marks = page.locator(`[data-sectie="${id}"] [data-grafiek] svg :is(g[aria-label="bar"] rect, g[aria-label="line"] path)`);
		expect(await marks.count(), `marks in ${id}`).toBeGreaterThan(0);
	}
	await expect(page.getByTestId('waarde-deelname_sbo_pct')).toHaveText('2,32%');
	await expect(page.getByTestId('waarde-verwijzingen')).toHaveText('192');
	await expect(page.locator('[data-sectie="deelname"]')).toContainText(
		'Op 1 oktober 2024 zat 2,32% van de leerlingen op het sbo. Dat is iets lager en dus gunstiger dan vorig jaar (2,38%)'
	);
	await expect(page.locator('[data-sectie="verwijzingen"]')).toContainText('is het hoogste van de acht kringen');
	await expect(page.locator('[data-sectie="bijlage"]')).toContainText(/Verwijzingen per 1\.?000 leerlingen/);

	// A toelichting written here appears beside its figure (and later in the PDF).
	const box = page.locator('#toelichting-deelname_sbo_pct');
	await box.getByText('Toelichting schrijven').click();
	await box.getByLabel('Toelichting bij deelname sbo').fill(NOTE);
	await box.getByRole('button', { name: 'Toelichting opslaan' }).click();
	await expect(page.getByTestId('toelichting-deelname_sbo_pct').locator('strong')).toHaveText('TOP-groep');
	await page.screenshot({ path: `${SHOTS}/jaarverslag.png`, fullPage: true });
});

test('the PDF has the cover, the summary, five chapters, financiën and doelmatigheid, and the appendix, with the key figures as text', async ({
	page,
	request
}) => {
	await page.goto('/jaarverslag/2024-2025');
	// The SWV's name as the page header shows it (another spec's import may have ended demo mode).
	const swv = (await page.locator('header.site .swv').textContent())!.trim();
	const href = await page.getByTestId('download-pdf').getAttribute('href');
	expect(href).toBe('/jaarverslag/2024-2025/pdf');
	const res = await request.get(href!, { timeout: 60_000 });
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('application/pdf');
	const file = 'test-results/jaarverslag-2024-2025.pdf';
	writeFileSync(file, await res.body());

	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	expect(info).toMatch(/Page size:.*pts \(A4\)/);
	const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1]);
	const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
		.split('\f')
		.filter((p) => p.trim());
	expect(pages).toHaveLength(pageCount);

	// Page 1 is the cover: no running header, no page number.
	expect(pages[0]).toContain('Jaarverslag passend onderwijs');
	expect(pages[0]).not.toContain('Pagina 1');
	// Every chapter starts on a page of its own, in order, with the running header and a page number.
	const starts = [
		'Samenvatting',
		'1. Deelname',
		'2. Verwijzingen',
		'3. Arrangementen',
		'4. Expertteam',
		'5. Schoolbudget',
		'6. Thuiszitters',
		'7. Financiën 2025',
		'8. Doelmatigheid',
		'Bijlage: tabellen en definities'
	].map((kop) => pages.findIndex((p, i) => i > 0 && p.split('\n').some((l) => l.trim() === kop)));
	expect(starts.every((s) => s > 0)).toBe(true);
	expect([...starts].sort((a, b) => a - b)).toEqual(starts);
	expect(new Set(starts).size).toBe(10);
	for (const i of starts) {
		expect(pages[i]).toContain(`${swv} — Jaarverslag 2024-2025`);
		expect(pages[i]).toContain(`Pagina ${i + 1} van ${pageCount}`);
	}
	const text = pages.join('\n').replace(/\s+/g, ' ');
	for (const figure of ['2,32%', '192', '9,9', '7.721,0 uur', '€ 1.669.770']) expect(text).toContain(figure);
	expect(text).toContain('De sbo-deelname daalt door de TOP-groep in Kring Noord.');
	// The thuiszitters chapter (issue 17): on 1 oktober 2024 six pupils of the demo list were at home.
	expect(text).toContain('Op 1 oktober 2024 zaten 6 leerlingen thuis.');
	expect(text).toContain('100 × leerlingen sbo ÷ (leerlingen bao + leerlingen sbo)');
	// Issue 18, boekjaar 2025 (the year 2024-2025 ends in): € 383.682,23 − € 312.439,44 = € 71.243 boven.
	expect(text).toContain('De reserve ligt € 71.243 boven de signaleringswaarde');

	// Two pages as images, to look at.
	execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, `${SHOTS}/jaarverslag-pdf-voorblad`]);
	execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(starts[1] + 1), '-l', String(starts[1] + 1), file, `${SHOTS}/jaarverslag-pdf-deelname`]);
	execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(starts[6] + 1), '-l', String(starts[7] + 1), file, `${SHOTS}/jaarverslag-pdf-geld`]);
});

test('the report for one kring tells the kring against the SWV and the other kringen', async ({ page }) => {
	await page.goto('/jaarverslag/2024-2025?kring=Kring%20Noord');
	await expect(page.locator('.voorblad')).toContainText('Kring Noord');
	await expect(page.locator('[data-sectie="verwijzingen"]')).toContainText('In schooljaar 2024-2025 waren er in Kring Noord 19 verwijzingen');
	await expect(page.locator('[data-sectie="verwijzingen"]')).toContainText('het samenwerkingsverband (9,9)');
	await expect(page.locator('[data-sectie="verwijzingen"]')).toContainText('van de acht kringen');
	// Deelname sbo is an SWV figure only: not shown for a kring.
	await expect(page.getByTestId('waarde-deelname_sbo_pct')).toHaveCount(0);
	expect(await page.locator('[data-grafiek] svg').count()).toBeGreaterThanOrEqual(5);
});

test('the report for one school compares it with its kring and the SWV, without ranking other schools', async ({ page }) => {
	await page.goto('/jaarverslag?schooljaar=2024-2025&school=96XN00');
	await expect(page).toHaveURL(/\/jaarverslag\/2024-2025\?school=96XN00$/);
	await expect(page.locator('.voorblad')).toContainText('Basisschool De Regenboog (96XN00, Kring Noord)');
	const deelname = page.locator('[data-sectie="deelname"]');
	await expect(deelname).toContainText('Op 1 oktober 2024 had bij Basisschool De Regenboog 1,12% van de leerlingen een so-TLV.');
	await expect(deelname).toContainText('dan Kring Noord (0,81%)');
	await expect(deelname).toContainText('dan het samenwerkingsverband (1,67%)');
	await expect(page.locator('.jaarverslag')).not.toContainText('van de acht kringen');
	await expect(page.getByTestId('waarde-benutting_pct')).toHaveCount(0);
});

test('a toelichting form only sends people back to this monitor', async ({ request, baseURL }) => {
	const res = await request.post('/toelichtingen?/opslaan', {
		headers: { Origin: baseURL!, Accept: 'text/html' },
		form: { metric: 'verwijzingen', niveau: 'swv', sleutel: '', schooljaar: '2023-2024', tekst: 'Omleiding?', terug: '//evil.example/x' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toBe('/#toelichting-verwijzingen');
	const bad = await request.post('/toelichtingen?/opslaan', {
		headers: { Origin: baseURL!, Accept: 'text/html' },
		form: { metric: 'verwijzingen', niveau: 'school', sleutel: "x' OR 1=1", schooljaar: '2023-2024', tekst: 'x', terug: '/' },
		maxRedirects: 0
	});
	expect(bad.status()).toBe(400);
	expect(await bad.text()).toContain('schrijf de school als brin + vestiging');
});

test.describe('a school account', () => {
	test.use({ storageState: stateFor('school') });
	test('gets the jaarverslag of its own school only, and writes toelichtingen only there', async ({ page }) => {
		await page.goto('/jaarverslag/2024-2025?school=11AA00&kring=Kring%20Oost');
		await expect(page.locator('.voorblad .plek')).toContainText('Kring');
		await expect(page.locator('.jaarverslag')).toHaveAttribute('data-niveau', 'school');
		await expect(page.locator('.werkbalk select[name="kring"]')).toHaveCount(0);
		await expect(page.locator('.jaarverslag')).not.toContainText('NaN');
		await page.locator('[data-sectie="verwijzingen"]').screenshot({ path: `${SHOTS}/jaarverslag-school-verwijzingen.png` });
		const box = page.locator('#toelichting-verwijzingen');
		await box.getByText('Toelichting schrijven').click();
		await box.getByLabel('Toelichting bij verwijzingen').fill('Geschreven door de school.');
		await box.getByRole('button', { name: 'Toelichting opslaan' }).click();
		await expect(page.getByTestId('toelichting-verwijzingen')).toHaveText('Geschreven door de school.');
		// Not on the overview of the whole SWV.
		await page.goto('/');
		await expect(page.getByText('Toelichting schrijven')).toHaveCount(0);
	});
});
