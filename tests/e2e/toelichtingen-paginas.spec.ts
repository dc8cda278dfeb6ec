/**
 * "Tellen en vertellen" on the figure pages: the toelichting beside a figure belongs to the place the
 * page shows (the SWV, or the kring in the filter) in its schooljaar, so a note written on the budget
 * page of a kring is the same note the kring's jaarverslag prints. Where another filter makes the
 * figures a part of that place (a gemeente, an organisatie of the expertteam), no note is offered.
 */
import { expect, test } from '@playwright/test';

const NOTE = 'Kring West besteedde minder: een **vacature** bij de intern begeleiders.';

test('a note written beside a budget figure of a kring is the kring jaarverslag note', async ({ page }) => {
	await page.goto('/budget?schooljaar=2025-2026&kring=Kring+West');
	const box = page.locator('.kengetal[data-metric="uitputting_pct"] #toelichting-uitputting_pct');
	await box.getByText('Toelichting schrijven').click();
	await box.getByLabel('Toelichting bij uitputting').fill(NOTE);
	await box.getByRole('button', { name: 'Toelichting opslaan' }).click();
	await expect(page).toHaveURL(/\/budget\?schooljaar=2025-2026&kring=Kring\+West#toelichting-uitputting_pct$/);
	await expect(page.getByTestId('toelichting-uitputting_pct').locator('strong')).toHaveText('vacature');
	await page.locator('.kengetallen').screenshot({ path: 'test-results/screenshots/budget-toelichting.png' });

	// The same place and schooljaar in the jaarverslag: the same note.
	await page.goto('/jaarverslag/2025-2026?kring=Kring%20West');
	await expect(page.getByTestId('toelichting-uitputting_pct')).toContainText('een vacature bij de intern begeleiders');
	// Another place (the whole SWV), or another schooljaar: not this note.
	await page.goto('/budget?schooljaar=2025-2026');
	await expect(page.locator('.kengetal[data-metric="uitputting_pct"] #toelichting-uitputting_pct')).toContainText('Toelichting schrijven');
	await expect(page.getByTestId('toelichting-uitputting_pct')).toHaveCount(0);
	await page.goto('/budget?schooljaar=2024-2025&kring=Kring+West');
	await expect(page.getByTestId('toelichting-uitputting_pct')).toHaveCount(0);
});

test('every figure page offers notes beside its tiles, but not for a part of a place', async ({ page }) => {
	for (const [path, id] of [
		['/deelname', 'deelname_so_pct'],
		['/verwijzingen', 'verwijzingen_per_1000'],
		['/arrangementen', 'start_binnen_2_weken_pct'],
		['/expertteam', 'benutting_pct'],
		['/budget', 'budget_besteed']
	]) {
		await page.goto(path);
		await expect(page.locator(`[data-metric="${id}"] #toelichting-${id}`), path).toHaveCount(1);
	}
	for (const path of ['/deelname?gemeente=Lindeveen', '/verwijzingen?gemeente=Lindeveen', '/arrangementen?schoolsoort=sbo', '/expertteam?organisatie=AED']) {
		await page.goto(path);
		await expect(page.locator('aside.toelichting'), path).toHaveCount(0);
	}
	// A soort school carried over from another page does not filter the verwijzingen, nor hide their notes.
	await page.goto('/verwijzingen?schoolsoort=sbo');
	await expect(page.locator('#toelichting-verwijzingen')).toHaveCount(1);
});

test('a note typed before the page’s scripts arrived is kept when they do', async ({ page }) => {
	// Hold the app's scripts until the person has typed, as on a slow connection.
	let laat!: () => void;
	const klaar = new Promise<void>((r) => (laat = r));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await klaar;
		await route.continue();
	});
	await page.goto('/budget?schooljaar=2024-2025&kring=Kring+Noord', { waitUntil: 'commit' });
	const box = page.locator('.kengetal[data-metric="uitputting_pct"] #toelichting-uitputting_pct');
	await box.getByText('Toelichting schrijven').click();
	await box.getByLabel('Toelichting bij uitputting').fill('Getypt voordat de pagina klaar was.');
	laat();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(box.getByLabel('Toelichting bij uitputting')).toHaveValue('Getypt voordat de pagina klaar was.');
});
