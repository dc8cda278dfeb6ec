/**
 * Issue 15, column mapping in the browser: a TLV export with unusual headers and a BSN column is
 * mapped on the mapping screen (suggestions, a value of a coded column, "niet inlezen" for the BSN),
 * saved as a profile, checked and loaded; the same header again is read through the profile, said in
 * the report. Runs last among the import tests (zz-): it loads two TLVs into the demo data.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { stateFor } from './auth';

test.use({ storageState: stateFor('beheerder') });

const SHOTS = '/tmp/mapping';
mkdirSync(SHOTS, { recursive: true });

const KOP = 'Dossier nr;Leerling-ID;Type;Zwaarte;Besluit d.d.;Start;Eind;Van school (BRIN);Vestiging;BSN';
const bestand = (name: string) => ({
	name, mimeType: 'text/csv',
	buffer: Buffer.from(`${KOP}\nD-E2E-1;LLE2E1;SO;Zwaar;15-09-2024;01-10-2024;31-07-2026;32UO;00;123456782\nD-E2E-2;LLE2E2;Speciaal basisonderwijs;;03-03-2024;04-03-2024;;32UO;01;111222333\n`)
});

test('map an export with unusual headers, save it as a profile, load it; the same header again uses the profile', async ({ page }) => {
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles(bestand('tlv-export indigo.csv'));
	await page.getByRole('button', { name: 'Controleren', exact: true }).click();
	const koppel = page.getByTestId('koppelen');
	await expect(koppel).toBeVisible({ timeout: 30_000 });
	// The refusal of the BSN column is in the report; its values are not on the screen.
	await expect(page.getByTestId('rapport').locator('[data-kind="privacy"]')).toContainText('"BSN"');
	await expect(page.getByText('123456782')).toHaveCount(0);
	// Suggestions: alias, name and values.
	await expect(koppel.getByLabel('Dossier nr')).toHaveValue('tlv_id');
	await expect(koppel.getByLabel('Besluit d.d.')).toHaveValue('besluitdatum');
	await expect(koppel.getByLabel('Start', { exact: true })).toHaveValue('ingangsdatum');
	await expect(koppel.getByLabel('Van school (BRIN)')).toHaveValue('herkomst_brin');
	await expect(koppel.getByLabel('BSN')).toHaveValue('');
	// A value of a coded column: Zwaar → hoog; the preview shows it before anything is checked.
	await koppel.getByLabel('zwaar', { exact: true }).selectOption('hoog');
	const voorbeeld = koppel.getByTestId('voorbeeld');
	await expect(voorbeeld.locator('thead')).toContainText('tlv_id');
	await expect(voorbeeld.locator('thead')).not.toContainText('BSN');
	await expect(voorbeeld.locator('tbody tr').first()).toContainText('hoog');
	await koppel.getByLabel(/Bewaar als profiel/).fill('Indigo TLV e2e');
	await page.screenshot({ path: `${SHOTS}/koppelen.png`, fullPage: true });

	await koppel.getByRole('button', { name: 'Controleren met deze koppeling' }).click();
	const rapport = page.getByTestId('rapport');
	await expect(rapport).toContainText('Geen fouten gevonden', { timeout: 30_000 });
	await expect(page.getByText('Bewaard als kolomprofiel: "Indigo TLV e2e"')).toBeVisible();
	await expect(rapport.locator('[data-kind="koppeling_toegepast"]')).toContainText('niet ingelezen: "BSN"');
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { name: 'Ingelezen' })).toBeVisible({ timeout: 20_000 });
	await expect(rapport).toContainText('tlv 2 regels');

	// The same header, another file: read through the profile, no mapping screen.
	await page.goto('/beheer/import');
	await expect(page.getByTestId('profielen')).toContainText('Indigo TLV e2e');
	await page.getByLabel('Bestanden').setInputFiles(bestand('export april.csv'));
	await page.getByRole('button', { name: 'Controleren', exact: true }).click();
	await expect(rapport).toContainText('Geen fouten gevonden', { timeout: 30_000 });
	await expect(rapport.locator('[data-kind="koppeling_toegepast"]')).toContainText('Kolomprofiel "Indigo TLV e2e" toegepast (zelfde kopregel)');
	await expect(page.getByTestId('koppelen')).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/profiel-toegepast.png`, fullPage: true });
	await page.getByRole('button', { name: 'Annuleren' }).click();
});
