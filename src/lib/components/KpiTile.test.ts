/**
 * A KPI tile reads as one figure: every number on it (this year, last year, the difference,
 * landelijk) has the catalogue's decimals of the figure, the same as on every other page (issue 12), and a missing value never produces
 * "(geen gegevens procentpunt)". Rendered on the server, as the page does.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import KpiTile from './KpiTile.svelte';

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
const decimalsOf = (t: string) => [...t.matchAll(/[+-]?\d+(?:,(\d+))?(?=%| procentpunt)/g)].map((m) => m[1]?.length ?? 0);

describe('KpiTile', () => {
	it('shows 2,26% beside 2,32% as 2,3% beside 2,3%, as every other page does, and then no difference: 0,0, never -0,1', () => {
		const { body } = render(KpiTile, { props: { id: 'deelname_sbo_pct', value: 2.26, teldatum: '2025-10-01', previous: 2.32, national: 2.5 } });
		const t = text(body);
		expect(t).toContain('Deelname sbo 2,3% op 1 okt 2025');
		expect(t).toContain('2,3% (0,0 procentpunt)');
		expect(t).toContain('Landelijk 2,5%');
		expect(new Set(decimalsOf(t))).toEqual(new Set([1]));
	});
	it('keeps one decimal throughout when one is enough: 1,9% against 1,7% is +0,2 procentpunt', () => {
		// 1,94 − 1,70 = 0,24, shown with the card's one decimal as +0,2.
		const t = text(render(KpiTile, { props: { id: 'deelname_so_pct', value: 1.94, teldatum: '2025-10-01', previous: 1.7, national: 2.3 } }).body);
		expect(t).toContain('1,9%');
		expect(t).toContain('1,7% (+0,2 procentpunt)');
		expect(new Set(decimalsOf(t))).toEqual(new Set([1]));
	});
	it('without this year\'s value shows last year, without a difference pasted in as "geen gegevens"', () => {
		const t = text(render(KpiTile, { props: { id: 'deelname_sbo_pct', value: null, teldatum: null, previous: 2.32 } }).body);
		expect(t).not.toMatch(/geen gegevens procentpunt|\(geen gegevens/);
		expect(t).toContain('2,3%');
	});
});
