/**
 * Correct, plain Dutch on every page a bestuur and a school account can reach (issue 12): the text
 * of each page (document.body.innerText, charts included) is held against the defects found before,
 * each tile shows one number of decimals, and times (logboek, importlog, toelichting) are
 * Europe/Amsterdam time, not UTC.
 */
import { expect, test, type Page } from '@playwright/test';
import { loginAs, stateFor, type Role } from './auth';

/** A pattern that must never be on a page, and what it should have been. */
const FOUT: [RegExp, string][] = [
	[/\bTLVs\b/, "TLV's, met apostrof"],
	[/(?<![\d.,])1000(?![\d.,])/, '1.000, met punt'],
	[/leerlingen verwijzingen per|per 1\.?000 leerlingen[^.\n]{0,40}per 1\.?000 leerlingen/, 'de eenheid één keer'],
	[/(?<![\d.,])1 (leerlingen|verwijzingen|TLV's|arrangementen|scholen|kringen|regels|rijen|dagen|aanvragen|besluiten)\b/, 'enkelvoud bij 1'],
	[
		/geen gegevens (procentpunt|voor|van|per|uur|leerlingen|dagen|met|over de [a-z]+ van)\b|\(geen gegevens [a-z]/,
		'een zin, niet "geen gegevens" in een sjabloon'
	],
	[
		/kosten samen (geen gegevens|verborgen)|\b(was|en) de [a-z -]+ (geen gegevens|verborgen)(?!:)|\bToon alle 0\b|verborgen per 100|; de (kring|regio) verborgen/,
		'een cijfer zonder getal niet in de plek van een getal ("Voor de deelname so zijn geen gegevens.")'
	],
	[/\bIn (schooljaar )?\d{4}-\d{4} [\d<]/, 'werkwoord op de tweede plaats ("In 2025-2026 startte 73,6% …")'],
	[/\bis de verwijzingen\b|\bde aantal\b|\bhet deelname\b/, 'lidwoord en congruentie'],
	[/€(?!\u00a0)/, 'een vaste spatie tussen € en het bedrag'],
	[/\bUTC\b/, 'tijden in Nederlandse tijd']
];

function fouten(text: string): string[] {
	const out: string[] = [];
	for (const [re, hint] of FOUT) {
		const m = re.exec(text);
		if (m) out.push(`"${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40).replace(/\s+/g, ' ')}" → ${hint}`);
	}
	return out;
}

/** Every tile: all its percentages and procentpunten with the same number of decimals. */
async function tegelDecimalen(page: Page): Promise<string[]> {
	const tegels = await page.locator('.tegel').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
	return tegels.flatMap((t) => {
		const shown = t.split('Hoe berekend?')[0];
		const dec = new Set([...shown.matchAll(/\d+(?:,(\d+))?(?=\s?%| procentpunt)/g)].map((m) => m[1]?.length ?? 0));
		return dec.size > 1 ? [`tegel met ${[...dec].join(' en ')} decimalen: ${shown.replace(/\s+/g, ' ').slice(0, 160)}`] : [];
	});
}

/** The pages a role reaches: the menu, and one kring, school and jaarverslag (of each kind) linked from them. */
async function paginas(page: Page): Promise<string[]> {
	await page.goto('/');
	const menu = await page.locator('nav a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	const seen = new Set<string>(['/', ...menu.filter((h) => !h.startsWith('/beheer'))]);
	const kinds = [/^\/kringen\/[^?]+/, /^\/scholen\/\w+/, /^\/jaarverslag\/\d{4}-\d{4}$/, /^\/kringen\?/];
	for (const path of [...seen]) {
		await page.goto(path);
		const links = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		for (const kind of kinds) {
			const l = links.find((h) => kind.test(h));
			if (l && ![...seen].some((s) => kind.test(s))) seen.add(l);
		}
	}
	if ([...seen].some((s) => /^\/jaarverslag\/\d/.test(s)) && menu.includes('/kringen')) seen.add('/jaarverslag/2025-2026?kring=Kring%20Noord');
	return [...seen];
}

for (const role of ['bestuur', 'school'] as Role[]) {
	test.describe(`${role}`, () => {
		test.use({ storageState: stateFor(role) });

		test(`every page reads as correct Dutch (${role})`, async ({ page }) => {
			test.setTimeout(120_000);
			const list = await paginas(page);
			expect(list.length).toBeGreaterThan(role === 'bestuur' ? 8 : 2);
			const problemen: string[] = [];
			for (const path of list) {
				// A link the role may not follow (the school page's kring breadcrumb) is not this test's subject.
				if ((await page.goto(path))?.status() === 403) continue;
				const text = await page.evaluate(() => document.body.innerText);
				expect(text.length, path).toBeGreaterThan(200);
				for (const f of [...fouten(text), ...(await tegelDecimalen(page))]) problemen.push(`${path}: ${f}`);
			}
			expect(problemen).toEqual([]);
		});
	});
}

test('the patterns catch the defects they are for', () => {
	for (const bad of [
		'261 TLVs',
		'9,4 per 1000 leerlingen verwijzingen per 1.000 leerlingen',
		'waren er 1 verwijzingen',
		'(1 leerlingen)',
		'In 2025-2026 73,6% van de arrangementen startte',
		'Voor deze school is de verwijzingen per 1.000 leerlingen verborgen',
		'zijn er geen gegevens voor toegekend',
		'2,3% (geen gegevens procentpunt)',
		'De arrangementen die in 2025-2026 startten, kosten samen geen gegevens.',
		'was de deelname sbo 2,2% en de deelname so geen gegevens.',
		'Toon alle 0 scholen',
		'12 uur van het expertteam: verborgen per 100 leerlingen; de kring verborgen.',
		'besteed: € 1.234',
		'Tijden in UTC.'
	])
		expect(fouten(bad), bad).not.toEqual([]);
	for (const good of [
		"261 TLV's",
		'In 2025-2026 startte 73,6% van de arrangementen',
		'9,4 verwijzingen per 1.000 leerlingen',
		'besteed: €\u00a01.234',
		'1 leerling',
		'van 1 tot 4 (leerlingen',
		'Op 1 februari 2026 was de deelname sbo 2,2%. Voor de deelname so zijn geen gegevens.',
		'Op 1 oktober 2024 is de deelname so verborgen: het cijfer berust op een aantal van 1 tot 4'
	])
		expect(fouten(good), good).toEqual([]);
});

test('times in the logboek, the importlog and a toelichting are Amsterdam time', async ({ page }) => {
	const amsterdam = (d: Date) =>
		new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
	const rondNu = () => [-60_000, 0, 60_000].map((dt) => amsterdam(new Date(Date.now() + dt)));

	// Logging in writes a line in the logboek now.
	await loginAs(page, 'beheerder');
	await page.goto('/beheer/audit');
	const eerste = await page.getByTestId('logboek').locator('tbody tr').first().locator('td').first().innerText();
	expect(
		rondNu().some((t) => eerste.endsWith(t)),
		`${eerste} is niet nu (${rondNu().join(', ')}) in Nederlandse tijd`
	).toBe(true);
	await expect(page.getByText('Tijden in Nederlandse tijd.')).toBeVisible();

	// The demo import was logged when the test server started, minutes ago.
	await page.goto('/beheer/log');
	const import_ = await page.getByTestId('importlog').locator('tbody tr').first().locator('td').first().innerText();
	const laatsteKwartier = Array.from({ length: 17 }, (_, i) => amsterdam(new Date(Date.now() - (i - 1) * 60_000)));
	expect(
		laatsteKwartier.some((t) => import_.endsWith(t)),
		`${import_} is niet het afgelopen kwartier in Nederlandse tijd`
	).toBe(true);

	// A toelichting written now shows now.
	await page.goto('/deelname?schooljaar=2023-2024');
	const box = page.locator('#toelichting-deelname_so_pct');
	await box.getByText('Toelichting schrijven').click();
	await box.getByRole('textbox').fill('Een toelichting om de tijd te zien.');
	await box.getByRole('button', { name: 'Toelichting opslaan' }).click();
	const meta = await page.locator('#toelichting-deelname_so_pct .meta').first().innerText();
	expect(
		rondNu().some((t) => meta.includes(`${t} uur`)),
		`${meta} is niet nu (${rondNu().join(', ')}) in Nederlandse tijd`
	).toBe(true);
});
