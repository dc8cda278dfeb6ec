/**
 * Issue 12: a chart whose rows hold no number to draw (a source that was never loaded gives only
 * nulls) says so in words instead of drawing an empty frame with an axis that reads as 0; the table
 * and CSV link stay. Rendered on the server, as the page does.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { createRawSnippet } from 'svelte';
import Grafiek from './Grafiek.svelte';
import BarChart from '$lib/charts/BarChart.svelte';

const chart = createRawSnippet(() => ({ render: () => '<svg data-chart="ja"></svg>' }));
const columns = [
	{ key: 'kring', label: 'Kring', unit: 'text' as const },
	{ key: 'leerlingen', label: 'Leerlingen', unit: 'count' as const },
	{ key: 'uren', label: 'Uren', unit: 'hours' as const }
];
const leeg = [
	{ kring: 'Kring Noord', leerlingen: 120, uren: null },
	{ kring: 'Kring West', leerlingen: 80, uren: undefined }
];

describe('a chart with nothing to draw', () => {
	it('Grafiek: only nulls in the drawn column gives the note, not the chart; the table and CSV stay', () => {
		const { body } = render(Grafiek, {
			props: {
				titel: 'Uren per kring',
				rows: leeg,
				columns,
				csv: '/api/q/x?format=csv',
				waarden: ['uren'],
				bron: 'de inzet van het expertteam',
				children: chart
			}
		});
		expect(body).toContain('Geen gegevens om te tekenen: de inzet van het expertteam is niet ingelezen voor deze periode.');
		expect(body).not.toContain('data-chart');
		expect(body).toContain('Kring Noord');
		expect(body).toContain('format=csv');
	});
	it('Grafiek for a school account: values hidden as "<5" are data that exist, so the note says hidden, never "geen gegevens"', () => {
		const rows = [
			{ kring: 'Kring Noord', leerlingen: 120, uren: '<5' },
			{ kring: 'Kring West', leerlingen: 80, uren: 'verborgen' }
		];
		const { body } = render(Grafiek, {
			props: { titel: 'Uren per kring', rows, columns, csv: '/x', waarden: ['uren'], bron: 'de inzet van het expertteam', children: chart }
		});
		expect(body).toContain(
			"Niet getekend: deze cijfers zijn verborgen, omdat ze op minder dan 5 leerlingen, TLV's of arrangementen berusten of met de andere cijfers zo'n klein aantal zouden verraden."
		);
		expect(body).not.toContain('Geen gegevens');
		expect(body).not.toContain('data-chart');
	});
	it('Grafiek: one number to draw (Kring West 3 uur) draws the chart', () => {
		const rows = [leeg[0], { ...leeg[1], uren: 3 }];
		const { body } = render(Grafiek, { props: { titel: 'Uren per kring', rows, columns, csv: '/x', waarden: ['uren'], children: chart } });
		expect(body).toContain('data-chart');
		expect(body).not.toContain('Geen gegevens');
	});
	it('Grafiek with a query: numeric columns after the first are the drawn ones by default; all null gives the note', () => {
		const { body } = render(Grafiek, {
			props: {
				titel: 'Benutting',
				query: 'expertteam_kringen',
				rows: [{ kring: 'Kring Noord', uren: null }],
				columns: [columns[0], columns[2]],
				bron: 'de inzet van het expertteam',
				children: chart
			}
		});
		expect(body).toContain('Geen gegevens om te tekenen: de inzet van het expertteam is niet ingelezen');
		expect(body).not.toContain('data-chart');
		expect(body).toContain('/api/q/expertteam_kringen?format=csv');
	});
	it('BarChart (jaarverslag): only null values give the note, no SVG', () => {
		const bars = [
			{ label: '2024-2025', series: 'Toegekend', value: null },
			{ label: '2025-2026', series: 'Toegekend', value: null }
		];
		const { body } = render(BarChart, { props: { bars, grouped: true, unit: 'euro', colors: { Toegekend: '#999' }, ariaLabel: 'a', ariaDescription: 'b' } });
		expect(body).toContain('Geen gegevens voor deze periode.');
		expect(body).not.toContain('<svg');
	});
});
