/** The sentences of the deelname, verwijzingen, arrangementen, kring and school pages (issue 4). */
import { describe, expect, it } from 'vitest';
import { vertelDoorlooptijd, vertelPositie, vertelSpreiding, vertelTlvs, vertelUitschieter, vertelVerandering } from '.';

describe('sentences about referrals and arrangements', () => {
	it('names the kring that stands out, against the average', () => {
		const zin = vertelUitschieter(
			'verwijzingen_per_1000',
			[
				{ naam: 'Kring Noord', value: 3.2 },
				{ naam: 'Kring Oost', value: 6.1 },
				{ naam: 'Kring Zuid', value: null }
			],
			3.4,
			'verwijst'
		);
		expect(zin).toBe('Kring Oost verwijst het meest: 6,1 per 1.000 leerlingen, tegen 3,4 gemiddeld.');
		expect(vertelUitschieter('verwijzingen_per_1000', [{ naam: 'Kring Oost', value: 6.1 }], 3.4, 'verwijst')).toBeNull();
	});

	it('tells a change, or that it stayed the same, and nothing without last year', () => {
		expect(vertelVerandering('verwijzingen_per_1000', 9.9, 10.2, 'vorig schooljaar')).toBe(
			'Verwijzingen per 1.000 leerlingen: iets gedaald ten opzichte van vorig schooljaar, van 10,2 naar 9,9.'
		);
		expect(vertelVerandering('verwijzingen_per_1000', 9.9, 9.9, 'vorig schooljaar')).toBe(
			'Verwijzingen per 1.000 leerlingen: ongeveer gelijk aan vorig schooljaar (9,9).'
		);
		expect(vertelVerandering('verwijzingen_per_1000', 9.9, null, 'vorig schooljaar')).toBeNull();
	});

	it('places a school in the distribution without naming others', () => {
		expect(
			vertelPositie('verwijzingen_per_1000', 'deze school', 36.7, 3.8, 15.1, [
				{ value: 17.6, label: 'in de kring' },
				{ value: 9.9, label: 'in het samenwerkingsverband' }
			])
		).toBe(
			'Deze school zit bij het kwart van de scholen met de hoogste waarde: 36,7 per 1.000 leerlingen, tegen 17,6 in de kring en 9,9 in het samenwerkingsverband.'
		);
		expect(vertelPositie('rugzak_pct', 'bij deze school', 1.83, null, null, [{ value: 0.67, label: 'in de kring' }])).toBe(
			'Bij deze school had 1,83% van de leerlingen een rugzak of individueel arrangement op een basisschool, tegen 0,67% in de kring.'
		);
		expect(vertelPositie('verwijzingen_per_1000', 'deze school', null, 1, 2, [])).toBe(
			'Voor deze school zijn er geen gegevens over het aantal verwijzingen per 1.000 leerlingen.'
		);
	});

	it('spread, counts and lead times', () => {
		expect(vertelSpreiding('verwijzingen_per_1000', 3.8, 7.8, 15.1)).toBe(
			'De middelste helft van de scholen zit tussen 3,8 en 15,1 per 1.000 leerlingen (mediaan 7,8).'
		);
		expect(vertelTlvs('2025-2026', 'het samenwerkingsverband', 110, 151, 263)).toBe(
			"In 2025-2026 kwamen er 261 TLV's voor leerlingen van de scholen in het samenwerkingsverband (verwijzingen): 110 voor het sbo en 151 voor het so (vorig schooljaar 263)."
		);
		expect(vertelTlvs('2025-2026', 'Kring Zuid', 0, 0, null)).toBe('In 2025-2026 zijn er voor Kring Zuid geen TLV-besluiten.');
		// Issue 12, demo 2025-2026: 79 sbo + 112 so = 191 verwijzingen (with a herkomstschool), 70 without, 261 in all.
		expect(vertelTlvs('2025-2026', 'het samenwerkingsverband', 79, 112, 192, 70)).toBe(
			"In 2025-2026 kwamen er 191 TLV's voor leerlingen van de scholen in het samenwerkingsverband (verwijzingen): 79 voor het sbo en 112 voor het so (vorig schooljaar 192). Daarnaast waren er 70 TLV-besluiten zonder herkomstschool in het samenwerkingsverband (261 in totaal)."
		);
		expect(vertelDoorlooptijd(26, 41.5, 55.3, 13)).toBe(
			"De helft van de TLV's was binnen 42 dagen na de aanvraag besloten (P25 26, P75 55 dagen). 13 TLV's zonder aanvraagdatum tellen niet mee."
		);
		expect(vertelDoorlooptijd(null, null, null, 0)).toBe("Over de doorlooptijd van de TLV's zijn geen gegevens.");
	});
});
