/**
 * One colour per deelname figure (DEELNAME_KLEUR): the VO charts' legend (VO_KLEUREN, by label) and a
 * tile's sparkline (KpiTile, by id) take it from there, so vso, pro and lwoo read the same everywhere.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import KpiTile from '$lib/components/KpiTile.svelte';
import { KLEUR, VO_KLEUREN } from './palet';
import { VO_DEELNAME, sectorWoorden } from '$lib/sector';

describe('deelname colours', () => {
	it('give the VO series the sbo, so and rugzak colours by their label', () => {
		expect(VO_KLEUREN).toEqual({ 'Deelname vso': '#154273', 'Deelname pro': '#b34700', 'Deelname lwoo': '#7a2d8c' });
		expect(VO_KLEUREN['Deelname pro']).toBe(KLEUR.so);
	});

	it('draw a tile’s sparkline in the colour of its series: pro as so, lwoo as rugzak, sbo as sbo', () => {
		const kleur = (id: string) => {
			const { body } = render(KpiTile, { props: { id, value: 3, teldatum: '2024-10-01', previous: 4, trend: [5, 4, 3] } });
			return /class="sparkline"[^>]*style="color: ([^;"]+)/.exec(body)?.[1];
		};
		expect(kleur('deelname_pro_pct')).toBe('var(--kleur-so)');
		expect(kleur('deelname_lwoo_pct')).toBe('var(--kleur-rugzak)');
		expect(kleur('deelname_sbo_pct')).toBe('var(--kleur-sbo)');
	});

	it('come with the one list of VO deelname figures the sector words use too', () => {
		expect(sectorWoorden('vo').deelname).toEqual([...VO_DEELNAME]);
		expect(VO_DEELNAME).toEqual(['deelname_vso_pct', 'deelname_pro_pct', 'deelname_lwoo_pct']);
	});
});
