/**
 * Issue 12: one figure, one number of decimals on one card and in the sentence beside it. Rendered on
 * the server, as the expertteam, budget, kring and school pages do, next to the sentences of $lib/vertellen.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Kengetallen, { kengetal, tegenKringEnSwv } from './Kengetallen.svelte';
import { vertelBudget, vertelExpertteam } from '$lib/vertellen';
import { sectorWoorden } from '$lib/sector';

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[\s\u00a0]+/g, ' ');
const kaart = (items: unknown[]) => text(render(Kengetallen, { props: { items, label: 'Kerncijfers' } as never }).body);

describe('Kengetallen: a card shows its value and comparisons in the catalogue decimals of the figure', () => {
	it('whole hours keep their ",0" beside a comparison with decimals: 6,0 uur beside 5,4 uur, never "6 uur"', () => {
		// 100 × 12 uur ÷ 200 leerlingen = 6,0; the kring 100 × 27 ÷ 500 = 5,4.
		const t = kaart([{ id: 'uren_per_100_leerlingen', value: (100 * 12) / 200, vergelijking: [{ label: 'Kring', value: (100 * 27) / 500 }] }]);
		expect(t).toContain('6,0 uur');
		expect(t).toContain('5,4 uur');
		expect(t).not.toMatch(/\b6 uur/);
	});
	it('an amount keeps the decimals of its figure whatever it is compared with: € 98 beside € 98, as on every other page', () => {
		// € 3.906 over 40 pupils = € 97,65; last year € 4.906 over 50 = € 98,12: whole euros, both € 98.
		const t = kaart([{ id: 'kosten_per_ondersteunde_leerling', value: 3906 / 40, vergelijking: [{ label: 'Vorig jaar', value: 4906 / 50 }] }]);
		expect(t).toContain('per ondersteunde leerling € 98 Vorig jaar € 98');
		expect(t).not.toContain('97,65');
		// Alone it reads the same € 98 (no comparison changes its digits).
		expect(kaart([{ id: 'kosten_per_ondersteunde_leerling', value: 3906 / 40 }])).toContain('€ 98');
	});
});

describe("sentences use the decimals of the tile beside them (the catalogue's)", () => {
	const kring = {
		kring: null,
		totaal: true,
		formatie_uren: 390,
		expertteam_uren: 350,
		benutting_pct: (100 * 350) / 390,
		aandeel_uren_pct: 100,
		aandeel_leerlingen_pct: 100,
		uren_vs_leerlingen: 1,
		peildatum: '2026-07-31',
		peildatum_soort: 'einde schooljaar',
		verstreken_pct: 100,
		tempo_pct: null,
		achter_op_tempo: false,
		uren_zonder_formatie: false
	};
	it('benutting 350 of 390 uur = 89,74…%: the sentence says 89,7% as the tile does, not 90%', () => {
		const tegel = kaart([{ id: 'benutting_pct', value: kring.benutting_pct, vergelijking: [{ label: 'Schooljaar voorbij', value: kring.verstreken_pct }] }]);
		expect(tegel).toContain('89,7%');
		const [zin] = vertelExpertteam([kring], '2025-2026');
		expect(zin).toContain('89,7% van de formatie van 390,0 uur, terwijl 100,0% van het schooljaar voorbij is');
		expect(zin).not.toContain('90%');
	});
	it('kosten per ondersteunde leerling: € 97,65 against € 98,12 last year both read € 98, so the sentence says "evenveel", never "€ 98 (vorig jaar € 98)"', () => {
		const jaar = (sj: string, kosten: number) => ({
			schooljaar: sj,
			budget_toegekend: 10000,
			budget_besteed: 8000,
			uitputting_pct: 80,
			saldo: 2000,
			kosten_per_ondersteunde_leerling: kosten,
			scholen_onderbesteding: 0,
			scholen_overbesteding: 0
		});
		const zin = (nu: number, vorig: number) =>
			vertelBudget(jaar('2025-2026', nu), jaar('2024-2025', vorig))
				.at(-1)!
				.replace(/\u00a0/g, ' ');
		expect(zin(3906 / 40, 4906 / 50)).toBe('Per leerling met een arrangement was de besteding € 98, evenveel als vorig jaar.');
		expect(zin(98.001, 98.004)).toBe('Per leerling met een arrangement was de besteding € 98, evenveel als vorig jaar.');
		expect(zin(120, 98)).toBe('Per leerling met een arrangement was de besteding € 120 (vorig jaar € 98).');
	});
});

describe('kengetal: a tile from a row and what it is compared with', () => {
	// A school with 80 % of its budget spent (kring 90 %, SWV 75 %); last year € 8.000 spent.
	const school = { uitputting_pct: 80, kring_uitputting_pct: 90, swv_uitputting_pct: 75, budget_besteed: 9000 };
	it('reads the figure from the row and the same figure from the rows it is compared with', () => {
		expect(kengetal('budget_besteed', school, [['Vorig jaar', { budget_besteed: 8000 }]])).toEqual({
			id: 'budget_besteed',
			value: 9000,
			vergelijking: [{ label: 'Vorig jaar', value: 8000 }]
		});
	});
	it('a school against its kring and the SWV reads the columns kring_<id> and swv_<id> of its own row', () => {
		expect(tegenKringEnSwv('uitputting_pct', school, sectorWoorden('po'))).toEqual({
			id: 'uitputting_pct',
			value: 80,
			vergelijking: [
				{ label: 'Kring', value: 90 },
				{ label: 'SWV', value: 75 }
			]
		});
	});
	it('in VO the kring the school is compared with is its regio (same column kring_<id>)', () => {
		expect(tegenKringEnSwv('uitputting_pct', school, sectorWoorden('vo')).vergelijking).toEqual([
			{ label: 'Regio', value: 90 },
			{ label: 'SWV', value: 75 }
		]);
	});
	it('a missing row or column reads null (the card says "geen gegevens"), and no comparison leaves none', () => {
		expect(kengetal('saldo', null, [['Vorig jaar', undefined]])).toEqual({ id: 'saldo', value: null, vergelijking: [{ label: 'Vorig jaar', value: null }] });
		expect(kengetal('saldo', school)).toEqual({ id: 'saldo', value: null });
	});
});
