import { describe, expect, it } from 'vitest';
import { leesDoel, vertelPeildatum, vertelRedenen, vertelSchool, vertelSchooljaar, type Jaar, type Peil } from './thuiszitters';

const peil = (p: Partial<Peil> = {}): Peil => ({
	peildatum: '2024-10-01',
	thuiszitters: 7,
	langer_3_maanden: 2,
	thuiszitters_per_1000: 7000 / 19678,
	vrijstelling_5a: 1,
	vrijstelling_5b: 0,
	vrijstelling_5c: 2,
	vrijstelling_15: 0,
	...p
});

describe('vertelPeildatum', () => {
	it('7 at home, 0,36 per 1.000 against 0,50 last year, 2 longer than 3 months, 3 vrijstellingen beside them', () => {
		expect(vertelPeildatum(peil(), 0.5)).toEqual([
			'Op 1 oktober 2024 zaten 7 leerlingen thuis.',
			'Op 1 oktober 2024 zaten 0,36 per 1.000 leerlingen thuis. Dat is duidelijk lager en dus gunstiger dan vorig jaar (0,50).',
			'Daarvan zaten 2 leerlingen langer dan 3 maanden thuis.',
			'Daarnaast liepen er 3 vrijstellingen (1 van 5a en 2 van 5c); die tellen niet mee als thuiszitter.'
		]);
	});

	it('one pupil, nobody longer than 3 months, and the target "niemand langer dan 3 maanden" met', () => {
		const z = vertelPeildatum(
			peil({ thuiszitters: 1, langer_3_maanden: 0, thuiszitters_per_1000: 1000 / 19678, vrijstelling_5a: 0, vrijstelling_5c: 0 }),
			null,
			leesDoel('niemand_langer_3_maanden')
		);
		expect(z[0]).toBe('Op 1 oktober 2024 zat 1 leerling thuis.');
		expect(z).toContain('Niemand zat langer dan 3 maanden thuis.');
		expect(z.at(-1)).toBe('Het eigen doel, niemand langer dan 3 maanden thuis, is op deze peildatum gehaald.');
	});

	it('a target per 1.000 is judged on the shown digits: 0,36 is above 0,30 and within 0,36', () => {
		expect(vertelPeildatum(peil(), null, leesDoel('0.3')).at(-1)).toBe('Dat is boven het eigen doel van hoogstens 0,30 per 1.000 leerlingen.');
		expect(vertelPeildatum(peil(), null, leesDoel('0.36')).at(-1)).toBe('Dat is binnen het eigen doel van hoogstens 0,36 per 1.000 leerlingen.');
	});

	it('without a thuiszitterslijst: geen gegevens, never 0', () => {
		expect(vertelPeildatum(null, null)).toEqual(['Er zijn geen gegevens over thuiszitters: er is nog geen thuiszitterslijst ingelezen.']);
		expect(vertelPeildatum(peil({ thuiszitters: null, langer_3_maanden: null }), null)[0]).toBe(
			'Op 1 oktober 2024 zijn er geen gegevens over het aantal thuiszitters.'
		);
	});

	it('a hidden count of longer than 3 months says why', () => {
		expect(vertelPeildatum(peil({ langer_3_maanden: '<5' }), null)[2]).toMatch(
			/^Op 1 oktober 2024 is het aantal leerlingen dat langer dan 3 maanden thuiszit verborgen: /
		);
	});
});

describe('vertelSchooljaar', () => {
	const jaar = (j: Partial<Jaar>): Jaar => ({
		schooljaar: '2024-2025',
		peildatum: '2024-10-01',
		thuiszitters_per_1000: 0.36,
		nieuw: 7,
		beeindigd: 4,
		opgelost_pct: 50,
		duur_p25: 29.75,
		duur_mediaan: 124,
		duur_p75: 272.5,
		...j
	});
	it('new meldingen against last year, duration P25/median/P75 and share solved', () => {
		const vorig = jaar({ schooljaar: '2023-2024', peildatum: '2023-10-01', nieuw: 5, opgelost_pct: 40 });
		expect(vertelSchooljaar(jaar({}), vorig)).toEqual([
			'In schooljaar 2024-2025 kwamen er 7 nieuwe thuiszitters bij (vorig schooljaar 5).',
			'Van de 4 meldingen die in 2024-2025 eindigden, duurde de helft hoogstens 124 dagen (P25 30, P75 273 dagen).',
			'50,0% daarvan eindigde met een passende plek of terug naar school (vorig schooljaar 40,0%).'
		]);
	});
	it('tells the trend of the last three schooljaren per 1.000', () => {
		const reeks = [
			jaar({ peildatum: '2022-10-01', thuiszitters_per_1000: 0.55 }),
			jaar({ peildatum: '2023-10-01', thuiszitters_per_1000: 0.41 }),
			jaar({ thuiszitters_per_1000: 0.31 })
		];
		expect(vertelSchooljaar(jaar({}), null, reeks).at(-1)).toBe(
			'Het aantal thuiszitters per 1.000 leerlingen is van 1 okt 2022 tot 1 okt 2024 duidelijk gedaald: van 0,55 naar 0,31. Dat is gunstig.'
		);
	});
});

