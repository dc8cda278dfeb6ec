/**
 * Issue 15, column mapping in the browser: a TLV export with unusual headers and a BSN column is
 * mapped on the mapping screen (suggestions, a value of a coded column, "niet inlezen" for the BSN),
 * saved as a profile, checked and loaded; the same header again is read through the profile, said in
 * the report. Runs last among the import tests (zz-): it loads two TLVs into the demo data.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { stateFor } from './auth';

test.use({ storageState: stateFor('beheerder') });

const SHOTS = '/tmp/mapping';
mkdirSync(SHOTS, { recursive: true });
const SHOTS_REST = '/tmp/rest';
mkdirSync(SHOTS_REST, { recursive: true });

const KOP = 'Dossier nr;Leerling-ID;Type;Zwaarte;Besluit d.d.;Start;Eind;Van school (BRIN);Vestiging;BSN';
const bestand = (name: string) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(
		`${KOP}\nD-E2E-1;LLE2E1;SO;Zwaar;15-09-2024;01-10-2024;31-07-2026;32UO;00;123456782\nD-E2E-2;LLE2E2;Speciaal basisonderwijs;;03-03-2024;04-03-2024;;32UO;01;111222333\n`
	)
});

test('map an export with unusual headers, save it as a profile, load it; the same header again uses the profile', async ({ page }) => {
	// Three checks and a load in one test: on a loaded machine it took just over the default 30 s.
	test.setTimeout(60_000);
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

test('a file that is fine but has a header the table does not know: the header is named and offered for mapping', async ({ page }) => {
	// "Evaluatie datum" is the optional evaluatiedatum under another name: without a mapping it would be skipped unread.
	const csv = 'arrangement_id,leerling,brin,vestiging,soort,startdatum,Evaluatie datum\nARR-E2E-1,LLE2E9,26GX,00,rugzak,01-09-2024,15-01-2025\n';
	await page.goto('/beheer/import');
	await page.getByLabel('Bestanden').setInputFiles({ name: 'arrangementen e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Controleren', exact: true }).click();
	const rapport = page.getByTestId('rapport');
	await expect(rapport).toContainText('Geen fouten gevonden', { timeout: 30_000 });
	const melding = page.getByTestId('ongebruikt');
	await expect(melding.getByRole('status')).toHaveText('Kolom "Evaluatie datum" in arrangementen e2e.csv is niet gebruikt — koppelen?');
	// The file can be read as it is, or mapped first.
	await expect(page.getByRole('button', { name: 'Inlezen' })).toBeVisible();
	await melding.getByText('Kolommen koppelen').click();
	const koppel = melding.getByTestId('koppelen');
	await expect(koppel.getByLabel('Evaluatie datum')).toHaveValue('evaluatiedatum');
	await expect(koppel.locator('tr.ongebruikt')).toContainText('onbekend voor arrangementen, wordt zonder koppeling overgeslagen');
	await expect(koppel.getByTestId('voorbeeld').locator('tbody tr').first()).toContainText('15-01-2025');
	await page.screenshot({ path: `${SHOTS_REST}/kolom-niet-gebruikt.png`, fullPage: true });

	await koppel.getByRole('button', { name: 'Controleren met deze koppeling' }).click();
	await expect(rapport).toContainText('Geen fouten gevonden', { timeout: 30_000 });
	await expect(rapport.locator('[data-kind="koppeling_toegepast"]')).toContainText('"Evaluatie datum" als evaluatiedatum');
	await expect(rapport.locator('[data-kind="kolom_genegeerd"]')).toHaveCount(0);
	await expect(page.getByTestId('ongebruikt')).toHaveCount(0);
	await page.getByRole('button', { name: 'Annuleren' }).click();
	await expect(page.getByText('De bestanden zijn weggegooid. Er is niets ingelezen.')).toBeVisible();
});

test('a profile is renamed, exported, deleted and imported again in the page; every change is in the logboek', async ({ page }) => {
	await page.goto('/beheer/import');
	const tabel = page.getByTestId('profielen');
	const rij = (naam: string) => tabel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: naam, exact: true }) });
	await expect(rij('Indigo TLV e2e')).toHaveCount(1);

	await rij('Indigo TLV e2e').getByLabel('Nieuwe naam').fill('Indigo hernoemd');
	await rij('Indigo TLV e2e').getByRole('button', { name: 'Hernoemen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Het profiel heet nu "Indigo hernoemd".' })).toBeVisible();
	await expect(rij('Indigo hernoemd')).toHaveCount(1);
	await expect(rij('Indigo TLV e2e')).toHaveCount(0);

	// Exporting gives the JSON another SWV imports: the mapping, with BSN on "niet inlezen".
	const download = page.waitForEvent('download');
	await rij('Indigo hernoemd').getByRole('link', { name: 'Exporteren' }).click();
	const bestand = await download;
	expect(bestand.suggestedFilename()).toBe('kolomprofiel-Indigo hernoemd.json');
	const json = JSON.parse(readFileSync((await bestand.path())!, 'utf8'));
	expect(json).toMatchObject({ formaat: 'passend-monitor-kolomprofiel', naam: 'Indigo hernoemd', tabel: 'tlv', kop: KOP.split(';') });
	expect(json.kolommen).toMatchObject({ 'Dossier nr': 'tlv_id', BSN: null });
	expect(json.waarden).toEqual({ categorie: { zwaar: 'hoog' } });

	await rij('Indigo hernoemd').getByRole('button', { name: 'Verwijderen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Het profiel "Indigo hernoemd" is verwijderd.' })).toBeVisible();
	await expect(page.getByText('Er zijn nog geen kolomprofielen.')).toBeVisible();

	// The exported file brings it back.
	await page.getByLabel(/Profiel importeren/).setInputFiles({ name: 'gedeeld.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
	await page.getByRole('button', { name: 'Importeren', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Het profiel "Indigo hernoemd" is geïmporteerd.' })).toBeVisible();
	await expect(rij('Indigo hernoemd')).toContainText('tlv');
	await page.screenshot({ path: `${SHOTS_REST}/profielen.png`, fullPage: true });

	// Who and when: the logboek, filtered on profile events.
	const log = page.getByTestId('logboek');
	const regels = async (soort: string) => {
		await page.goto(`/beheer/audit?gebeurtenis=${soort}`);
		return log.locator('tbody tr');
	};
	const bewaard = await regels('kolomprofiel_bewaard');
	await expect(bewaard.first()).toContainText('"Indigo hernoemd" (tabel tlv), geïmporteerd uit gedeeld.json');
	await expect(bewaard.filter({ hasText: '"Indigo TLV e2e" (tabel tlv), bij het koppelen van kolommen' })).toHaveCount(1);
	await expect(bewaard.first().locator('td').nth(1)).toHaveText('beheerder');
	await expect(bewaard.first().locator('td').first()).toHaveText(/^\d{1,2}[- ]\S+[- ]\d{4}/);
	await expect((await regels('kolomprofiel_hernoemd')).first()).toContainText('"Indigo TLV e2e" heet nu "Indigo hernoemd"');
	const weg = (await regels('kolomprofiel_verwijderd')).first();
	await expect(weg).toContainText('"Indigo hernoemd" (tabel tlv)');
	await expect(weg.locator('td').nth(1)).toHaveText('beheerder');
	await page.screenshot({ path: `${SHOTS_REST}/logboek-profielen.png`, fullPage: true });
});
