/**
 * The board's one page (issue 19), logged in as the demo bestuur: every area on the overview, each
 * tile's value equal to its own page's, and an own target (streefwaarde) set in the web page that the
 * tile, the sentence and the signals then use. The target is removed again at the end (the other
 * specs share the database). Screenshots in /tmp/bord.
 */
import { expect, test } from '@playwright/test';
import { stateFor } from './auth';

const SJ = '2025-2026';

test('the overview shows every area with a link, and each tile equals its page', async ({ page }) => {
	await page.goto(`/?schooljaar=${SJ}`);
	for (const id of ['verwijzingen_per_1000', 'evaluatie_op_tijd_pct', 'benutting_pct', 'uitputting_pct'])
		await expect(page.getByTestId(`gebied-${id}`)).toBeVisible();
	await expect(page.getByTestId('tegel-deelname_so_pct')).toBeVisible();
	await expect(page.getByTestId('tegel-thuiszitters')).toBeVisible();
	await expect(page.getByTestId('tegel-financien')).toBeVisible();
	await expect(page.getByTestId('gebied-benutting_pct')).toContainText(/Laagste kring: .+ met \d+,\d%/);
	await expect(page.getByTestId('gebied-uitputting_pct')).toContainText(/besteedde(n)? minder dan 70,0%/);
	await expect(page.getByTestId('signalen').getByRole('link').first()).toBeVisible();
	await page.screenshot({ path: '/tmp/bord/overzicht.png', fullPage: true });

	// Each tile against the same figure on its page (same query, same schooljaar).
	const tegels: [string, string, string][] = [
		['verwijzingen_per_1000', 'Naar verwijzingen', 'kengetal-verwijzingen_per_1000'],
		['evaluatie_op_tijd_pct', 'Naar arrangementen', 'kengetal-evaluatie_op_tijd_pct'],
		['benutting_pct', 'Naar expertteam', 'kengetal-benutting_pct'],
		['uitputting_pct', 'Naar schoolbudget', 'kengetal-uitputting_pct']
	];
	for (const [id, link, opPagina] of tegels) {
		await page.goto(`/?schooljaar=${SJ}`);
		const waarde = (await page.getByTestId(`gebied-waarde-${id}`).textContent())!.trim();
		expect(waarde).toMatch(/\d/);
		await page.getByTestId(`gebied-${id}`).getByRole('link', { name: link }).click();
		await expect(page).toHaveURL(new RegExp(`schooljaar=${SJ}`));
		await expect(page.getByTestId(opPagina).first()).toHaveText(waarde);
	}
});

test('the bestuur sets a target; tile, sentence and signals use it; its history shows who', async ({ page }) => {
	await page.goto(`/?schooljaar=${SJ}`);
	const so = (await page.getByTestId('tegel-deelname_so_pct').textContent())!.trim();
	// A target just under the figure as shown: the figure is then above it.
	const waarde = Number(so.replace('%', '').replace(',', '.'));
	const doel = (Math.floor(waarde * 10) / 10 - 0.1).toFixed(1).replace('.', ',');

	await page.goto('/streefwaarden');
	const rij = page.getByTestId('streef-deelname_so_pct');
	await rij.getByLabel('Deelname so: hoogstens').fill(doel);
	await rij.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByTestId('melding')).toHaveText('De streefwaarde is opgeslagen.');
	await expect(rij).toContainText(`hoogstens ${doel}%`);
	await expect(page.getByTestId('streef-geschiedenis')).toContainText(/bestuur/);
	await page.screenshot({ path: '/tmp/bord/streefwaarden.png', fullPage: true });

	await page.goto(`/?schooljaar=${SJ}`);
	await expect(page.getByTestId('streef-deelname_so_pct')).toHaveText(`Boven de eigen streefwaarde van ${doel}%`);
	await expect(page.getByTestId('verhaal')).toContainText(`: boven de eigen streefwaarde van ${doel}%.`);
	const signaal = page.getByTestId('signalen').locator('li[data-soort="streefwaarde"]');
	await expect(signaal).toContainText(`boven de eigen streefwaarde van ${doel}%`);
	// Most urgent first: the own target heads the list, and links to the deelname page.
	await expect(page.getByTestId('signalen').locator('li').first()).toHaveAttribute('data-soort', 'streefwaarde');
	await expect(signaal.getByRole('link')).toHaveAttribute('href', `/deelname?schooljaar=${SJ}`);
	await page.screenshot({ path: '/tmp/bord/overzicht-streef.png', fullPage: true });

	// Removed again: both bounds empty.
	await page.goto('/streefwaarden');
	await rij.getByLabel('Deelname so: hoogstens').fill('');
	await rij.getByRole('button', { name: 'Opslaan' }).click();
	await expect(rij).toContainText('geen streefwaarde');
});

for (const role of ['school', 'adviseur'] as const) {
	test.describe(`${role} account`, () => {
		test.use({ storageState: stateFor(role) });
		test(`${role} may neither open nor post the streefwaarden`, async ({ page }) => {
			expect((await page.goto('/streefwaarden'))!.status()).toBe(403);
			const r = await page.request.post('/streefwaarden?/opslaan', {
				form: { metric: 'deelname_so_pct', min: '', max: '1' },
				headers: { origin: new URL(page.url()).origin }
			});
			expect(r.status()).toBe(403);
		});
	});
}
