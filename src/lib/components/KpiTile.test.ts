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
	it('shows 2,26% beside 2,32%, the difference -0,06 and landelijk 2,50%: a deelname has two decimals, on every page', () => {
		const { body } = render(KpiTile, { props: { id: 'deelname_sbo_pct', value: 2.26, teldatum: '2025-10-01', previous: 2.32, national: 2.5 } });
		const t = text(body);
		expect(t).toContain('2,26%');
		expect(t).toContain('2,32% (-0,06 procentpunt)');
		expect(t).toContain('2,50%');
		expect(new Set(decimalsOf(t))).toEqual(new Set([2]));
	});
	it('keeps two decimals when one would do: 1,94% against 1,70% is +0,24 procentpunt (the same digits as its table and jaarverslag)', () => {
		const t = text(render(KpiTile, { props: { id: 'deelname_so_pct', value: 1.94, teldatum: '2025-10-01', previous: 1.7, national: 2.3 } }).body);
		expect(t).toContain('1,94%');
		expect(t).toContain('1,70% (+0,24 procentpunt)');
		expect(new Set(decimalsOf(t))).toEqual(new Set([2]));
	});
	it('two years that read the same have no difference: benutting 90,04% and 89,96% are 90,0% and 90,0% (0,0), never +0,1', () => {
		const t = text(render(KpiTile, { props: { id: 'benutting_pct', value: 90.04, teldatum: '2025-10-01', previous: 89.96 } }).body);
		expect(t).toContain('Benutting 90,0%');
		expect(t).toContain('90,0% (0,0 procentpunt)');
	});
	it('without this year\'s value shows last year, without a difference pasted in as "geen gegevens"', () => {
		const t = text(render(KpiTile, { props: { id: 'deelname_sbo_pct', value: null, teldatum: null, previous: 2.32 } }).body);
		expect(t).not.toMatch(/geen gegevens procentpunt|\(geen gegevens/);
		expect(t).toContain('2,32%');
	});
});
