/**
 * Correct, plain Dutch in the generated sentences: one test per defect found on the pages
 * (issue 12, "Correct, plain Dutch"). Every expected sentence is written out in full.
 */
import { describe, expect, it } from 'vitest';
import { vertelBudget, vertelDoorlooptijd, vertelExpertteamSchool, vertelFiguur, vertelPositie, vertelTlvs, vertelUitschieter, vertelSpreiding } from '.';
import { METRICS } from '../metrics';

const VERBORGEN =
	"het cijfer berust op een aantal van 1 tot 4 (leerlingen, TLV's of arrangementen), en zulke kleine aantallen toont de monitor aan een schoolaccount niet";

describe('a unit is said once', () => {
	it('"9,4 verwijzingen per 1.000 leerlingen", never "9,4 per 1000 leerlingen verwijzingen per 1.000 leerlingen"', () => {
		expect(vertelPositie('verwijzingen_per_1000', 'in Kring Noord', 9.4, null, null, [{ value: 9.9, label: 'in het samenwerkingsverband' }])).toBe(
			'In Kring Noord waren er 9,4 verwijzingen per 1.000 leerlingen, tegen 9,9 in het samenwerkingsverband.'
		);
	});
});

describe('1.000, not 1000', () => {
	it('writes the thousands dot in "per 1.000 leerlingen"', () => {
		expect(
			vertelUitschieter(
				'verwijzingen_per_1000',
				[
					{ naam: 'Kring Oost', value: 17.6 },
					{ naam: 'Kring Noord', value: 9.4 }
				],
				9.9,
				'verwijst'
			)
		).toBe('Kring Oost verwijst het meest: 17,6 per 1.000 leerlingen, tegen 9,9 gemiddeld.');
		expect(vertelSpreiding('verwijzingen_per_1000', 3.8, 7.8, 15.1)).toBe(
			'De middelste helft van de scholen zit tussen 3,8 en 15,1 per 1.000 leerlingen (mediaan 7,8).'
		);
	});
	it('no label, definition or phrase in the catalogue says "1000" or "TLVs"', () => {
		for (const m of Object.values(METRICS)) {
			const words = [m.label, m.definition, 'phrase' in m ? m.phrase : '', 'onderwerp' in m ? m.onderwerp : ''].join(' | ');
			expect(words, m.id).not.toMatch(/(?<![\d.])1000(?!\d)|\bTLVs\b/);
		}
	});
});

describe('one is singular', () => {
	it('"was er 1 verwijzing", "startte 1 arrangement", "bereikte het expertteam 1 leerling"', () => {
		expect(vertelFiguur('verwijzingen', 1, '2025-2026', [])).toBe(
			'In schooljaar 2025-2026 was er 1 verwijzing (een TLV-besluit met een herkomstschool in het samenwerkingsverband).'
		);
		expect(vertelFiguur('verwijzingen', 1, '2025-2026', [], { wie: 'in Kring Noord' })).toBe(
			'In schooljaar 2025-2026 was er in Kring Noord 1 verwijzing (een TLV-besluit met een herkomstschool in het samenwerkingsverband).'
		);
		expect(vertelFiguur('verwijzingen', 2, '2025-2026', [])).toBe(
			'In schooljaar 2025-2026 waren er 2 verwijzingen (TLV-besluiten met een herkomstschool in het samenwerkingsverband).'
		);
		expect(vertelFiguur('arrangementen_gestart', 1, '2025-2026', [])).toBe('In schooljaar 2025-2026 startte 1 arrangement.');
		expect(vertelFiguur('bereik', 1, '2025-2026', [])).toBe('In schooljaar 2025-2026 bereikte het expertteam 1 leerling.');
	});
	it('"kwam er 1 TLV", "1 TLV zonder aanvraagdatum telt niet mee", and 261 TLV\'s', () => {
		expect(vertelTlvs('2025-2026', 'Kring Noord', 1, 0, null)).toBe(
			'In 2025-2026 kwam er 1 TLV voor leerlingen van de scholen in Kring Noord (een verwijzing): 1 voor het sbo en 0 voor het so.'
		);
		expect(vertelTlvs('2025-2026', 'het samenwerkingsverband', 110, 151, 263)).toBe(
			"In 2025-2026 kwamen er 261 TLV's voor leerlingen van de scholen in het samenwerkingsverband (verwijzingen): 110 voor het sbo en 151 voor het so (vorig schooljaar 263)."
		);
		expect(vertelDoorlooptijd(1, 1, 1, 1)).toBe(
			"De helft van de TLV's was binnen 1 dag na de aanvraag besloten (P25 1, P75 1 dag). 1 TLV zonder aanvraagdatum telt niet mee."
		);
	});
});

describe('word order: the verb second', () => {
	it('"In schooljaar 2025-2026 startte 73,6% van de arrangementen …", the subject after its verb', () => {
		expect(vertelFiguur('start_binnen_2_weken_pct', 73.6, '2025-2026', [])).toBe(
			'In schooljaar 2025-2026 startte 73,6% van de arrangementen binnen 2 weken na het MDO.'
		);
	});
	it('a place comes after the subject "het expertteam": "werkte het expertteam bij Basisschool Een 37 uur"', () => {
		expect(vertelFiguur('expertteam_uren', 37, '2025-2026', [], { wie: 'bij Basisschool Een' })).toBe(
			'In schooljaar 2025-2026 werkte het expertteam bij Basisschool Een 37,0 uur.'
		);
	});
});