describe('thuiszitters per 1.000: one figure, one number of decimals', () => {
	const jaar = (schooljaar: string, peildatum: string, per1000: number | 'verborgen'): Jaar => ({
		schooljaar,
		peildatum,
		thuiszitters_per_1000: per1000,
		nieuw: 7,
		beeindigd: 0,
		opgelost_pct: null,
		duur_p25: null,
		duur_mediaan: null,
		duur_p75: null
	});
	// Issue 12: one figure, one number of decimals, the catalogue's (two) on the tile, in the peildatum's sentence
	// and in the trend: 0,312 reads 0,31 in all three (before, the trend chose its own and the tile three).
	const reeks = [jaar('2023-2024', '2023-10-01', 0.25), jaar('2024-2025', '2024-10-01', 0.308), jaar('2025-2026', '2025-10-01', 0.312)];
	it("the trend in the catalogue's decimals, as the tile and the first sentence: 0,31", () => {
		expect(vertelSchooljaar(reeks[2], reeks[1], reeks).at(-1)).toBe(
			'Het aantal thuiszitters per 1.000 leerlingen is van 1 okt 2023 tot 1 okt 2025 duidelijk gestegen: van 0,25 naar 0,31. Dat is ongunstig.'
		);
		expect(
			vertelPeildatum(
				{
					peildatum: '2025-10-01',
					thuiszitters: 6,
					langer_3_maanden: 0,
					thuiszitters_per_1000: 0.312,
					vrijstelling_5a: 0,
					vrijstelling_5b: 0,
					vrijstelling_5c: 0,
					vrijstelling_15: 0
				},
				0.308
			)[1]
		).toMatch(/^Op 1 oktober 2025 zaten 0,31 per 1\.000 leerlingen thuis\. /);
	});
	it('no trend across a value hidden from a school account', () => {
		const metVerborgen = [jaar('2022-2023', '2022-10-01', 0.3), reeks[0], jaar('2024-2025', '2024-10-01', 'verborgen'), reeks[2]];
		// Before, the hidden 2024-2025 was read as missing and skipped: "daalde eerst van 0,30 naar 0,25 en steeg daarna weer naar 0,31".
		expect(vertelSchooljaar(reeks[2], null, metVerborgen).filter((z) => z.startsWith('Het aantal thuiszitters per 1.000'))).toEqual([]);
	});
});

describe('vertelRedenen and vertelSchool', () => {
	it('names the most frequent reason of new meldingen, and the next', () => {
		expect(
			vertelRedenen([
				{ reden: 'psychisch', nieuw: 19 },
				{ reden: 'geen_passend_aanbod', nieuw: 15 },
				{ reden: 'onbekend', nieuw: 27 }
			])
		).toBe('Bij nieuwe meldingen is psychische problemen de vaakst genoemde reden (19 van 61), daarna geen passend aanbod (15).');
	});
	it('with a hidden count the total is not told (it would not add up), and 0 new meldingen is "geen"', () => {
		expect(
			vertelRedenen([
				{ reden: 'psychisch', nieuw: 19 },
				{ reden: 'overig', nieuw: '<5' }
			])
		).toBe('Bij nieuwe meldingen is psychische problemen de vaakst genoemde reden (19).');
		expect(vertelSchool('Basisschool Een', { schooljaar: '2025-2026', peildatum: '2025-10-01', thuiszitters: 0, langer_3_maanden: 0, nieuw: 0 })).toEqual([
			'Op 1 oktober 2025 zat geen enkele leerling bij Basisschool Een thuis.',
			'In schooljaar 2025-2026 kwamen er bij Basisschool Een geen nieuwe meldingen bij.'
		]);
	});
	it('a school hears "minder dan 5", never a number of 1–4 or a code', () => {
		expect(
			vertelSchool('Basisschool Een', { schooljaar: '2024-2025', peildatum: '2024-10-01', thuiszitters: '<5', langer_3_maanden: '<5', nieuw: '<5' })
		).toEqual([
			'Op 1 oktober 2024 zaten er bij Basisschool Een minder dan 5 ingeschreven leerlingen thuis (het precieze aantal toont de monitor een school niet).',
			'In schooljaar 2024-2025 kwamen er bij Basisschool Een minder dan 5 nieuwe meldingen bij.'
		]);
		expect(vertelSchool('Basisschool Een', { schooljaar: '2024-2025', peildatum: '2024-10-01', thuiszitters: 6, langer_3_maanden: 2, nieuw: 9 })[0]).toBe(
			'Op 1 oktober 2024 zaten bij Basisschool Een 6 leerlingen thuis.'
		);
	});
});
