/**
 * The jaarverslag as a Word document (issue 19), downloaded as a person would: the link beside the
 * PDF link, as bestuur and as a school account. The .docx is unzipped and word/document.xml read.
 *
 * Demo figures for 2024-2025 (see jaarverslag.spec.ts): deelname sbo 449 / 19.333 = 2,32 % → 2,32%.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { stateFor } from './auth';

const DIR = '/tmp/docx';
mkdirSync(DIR, { recursive: true });

const xmlText = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
async function lees(docx: Buffer) {
	const zip = await JSZip.loadAsync(docx);
	const xml = await zip.file('word/document.xml')!.async('string');
	const alineas = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
		[...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => xmlText(t[1])).join('')
	);
	const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
	return { zip, alineas, media, tekst: alineas.join('\n') };
}
const waardeNa = (alineas: string[], hoofdstuk: string, figuur: string) => alineas[alineas.indexOf(figuur, alineas.lastIndexOf(hoofdstuk)) + 1];
/** Every demo school's name, by code. */
const SCHOLEN = readFileSync('data/demo/scholen.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => l.split(','))
	.map(([brin, vestiging, naam]) => ({ code: brin + vestiging, naam }));

test.describe.configure({ mode: 'serial' });

test('bestuur downloads the jaarverslag as Word beside the PDF: a .docx with the sbo figure, its charts and tables', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/jaarverslag/2024-2025');
	const link = page.getByRole('link', { name: 'Download als Word (.docx)' });
	await expect(link).toHaveAttribute('href', '/jaarverslag/2024-2025/docx');
	await page.locator('.werkbalk').screenshot({ path: `${DIR}/werkbalk.png` });
	const download = page.waitForEvent('download', { timeout: 90_000 });
	await link.click();
	const d = await download;
	expect(d.suggestedFilename()).toBe('jaarverslag-2024-2025.docx');
	const file = `${DIR}/jaarverslag-2024-2025.docx`;
	await d.saveAs(file);

	const { zip, alineas, media, tekst } = await lees(readFileSync(file));
	expect(alineas).toContain('Jaarverslag passend onderwijs');
	expect(waardeNa(alineas, '1. Deelname', 'Deelname sbo')).toBe(await page.getByTestId('waarde-deelname_sbo_pct').textContent());
	expect(waardeNa(alineas, '1. Deelname', 'Deelname sbo')).toBe('2,32%');
	for (const kop of [
		'Samenvatting',
		'1. Deelname',
		'2. Verwijzingen',
		'3. Arrangementen',
		'4. Expertteam',
		'5. Schoolbudget',
		'6. Thuiszitters',
		'Bijlage: tabellen en definities'
	])
		expect(alineas).toContain(kop);
	// formatValue puts a no-break space after €, in Word as on the page.
	for (const figuur of ['192', '9,9', '7.721,0 uur', '€\u00a01.669.770']) expect(tekst).toContain(figuur);
	// Every chart of the page as a picture: deelname, verwijzingen (2), arrangementen, expertteam, budget, thuiszitters.
	expect(media).toHaveLength(await page.locator('[data-sectie] figure.grafiek [data-grafiek] svg').count());
	expect(media.length).toBeGreaterThanOrEqual(7);
	for (const [i, f] of media.slice(0, 3).entries()) writeFileSync(`${DIR}/grafiek-${i}.png`, await zip.file(f)!.async('nodebuffer'));
	expect(tekst).not.toContain('staan in de PDF-versie');
	// The same address answers with Word's content type (a download event carries no headers).
	const res = await page.request.get('/jaarverslag/2024-2025/docx', { timeout: 90_000 });
	expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
	expect(res.headers()['content-disposition']).toBe('attachment; filename="jaarverslag-2024-2025.docx"');
});

test.describe('a school account', () => {
	test.use({ storageState: stateFor('school') });
	test('gets its own school in Word, with "<5" and "verborgen" as on its page, and no other school', async ({ page, request }) => {
		test.setTimeout(120_000);
		const ander = SCHOLEN[0];
		await page.goto(`/jaarverslag/2024-2025?school=${ander.code}`);
		const eigen = (await page.locator('.voorblad .plek').textContent())!.trim();
		expect(eigen).not.toContain(ander.naam);
		const res = await request.get(`/jaarverslag/2024-2025/docx?school=${ander.code}`, { timeout: 90_000 });
		expect(res.status()).toBe(200);
		const naam = /filename="([^"]+)"/.exec(res.headers()['content-disposition'])![1];
		expect(naam).toMatch(/^jaarverslag-2024-2025-\w+\.docx$/);
		expect(naam).not.toContain(ander.code);
		const body = await res.body();
		writeFileSync(`${DIR}/school.docx`, body);
		const { alineas, tekst } = await lees(body);
		expect(alineas).toContain(eigen);
		// Each figure's value as the page shows it to this account, hidden ones included.
		const waarden = await page
			.locator('[data-testid^="waarde-"]')
			.evaluateAll((els) =>
				els.map((e) => [
					e.closest('section')!.querySelector('h2')!.textContent!.trim(),
					e.closest('.figuur')!.querySelector('h3')!.textContent!.trim(),
					e.textContent!.trim()
				])
			);
		expect(waarden.filter(([, , w]) => w === '<5' || w === 'verborgen').length).toBeGreaterThan(0);
		for (const [hoofdstuk, kop, waarde] of waarden) expect(waardeNa(alineas, hoofdstuk, kop), kop).toBe(waarde);
		const ownName = eigen.replace(/ \(.*$/, '');
		for (const s of SCHOLEN.filter((s) => s.naam !== ownName)) {
			expect(tekst).not.toContain(s.naam);
			expect(tekst).not.toContain(s.code);
		}
	});
});
