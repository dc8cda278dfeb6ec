/**
 * Issue 15: real exports through the web import, checked but not loaded (the demo data stay for the
 * other browser tests). DUO's real 03 files hold none of the demo schools: one grouped refusal, not
 * 1.941 notices. An Indigo-like TLV export is read by aliases and derived values, said in the report.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { stateFor } from './auth';

test.use({ storageState: stateFor('beheerder') });

const SHOTS = '/tmp/real';
mkdirSync(SHOTS, { recursive: true });

test('the two real DUO files against the demo schools: one grouped refusal naming both files', async ({ page }) => {
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles(['tests/fixtures/duo-real/Almere afgeschermd.csv', 'tests/fixtures/duo-real/Lelystad afgeschermd.csv']);
	await page.getByRole('button', { name: 'Controleren' }).click();
	const rapport = page.getByTestId('rapport');
	await expect(rapport).toBeVisible({ timeout: 30_000 });
	await expect(rapport).toContainText('2 fouten gevonden');
	const geen = rapport.locator('[data-kind="geen_eigen_scholen"]');
	await expect(geen).toHaveCount(1);
	await expect(geen).toContainText('Almere afgeschermd.csv en Lelystad afgeschermd.csv');
	const duo = rapport.locator('[data-kind="duo_bestand"]');
	await expect(duo).toContainText('DUO-bestand 03: leerlingen po per gemeente, postcode leerling en leeftijd herkend');
	await expect(duo).toContainText('1.941 regels → 85 vestigingen');
	// Never the old per-row duplicate refusal.
	await expect(rapport.locator('[data-kind="dubbel"]')).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/duo-echt.png`, fullPage: true });
	await expect(page.getByRole('button', { name: 'Inlezen' })).toHaveCount(0);
});

test('an Indigo-like TLV export: checked without errors, what was derived is said', async ({ page }) => {
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles({
		name: 'Indigo TLV-rapportage.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'beschikkingsnummer;lokaal_leerlingnummer;soort;categorie;datum_besluit;duur_in_jaren\nB-2024-901;100234;SO;Categorie 1;15-09-2024;2\nB-2024-902;100235;SBO;;03-03-2024;1\n'
		)
	});
	await page.getByRole('button', { name: 'Controleren' }).click();
	const rapport = page.getByTestId('rapport');
	await expect(rapport).toBeVisible({ timeout: 30_000 });
	await expect(rapport).toContainText('Geen fouten gevonden');
	const said = rapport.locator('[data-kind="kolommen_herkend"]');
	await expect(said).toContainText('"beschikkingsnummer" als tlv_id');
	await expect(said).toContainText('einddatum uit "duur_in_jaren"');
	await page.screenshot({ path: `${SHOTS}/indigo.png`, fullPage: true });
	await page.getByRole('button', { name: 'Annuleren' }).click();
	await expect(page.getByText('De bestanden zijn weggegooid')).toBeVisible();
});
