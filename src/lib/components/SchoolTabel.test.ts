/**
 * The one per-school table of the figure pages: columns from the metric catalogue, the school's name
 * linking to its page, "geen gegevens" for an empty list, and a note when the server sent only part.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SchoolTabel from './SchoolTabel.svelte';
import { kolom, tekst } from '$lib/kolommen';

const html = (props: Record<string, unknown>) => render(SchoolTabel, { props: { caption: 'Per school', ...props } as never }).body;
const text = (h: string) =>
	h
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[\s\u00a0]+/g, ' ');

describe('SchoolTabel', () => {
	const columns = [tekst('kring', 'Kring'), kolom('leerlingen'), kolom('verwijzingen_per_1000', { label: 'Per 1.000' }), kolom('rugzak_pct')];
	// 3 TLV's over 200 leerlingen = 15,0 per 1.000; 3 of 160 with an arrangement = 1,875 → 1,88%.
	const rows = [
		{ school: '00AA00', naam: 'De Tweemaster', kring: 'Kring Oost', leerlingen: 1234, verwijzingen_per_1000: (1000 * 3) / 200, rugzak_pct: (100 * 3) / 160 }
	];

	it('formats each column as the catalogue says and links the school', () => {
		const h = html({ rows, columns, total: 3, csv: '/api/q/x?format=csv' });
		expect(h).toContain('href="/scholen/00AA00"');
		const t = text(h);
		expect(t).toContain('School Kring Leerlingen Per 1.000 Rugzak / arrangement');
		expect(t).toContain('De Tweemaster Kring Oost 1.234 15,0 1,88%');
		expect(t).toContain('De eerste 1 van 3 scholen; de CSV-download bevat ze allemaal.');
	});
	it('says "geen gegevens" across all columns when there is no school', () => {
		const h = html({ rows: [], columns, leeg: 'geen gegevens' });
		expect(h).toContain('colspan="5"');
		expect(text(h)).toContain('geen gegevens');
	});
});
