/**
 * The kit's figures that stand on more than one page, rendered on the server as the page does:
 * KringFiguur (a metric ranked per kring) and SboSoFiguur (sbo and so per schooljaar). The chart itself
 * is drawn in the browser (tests/e2e); here: the title, note, table and definition each instance brings.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import KringFiguur from './KringFiguur.svelte';
import SboSoFiguur from './SboSoFiguur.svelte';

describe('KringFiguur', () => {
	// 12,345 and 7,5 verwijzingen per 1.000 in two kringen; the SWV 9,87. The metric shows 1 decimal.
	const rows = [
		{ rang: 1, kring: 'Kring Noord', verwijzingen_per_1000: 12.345, swv_verwijzingen_per_1000: 9.87, referentie_teldatum: '2025-10-01' },
		{ rang: 2, kring: 'Kring West', verwijzingen_per_1000: 7.5, swv_verwijzingen_per_1000: 9.87, referentie_teldatum: '2025-10-01' }
	];
	const props = {
		waarde: 'verwijzingen_per_1000' as const,
		figuur: { rows, csv: '/api/q/verwijzingen_per_kring?format=csv' },
		ariaDescription: 'Kring Noord verwijst het meest.'
	};

	it("gives the figure of verwijzingen_per_1000 its page's title, note with the teldatum, table in the metric's decimals and definition", () => {
		const { body } = render(KringFiguur, { props: { ...props, pagina: { namen: true, schooljaar: '2025-2026', filters: {} } } });
		expect(body).toContain('Verwijzingen per 1.000 leerlingen per kring, 2025-2026');
		expect(body).toContain('per 1.000 leerlingen (bao + sbo) op 1 okt 2025');
		// 12,345 per 1.000 in one decimal, in the row of Kring Noord (Plaats 1).
		expect(body).toMatch(/<th scope="row">1<\/th>.*<td>Kring Noord<\/td>.*<td class="num">12,3<\/td>/);
		expect(body).toContain('Hoe berekend?');
	});

	it('gives the figure of rugzak_pct the title with the teldatum and no note or definition', () => {
		const rugzak = [{ kring: 'Kring Noord', rugzak_pct: 3.456, swv_rugzak_pct: 2.5, referentie_teldatum: '2025-10-01' }];
		const { body } = render(KringFiguur, {
			props: { waarde: 'rugzak_pct', figuur: { rows: rugzak, csv: '/x' }, ariaDescription: '', pagina: { namen: false, schooljaar: null, filters: {} } }
		});
		expect(body).toContain('Leerlingen met een rugzak of individueel arrangement per kring, 1 okt 2025');
		expect(body).not.toContain('class="noot');
		expect(body).not.toContain('Hoe berekend?');
	});
});

describe('SboSoFiguur', () => {
	// 2024-2025: 79 sbo and 112 so; 2025-2026: 80 and 100.
	const rows = [
		{ schooljaar: '2024-2025', instroom_sbo: 79, instroom_so: 112, landelijk_instroom_sbo: 5000, landelijk_instroom_so: 6000 },
		{ schooljaar: '2025-2026', instroom_sbo: 80, instroom_so: 100, landelijk_instroom_sbo: null, landelijk_instroom_so: null }
	];

	it('names the columns after the series, puts the chosen kring after the title and keeps the landelijk columns and definition', () => {
		const { body } = render(SboSoFiguur, { props: { voor: 'instroom', figuur: { rows, csv: '/x' }, wie: 'Kring West' } });
		expect(body).toContain("<figcaption>Nieuwe TLV's per schooljaar (ingangsdatum), sbo en so — Kring West</figcaption>");
		expect(body).toMatch(/>Nieuwe TLV's sbo<.*>Nieuwe TLV's so<.*>Landelijk: instroom sbo \(leerlingen\)</);
		expect(body).toMatch(/<th scope="row">2024-2025<\/th>.*<td class="num">79<\/td>.*<td class="num">112<\/td>/);
		expect(body).toContain('Hoe berekend?');
	});

	it('verwijzingen: its own title and testid, no kring after it for the whole SWV, no definition', () => {
		const jaren = [{ schooljaar: '2025-2026', verwijzingen_sbo: 79, verwijzingen_so: 112, verwijzingen: 191 }];
		const { body } = render(SboSoFiguur, { props: { voor: 'verwijzingen', figuur: { rows: jaren, csv: '/x' } } });
		expect(body).toContain('<figcaption>Verwijzingen per schooljaar</figcaption>');
		expect(body).toMatch(/data-testid="grafiek-schooljaar".*>Verwijzingen sbo</);
		expect(body).not.toContain('Hoe berekend?');
	});
});
