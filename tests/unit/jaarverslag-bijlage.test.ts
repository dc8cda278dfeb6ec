/**
 * The jaarverslag's appendix says "geen gegevens" only where there are none. A kring's deelname sbo is
 * its sbo location figure (the chapter tells it, labelled, without a verdict); the appendix of Kring
 * Noord's report and the SWV report's table per kring said "geen gegevens" in that column every year,
 * while the same report told "De sbo-scholen in Kring Noord hadden … 4,3%" (audit of issue 12, demo).
 *
 * Fixture (tests/unit/fixture.ts): Kring Noord = 11AA00 (bao) + 22CC00 (SBO De Vlieger).
 * 1 oktober 2023: 10 sbo of 114 + 10 = 124 → 8,0645…% → 8,06%; 1 oktober 2024: 4 of 120 + 4 = 124 →
 * 3,2258…% → 3,23% (the figure's two decimals, as on its tile). Kring Zuid has no sbo school: no
 * location figure, as on its kring page.
 *
 * And the appendix shows each figure in the decimals of the catalogue, as every page does: the audit
 * found "Start binnen 2 weken 68%" in the appendix beside 68,3% elsewhere, and deelname sbo 2,26%
 * beside the tile's 2,3%.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import Page from '../../src/routes/jaarverslag/[schooljaar]/+page.svelte';
import { SECTIES, bijlageKolommen } from '../../src/lib/jaarverslag';
import { METRICS } from '../../src/lib/metrics';
import { celTekst } from '../../src/lib/kolommen';

vi.mock('$app/state', () => ({ page: { url: new URL('http://127.0.0.1/jaarverslag/2024-2025') } }));

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => {
	({ db, registry } = await fixtureDb(FIXTURE));
});
afterAll(() => db.close());

const bestuur = { scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' as const } };

/** The text of the appendix table with this caption: its rows as arrays of cell texts. */
function tabel(html: string, caption: string): string[][] {
	const tables = html.split('<table').slice(1);
	const t = tables.find((x) => x.replace(/<[^>]+>/g, '').includes(caption));
	if (!t) throw new Error(`geen tabel ${caption}`);
	return [...t.split('</table>')[0].matchAll(/<tr[^>]*>([^]*?)<\/tr>/g)].map((r) =>
		[...r[1].matchAll(/<t[dh][^>]*>([^]*?)<\/t[dh]>/g)].map((c) =>
			c[1]
				.replace(/<!--[^]*?-->/g, '')
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ')
				.trim()
		)
	);
}

describe('the appendix shows a kring its sbo location figure, never "geen gegevens" beside its sbo school', () => {
	it("Kring Noord's report: 8,06% and 3,23% in the column 'Deelname sbo (locatie)'", async () => {
		const verslag = await loadJaarverslag(db, registry, { schooljaar: '2024-2025', kring: 'Kring Noord' }, bestuur);
		const { body } = render(Page, { props: { data: { verslag, gemaakt: '2025-06-30' } } as never });
		const [kop, ...rijen] = tabel(body, 'Deelname, Kring Noord, per schooljaar');
		const k = kop.findIndex((c) => c.startsWith('Deelname sbo'));
		expect(kop[k]).toBe('Deelname sbo (locatie)');
		expect(rijen.map((r) => [r[0], r[k]])).toEqual([
			['2023-2024', '8,06%'],
			['2024-2025', '3,23%']
		]);
	});
	it("the SWV report: the whole SWV's deelname sbo per schooljaar, each kring's location figure per kring", async () => {
		const verslag = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		const { body } = render(Page, { props: { data: { verslag, gemaakt: '2025-06-30' } } as never });
		// SWV, 1 oktober 2024: 4 sbo of 120 + 76 + 0 + 4 = 200 → 2,00% (the figure's two decimals, as its tile).
		const [kop, ...rijen] = tabel(body, 'Deelname, per schooljaar');
		const k = kop.indexOf('Deelname sbo');
		expect(rijen.find((r) => r[0] === '2024-2025')?.[k]).toBe('2,00%');
		const [kopKring, ...kringen] = tabel(body, 'Deelname per kring, 2024-2025');
		const kk = kopKring.indexOf('Deelname sbo (locatie)');
		expect(kringen.map((r) => [r[0], r[kk]])).toEqual([
			['Kring Noord', '3,23%'],
			['Kring Zuid', 'geen gegevens']
		]);
	});
});

describe('the appendix shows a figure in the decimals it has on every page (issue 12)', () => {
	it('every column of a catalogue figure has its unit and decimals, at every level', () => {
		for (const s of SECTIES)
			for (const niveau of ['swv', 'kring', 'school'] as const)
				for (const c of bijlageKolommen(s, niveau)) {
					const m = (METRICS as Record<string, { unit: string; decimals: number }>)[c.key];
					if (m)
						expect({ kolom: `${s.id}.${c.key}`, unit: c.unit, decimals: c.decimals }).toEqual({
							kolom: `${s.id}.${c.key}`,
							unit: m.unit,
							decimals: m.decimals
						});
				}
	});
	it('start binnen 2 weken: 142 of 208 = 68,27% reads 68,3% in the appendix, never 68%', () => {
		const arr = SECTIES.find((s) => s.id === 'arrangementen')!;
		const kolom = arr.tabel.find((c) => c.key === 'start_binnen_2_weken_pct')!;
		expect(celTekst({ start_binnen_2_weken_pct: (100 * 142) / 208 }, kolom)).toBe('68,3%');
	});
	it('geleverde uren: 1.412,5 uur in the appendix, never 1.413 uur', () => {
		const et = SECTIES.find((s) => s.id === 'expertteam')!;
		const kolom = et.tabel.find((c) => c.key === 'expertteam_uren')!;
		expect(celTekst({ expertteam_uren: 1412.5 }, kolom).replace(/\u00a0/g, ' ')).toBe('1.412,5 uur');
	});
});
