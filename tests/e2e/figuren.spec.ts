/**
 * Issue 12, "every figure right and the same everywhere", on the demo data as a user sees it.
 * Computed independently in DuckDB SQL from data/demo (schooljaar 2025-2026): 191 verwijzingen with a
 * herkomstschool (79 sbo, 112 so), 70 TLV-besluiten without, 261 in all; evaluatie op tijd 120 of
 * 185 = 64,86% → "64,9%"; Kring Centrum so 29 of 2.328 = 1,2457% → "1,25%" (rounded once).
 * Screenshots go to $SCREENSHOTS (when set), for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';

const shot = async (page: Page, name: string) => {
	if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/${name}.png`, fullPage: true });
};

test('the verwijzingen page and the jaarverslag give the same 191 verwijzingen, adding up', async ({ page }) => {
	await page.goto('/verwijzingen?schooljaar=2025-2026');
	await expect(page.getByTestId('kengetal-verwijzingen')).toHaveText('191');
	await expect(page.getByTestId('verhaal')).toContainText(
		"191 TLV's voor leerlingen van de scholen in het samenwerkingsverband (verwijzingen): 79 voor het sbo en 112 voor het so"
	);
	await shot(page, 'verwijzingen');
	await page.goto('/jaarverslag/2025-2026');
	await expect(page.locator('main')).toContainText('191');
	await shot(page, 'jaarverslag');
});

test("a kring is judged on its own pupils' sbo-TLVs; the sbo school it holds is a location figure without verdict", async ({ page }) => {
	await page.goto('/deelname?schooljaar=2025-2026&kring=Kring%20Noord');
	const verhaal = page.getByTestId('verhaal');
	await expect(verhaal).toContainText('Kring Noord: op 1 oktober 2025 had');
	await expect(verhaal).toContainText('een sbo-TLV');
	await expect(verhaal).toContainText('Locatiecijfer, zonder oordeel');
	// 145 sbo pupils of 3.258 + 145 = 3.403 → 4,26%, in the figure's two decimals as on the kring page (it said 4,3%).
	await expect(verhaal).toContainText('zaten 145 leerlingen, 4,26% van de leerlingen van Kring Noord');
	// The location figure is never called "ongunstiger" (it was: "duidelijk hoger en dus ongunstiger").
	const locatie = (await verhaal.innerText()).split('\n').find((z) => z.startsWith('Locatiecijfer')) ?? '';
	expect(locatie).not.toMatch(/gunstig/);
	await shot(page, 'deelname-kring-noord');
	await page.goto('/kringen/Kring%20Centrum?schooljaar=2025-2026');
	await expect(page.getByTestId('vergelijking').locator('tr[data-metric="deelname_so_pct"] td').first()).toHaveText('1,25%');
	await shot(page, 'kring-centrum');
});

test('the national figure is the newest with the same definition, with its year', async ({ page }) => {
	await page.goto('/deelname?schooljaar=2025-2026');
	await expect(page.getByTestId('verhaal')).toContainText('landelijk (2,60% in 2013)');
	await shot(page, 'deelname');
});
