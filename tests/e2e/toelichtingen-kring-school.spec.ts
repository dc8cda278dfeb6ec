/**
 * Issue 19, notes where people look: "Toelichting schrijven" on a kring page and a school page; a kring
 * note written on /deelname?kring=… is the note of that kring's page and jaarverslag; /toelichtingen
 * lists the notes of a schooljaar, each linking to where it stands, and the figures of the jaarverslag
 * still without a note. As bestuur, in schooljaar 2025-2026, on places no other spec writes to.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const SHOTS = '/tmp/rest';
mkdirSync(SHOTS, { recursive: true });
const SJ = '2025-2026';

/** Write a note in the box of a figure (the page must have hydrated: text typed before it is reset). */
async function schrijf(page: Page, box: ReturnType<Page['locator']>, tekst: string) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await box.getByText('Toelichting schrijven').click();
	await box.getByLabel(/^Toelichting bij /).fill(tekst);
	await box.getByRole('button', { name: 'Toelichting opslaan' }).click();
}

test('a note written on a kring page stands there and in the kring jaarverslag, not on another kring', async ({ page }) => {
	await page.goto(`/kringen/Kring%20Noord?schooljaar=${SJ}`);
	const blok = page.getByTestId('toelichtingen-blok');
	await expect(blok.getByRole('heading', { level: 2 })).toHaveText(`Toelichtingen bij Kring Noord ${SJ}`);
	await schrijf(page, blok.locator('#toelichting-verwijzingen_per_1000'), 'Kring Noord verwees meer door de **nieuwe** sbo-afdeling.');
	await expect(page).toHaveURL(/\/kringen\/Kring%20Noord\?schooljaar=2025-2026#toelichting-verwijzingen_per_1000$/);
	await expect(blok.getByTestId('toelichting-verwijzingen_per_1000')).toContainText('Kring Noord verwees meer door de nieuwe sbo-afdeling.');
	await expect(blok.getByTestId('toelichting-verwijzingen_per_1000').locator('strong')).toHaveText('nieuwe');
	await blok.screenshot({ path: `${SHOTS}/kring-toelichting.png` });

	await page.goto(`/jaarverslag/${SJ}?kring=Kring%20Noord`);
	await expect(page.getByTestId('toelichting-verwijzingen_per_1000')).toContainText('Kring Noord verwees meer');
	// Another kring, and the SWV's own jaarverslag: not this note.
	await page.goto(`/kringen/Kring%20Oost?schooljaar=${SJ}`);
	await expect(page.getByTestId('toelichting-verwijzingen_per_1000')).toHaveCount(0);
	await page.goto(`/jaarverslag/${SJ}`);
	await expect(page.getByText('Kring Noord verwees meer')).toHaveCount(0);
});

test('a note written on a school page stands on that school page only', async ({ page }) => {
	await page.goto(`/scholen/96XN00?schooljaar=${SJ}`);
	const blok = page.getByTestId('toelichtingen-blok');
	await expect(blok.getByRole('heading', { level: 2 })).toHaveText(`Toelichtingen bij Basisschool De Regenboog ${SJ}`);
	await schrijf(page, blok.locator('#toelichting-rugzak_pct'), 'De Regenboog zette rugzakken om in een groepsarrangement.');
	await expect(page).toHaveURL(/\/scholen\/96XN00\?schooljaar=2025-2026#toelichting-rugzak_pct$/);
	await expect(blok.getByTestId('toelichting-rugzak_pct')).toHaveText('De Regenboog zette rugzakken om in een groepsarrangement.');
	await expect(blok.locator('#toelichting-rugzak_pct .meta').first()).toContainText('bestuur (bestuur)');
	await blok.screenshot({ path: `${SHOTS}/school-toelichting.png` });
	await page.goto(`/scholen/31MQ00?schooljaar=${SJ}`);
	await expect(page.getByTestId('toelichting-rugzak_pct')).toHaveCount(0);
});

test('a kring note written on /deelname?kring=… appears on that kring page and in its jaarverslag', async ({ page }) => {
	await page.goto(`/deelname?schooljaar=${SJ}&kring=Kring+Zuid`);
	await schrijf(page, page.locator('#toelichting-deelname_so_pct'), 'In Kring Zuid gingen twee leerlingen naar het so na een verhuizing.');
	await expect(page.getByTestId('toelichting-deelname_so_pct')).toContainText('In Kring Zuid gingen twee leerlingen');

	await page.goto(`/kringen/Kring%20Zuid?schooljaar=${SJ}`);
	const blok = page.getByTestId('toelichtingen-blok');
	await expect(blok.locator('li[data-metric="deelname_so_pct"]').getByTestId('toelichting-deelname_so_pct')).toContainText(
		'In Kring Zuid gingen twee leerlingen naar het so'
	);
	await page.goto(`/jaarverslag/${SJ}?kring=Kring%20Zuid`);
	await expect(page.getByTestId('toelichting-deelname_so_pct')).toContainText('In Kring Zuid gingen twee leerlingen naar het so');
	// The whole SWV's deelname page has no such note.
	await page.goto(`/deelname?schooljaar=${SJ}`);
	await expect(page.getByText('In Kring Zuid gingen twee leerlingen')).toHaveCount(0);
});

test('/toelichtingen lists the notes of the schooljaar with a link to each, and the figures still without a note', async ({ page }) => {
	await page.goto(`/toelichtingen?schooljaar=${SJ}`);
	const lijst = page.getByTestId('toelichtingen-lijst');
	const rij = (tekst: string) => lijst.locator('tbody tr').filter({ hasText: tekst });
	// The three notes of the tests above, each at its place.
	await expect(rij('Kring Noord verwees meer')).toContainText('Kring Noord');
	await expect(rij('Kring Noord verwees meer')).toContainText('Verwijzingen');
	// The note as text: its markup (**nieuwe**) is not shown as asterisks.
	await expect(rij('Kring Noord verwees meer')).toContainText('Kring Noord verwees meer door de nieuwe sbo-afdeling.');
	await expect(rij('In Kring Zuid gingen twee leerlingen')).toContainText('Kring Zuid');
	await expect(rij('De Regenboog zette rugzakken')).toContainText('Basisschool De Regenboog');
	await expect(rij('De Regenboog zette rugzakken')).toContainText('bestuur');
	// Without a note of the SWV: the kring notes do not count for the SWV's jaarverslag.
	const zonder = page.getByTestId('zonder-toelichting');
	await expect(zonder.getByRole('link', { name: 'Verwijzingen per 1.000 leerlingen' })).toHaveCount(1);
	await page.screenshot({ path: `${SHOTS}/toelichtingen.png`, fullPage: true });

	// Each link leads to the note.
	await rij('De Regenboog zette rugzakken').getByRole('link').click();
	await expect(page).toHaveURL(/\/scholen\/96XN00\?schooljaar=2025-2026#toelichting-rugzak_pct$/);
	await expect(page.getByTestId('toelichting-rugzak_pct')).toBeVisible();
	await page.goBack();
	await rij('Kring Noord verwees meer').getByRole('link').click();
	await expect(page).toHaveURL(/\/kringen\/Kring%20Noord\?schooljaar=2025-2026#toelichting-verwijzingen_per_1000$/);
	await expect(page.getByTestId('toelichting-verwijzingen_per_1000')).toBeVisible();

	// A figure without a note links to its place in the jaarverslag; written there, it leaves the list.
	await page.goto(`/toelichtingen?schooljaar=${SJ}`);
	await zonder.getByRole('link', { name: 'Verwijzingen per 1.000 leerlingen' }).click();
	await expect(page).toHaveURL(new RegExp(`/jaarverslag/${SJ}#toelichting-verwijzingen_per_1000$`));
	await schrijf(page, page.locator('#toelichting-verwijzingen_per_1000'), 'Het samenwerkingsverband verwees evenveel als vorig jaar.');
	await expect(page.getByTestId('toelichting-verwijzingen_per_1000')).toContainText('evenveel als vorig jaar');
	await page.goto(`/toelichtingen?schooljaar=${SJ}`);
	await expect(rij('evenveel als vorig jaar')).toContainText('Samenwerkingsverband');
	await expect(zonder.getByRole('link', { name: 'Verwijzingen per 1.000 leerlingen' })).toHaveCount(0);
});