describe('article and agreement', () => {
	it('"is het aantal verwijzingen per 1.000 leerlingen verborgen", not "is de verwijzingen … verborgen"', () => {
		expect(vertelPositie('verwijzingen_per_1000', 'deze school', '<5', 5, 12, [])).toBe(
			`Voor deze school is het aantal verwijzingen per 1.000 leerlingen verborgen: ${VERBORGEN}.`
		);
		// "verborgen", as on the school page and in its jaarverslag alike: perhaps a count that would give one of 1–4 away.
		expect(vertelPositie('verwijzingen_per_1000', 'deze school', 'verborgen', 5, 12, [])).toBe(
			"Voor deze school is het aantal verwijzingen per 1.000 leerlingen verborgen: het cijfer berust op een aantal van 1 tot 4 (leerlingen, TLV's of arrangementen) of zou met de andere cijfers zo'n aantal verraden, en zulke kleine aantallen toont de monitor aan een schoolaccount niet."
		);
		expect(vertelFiguur('verwijzingen', '<5', '2025-2026', [], { wie: 'bij Basisschool Een' })).toBe(
			`In schooljaar 2025-2026 is het aantal verwijzingen bij Basisschool Een verborgen: ${VERBORGEN}.`
		);
	});
});

describe('a missing value makes a sentence, not a template with "geen gegevens" pasted in', () => {
	it('"geen gegevens over het toegekende schoolbudget", not "geen gegevens voor toegekend"', () => {
		expect(vertelFiguur('budget_toegekend', null, '2025-2026', [])).toBe('In schooljaar 2025-2026 zijn er geen gegevens over het toegekende schoolbudget.');
		expect(vertelFiguur('deelname_sbo_pct', null, '2024-10-01', [], { wie: 'in Kring Zuid' })).toBe(
			'Op 1 oktober 2024 zijn er geen gegevens over de deelname sbo in Kring Zuid.'
		);
		expect(vertelPositie('verwijzingen_per_1000', 'deze school', null, 1, 2, [])).toBe(
			'Voor deze school zijn er geen gegevens over het aantal verwijzingen per 1.000 leerlingen.'
		);
	});
	it('a missing national figure: "Voor heel Nederland zijn geen gegevens", not "Voor landelijk"', () => {
		expect(vertelFiguur('deelname_so_pct', 1.9, '2025-10-01', [{ value: null, label: 'landelijk' }])).toBe(
			'Op 1 oktober 2025 had 1,90% van de leerlingen een so-TLV. Voor heel Nederland zijn geen gegevens.'
		);
	});
	it("a school's expertteam hours without kring or SWV figure leave those out", () => {
		const zin = vertelExpertteamSchool({
			schooljaar: '2025-2026',
			naam: 'School X',
			expertteam_uren: 12,
			uren_per_100_leerlingen: 20,
			kring_uren_per_100_leerlingen: null,
			swv_uren_per_100_leerlingen: null
		})[0];
		expect(zin).toBe('School X kreeg in 2025-2026 12,0 uur van het expertteam: 20,0 uur per 100 leerlingen.');
		expect(
			vertelExpertteamSchool({
				schooljaar: '2025-2026',
				naam: 'School X',
				expertteam_uren: 0,
				uren_per_100_leerlingen: 0,
				kring_uren_per_100_leerlingen: null,
				swv_uren_per_100_leerlingen: null
			})[0]
		).toBe('School X kreeg in 2025-2026 geen uren van het expertteam.');
		const metKring = vertelExpertteamSchool({
			schooljaar: '2025-2026',
			naam: 'School X',
			expertteam_uren: 12,
			uren_per_100_leerlingen: 20,
			kring_uren_per_100_leerlingen: 18.1,
			swv_uren_per_100_leerlingen: 38.1
		})[0];
		expect(metKring).toBe(
			'School X kreeg in 2025-2026 12,0 uur van het expertteam: 20,0 uur per 100 leerlingen, duidelijk hoger dan de kring (18,1 uur). Het samenwerkingsverband als geheel kreeg 38,1 uur per 100 leerlingen.'
		);
	});
});

describe('amounts', () => {
	it('"€" is bound to its amount by a non-breaking space in every sentence', () => {
		const zinnen = vertelBudget(
			{
				schooljaar: '2024-2025',
				budget_toegekend: 10000,
				budget_besteed: 5000,
				uitputting_pct: 50,
				saldo: 5000,
				kosten_per_ondersteunde_leerling: 250,
				scholen_onderbesteding: 1,
				scholen_overbesteding: 0
			},
			null
		);
		expect(zinnen.join(' ')).toContain('€\u00a05.000 van €\u00a010.000');
		expect(zinnen.join(' ')).not.toMatch(/€(?!\u00a0)/);
		expect(zinnen.join(' ')).toContain('1 school besteedde minder dan 70% van het budget en 0 scholen meer dan 110%.');
	});
});
