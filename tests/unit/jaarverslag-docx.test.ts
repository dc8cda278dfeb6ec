/**
 * The jaarverslag as a Word document (issue 19): built from the small fixture (tests/unit/fixture.ts),
 * unzipped, and read back from word/document.xml. The figures must read exactly as the page shows
 * them (the page is rendered on the server as SvelteKit does and its value read back).
 *
 * By hand, 1 oktober 2024: SBO De Vlieger has 4 pupils of 200 in the SWV → deelname sbo 4 / 200 = 2,0 %.
 * Basisschool Een (11AA00): one pupil with a so-TLV (P1) of 120 → for a school account "<5", and its
 * deelname so (1 / 120) "verborgen".
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { render } from 'svelte/server';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import { opslaan, type Actor } from '../../src/lib/server/toelichtingen';
import { jaarverslagDocx, GRAFIEK_IN_PDF } from '../../src/lib/server/jaarverslag-docx';
import type { JaarverslagData } from '../../src/lib/jaarverslag';
import Page from '../../src/routes/jaarverslag/[schooljaar]/+page.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://127.0.0.1/jaarverslag/2024-2025') } }));

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => {
	({ db, registry } = await fixtureDb(FIXTURE));
});
afterAll(() => db.close());

const bestuur: Actor = { scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } };
const school: Actor = { scope: { role: 'school', schools: ['11AA00'] }, user: { name: 'Sanne', role: 'school' } };

const xmlText = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
/** The .docx unzipped: its paragraphs' text in order (tables' cells are paragraphs too), and its file names. */
async function lees(docx: Uint8Array): Promise<{ alineas: string[]; bestanden: string[]; xml: string }> {
	const zip = await JSZip.loadAsync(docx);
	const xml = await zip.file('word/document.xml')!.async('string');
	const alineas = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
		[...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => xmlText(t[1])).join('')
	);
	return { alineas, bestanden: Object.keys(zip.files), xml };
}
/** What the page shows in one element with a data-testid. */
function opPagina(d: JaarverslagData, testid: string): string {
	const { body } = render(Page, { props: { data: { verslag: d, gemaakt: '2025-06-30' } } as never });
	const m = body.match(new RegExp(`data-testid="${testid}"[^>]*>([^<]*)<`));
	if (!m) throw new Error(`${testid} staat niet op de pagina`);
	return xmlText(m[1]);
}
/** The value paragraph right after a figure's heading in a chapter (the chapter's heading, not its line in the contents). */
function waardeNa(alineas: string[], hoofdstuk: string, figuur: string): string {
	const start = alineas.lastIndexOf(hoofdstuk);
	expect(alineas.indexOf(hoofdstuk)).toBeLessThan(start);
	expect(start).toBeGreaterThan(-1);
	const i = alineas.indexOf(figuur, start);
	expect(i).toBeGreaterThan(start);
	return alineas[i + 1];
}

describe('jaarverslag as a Word document', () => {
	it('holds the deelname sbo of the SWV exactly as the page shows it (4 of 200 = 2,00%), with its sentences and tables', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		const { alineas, bestanden } = await lees(await jaarverslagDocx(d, { gemaakt: '2025-06-30', grafieken: [] }));
		expect(bestanden).toContain('word/document.xml');
		expect(opPagina(d, 'waarde-deelname_sbo_pct')).toBe('2,00%');
		expect(waardeNa(alineas, '1. Deelname', 'Deelname sbo')).toBe('2,00%');
		// Its sentences follow, word for word what the page tells.
		expect(alineas.some((a) => a.startsWith('Op 1 oktober 2024') && a.includes('2,00%'))).toBe(true);
		// The cover, the chapters and the appendix table (a Word table: one paragraph per cell).
		expect(alineas).toEqual(
			expect.arrayContaining([
				'Jaarverslag passend onderwijs',
				'schooljaar 2024-2025',
				'Hele samenwerkingsverband',
				'5. Schoolbudget',
				'Bijlage: tabellen en definities',
				'Deelname, per schooljaar'
			])
		);
		const rij = alineas.indexOf('2024-2025', alineas.indexOf('Deelname, per schooljaar'));
		expect(alineas.slice(rij, rij + 6)).toEqual(['2024-2025', '1 okt 2024', '196', '4', '3', '2,00%']);
	});

	it('a school account gets its own school with "<5" and "verborgen" as on the page, and no other school', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', school: '11BB00' }, school);
		const { alineas, xml } = await lees(await jaarverslagDocx(d, { gemaakt: '2025-06-30', grafieken: null }));
		expect(alineas).toContain('Basisschool Een (11AA00, Kring Noord)');
		expect(opPagina(d, 'waarde-deelname_so_pct')).toBe('verborgen');
		expect(waardeNa(alineas, '1. Deelname', 'Deelname so')).toBe('verborgen');
		const rij = alineas.indexOf('2024-2025', alineas.indexOf('Deelname, Basisschool Een, per schooljaar'));
		expect(alineas.slice(rij, rij + 5)).toEqual(['2024-2025', '1 okt 2024', '120', '0', '<5']);
		expect(xml).not.toMatch(/Basisschool Twee|11BB00|Kring Zuid/);
	});

	it('puts each chart as a picture under its caption, or says the chart is in the PDF', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		// The smallest PNG there is: 1 × 1 pixel.
		const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
		const met = await lees(
			await jaarverslagDocx(d, {
				gemaakt: '2025-06-30',
				grafieken: [{ sectie: 'budget', titel: 'Schoolbudget toegekend en besteed per schooljaar', png, breedte: 720, hoogte: 260 }]
			})
		);
		expect(met.bestanden.filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
		const i = met.alineas.indexOf('Schoolbudget toegekend en besteed per schooljaar');
		expect(i).toBeGreaterThan(met.alineas.indexOf('5. Schoolbudget'));
		expect(met.xml).toMatch(/<wp:docPr[^>]*descr="Staafgrafiek: Schoolbudget toegekend en besteed per schooljaar"/);

		const zonder = await lees(await jaarverslagDocx(d, { gemaakt: '2025-06-30', grafieken: null }));
		expect(zonder.bestanden.filter((f) => f.startsWith('word/media/'))).toHaveLength(0);
		expect(zonder.alineas.filter((a) => a === 'De grafieken van dit hoofdstuk staan in de PDF-versie van dit jaarverslag.')).toHaveLength(5);
		expect(GRAFIEK_IN_PDF).toMatch(/PDF/);
	});

	it('carries the toelichting of a figure with its author, bold and list as in the note', async () => {
		await opslaan(
			db,
			{
				metric: 'verwijzingen',
				plek: { niveau: 'swv', sleutel: '', schooljaar: '2024-2025' },
				tekst: 'Twee so-TLV’s uit **één** school.\n\n- eerste punt\n- tweede punt'
			},
			bestuur
		);
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		const { alineas, xml } = await lees(await jaarverslagDocx(d, { gemaakt: '2025-06-30', grafieken: [] }));
		const i = alineas.indexOf('Twee so-TLV’s uit één school.');
		expect(alineas[i - 1]).toBe('Toelichting');
		expect(alineas.slice(i + 1, i + 3)).toEqual(['eerste punt', 'tweede punt']);
		expect(alineas[i + 3]).toMatch(/^Bert \(bestuur\), \d+ \w+ \d{4}, \d\d:\d\d uur$/);
		expect(xml).toMatch(/<w:b\/>[\s\S]{0,80}<w:t[^>]*>één<\/w:t>/);
	});
});
