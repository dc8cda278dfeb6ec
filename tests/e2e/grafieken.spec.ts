/**
 * What a chart looks like, measured in the browser: no text in a chart prints over other text (the
 * strip charts printed "kring 9,4" over "SWV 9,9"), and a chart takes the room of its drawing, not
 * 100–200 px more (the box kept a fixed 300 px around a strip of 170 px or a few bars). Checked on
 * every chart page, as the browser draws it at the page's width.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
	'/',
	'/deelname',
	'/verwijzingen',
	'/arrangementen',
	'/expertteam',
	'/budget',
	'/kringen/Kring%20Oost',
	'/scholen/32UO00',
	'/jaarverslag/2024-2025'
];

interface Meting {
	grafiek: string;
	leeg: number;
	overlap: string[];
}

/** Per chart: the empty room under the drawing, and the pairs of texts whose boxes overlap. */
function meet(page: Page): Promise<Meting[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.chart')].flatMap((chart) => {
			const svg = chart.querySelector('svg');
			if (!svg) return [];
			const naam = svg.getAttribute('aria-label') ?? '(zonder naam)';
			const box = svg.getBoundingClientRect();
			// Turned tick labels (a long row of schooljaren) are left out: the upright box around a
			// turned text is far larger than the text, so neighbours would always seem to overlap.
			const teksten = [...svg.querySelectorAll('text')]
				.filter((t) => Math.abs(t.getCTM()?.b ?? 0) < 1e-6)
				.map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() }))
				.filter((x) => x.t.trim() !== '' && x.r.width > 0);
			const overlap: string[] = [];
			for (let i = 0; i < teksten.length; i++)
				for (let j = i + 1; j < teksten.length; j++) {
					const a = teksten[i].r;
					const b = teksten[j].r;
					// One pixel of slack: glyph boxes of neighbouring tick labels may touch.
					const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (x > 1 && y > 1) overlap.push(`"${teksten[i].t}" over "${teksten[j].t}"`);
				}
			return [{ grafiek: naam, leeg: Math.round(chart.getBoundingClientRect().height - box.height), overlap }];
		})
	);
}

for (const path of PAGES) {
	test(`the charts on ${decodeURIComponent(path)} print no text over other text and leave no empty room`, async ({ page }) => {
		await page.goto(path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.waitForTimeout(200);
		const metingen = await meet(page);
		expect(metingen.length, 'grafieken op de pagina').toBeGreaterThan(0);
		for (const m of metingen) {
			expect(m.overlap, `${path}: ${m.grafiek}`).toEqual([]);
			expect(m.leeg, `${path}: lege ruimte onder ${m.grafiek}`).toBeLessThanOrEqual(8);
		}
	});
}

test('the strip chart writes the school, the kring and the SWV each on its own line, in full', async ({ page }) => {
	// School 32UO00: 36,7 per 1000, its kring (Kring Oost) 17,6, the SWV 9,9 (kring-school.spec.ts).
	await page.goto('/scholen/32UO00');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const svg = page.getByTestId('grafiek-benchmark').locator('svg');
	const labels = await svg
		.locator('text')
		.evaluateAll((ts) =>
			ts
				.filter((t) => /^(deze school|kring|SWV)/.test(t.textContent ?? ''))
				.map((t) => ({ t: t.textContent, y: Math.round(t.getBoundingClientRect().top), l: t.getBoundingClientRect().left, r: t.getBoundingClientRect().right }))
		);
	expect(labels.map((l) => l.t)).toEqual(['deze school: 36,7', 'kring 17,6', 'SWV 9,9']);
	// Three rows, none the same.
	expect(new Set(labels.map((l) => l.y)).size).toBe(3);
	const box = await svg.boundingBox();
	for (const l of labels) {
		expect(l.l, `${l.t} binnen de grafiek`).toBeGreaterThanOrEqual(box!.x);
		expect(l.r, `${l.t} binnen de grafiek`).toBeLessThanOrEqual(box!.x + box!.width);
	}
});
