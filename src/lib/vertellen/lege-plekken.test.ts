/**
 * A figure without a number never fills a value slot (issue 12, "Correct, plain Dutch"): found on a
 * database where only scholen and telling were loaded ("kosten samen geen gegevens", "de deelname so
 * geen gegevens", "geen gegevens met een so-TLV", "Toon alle 0 scholen"), and the same pattern for a
 * value hidden from a school account ("verborgen per 100 leerlingen"). Every expected sentence is written out.
 */
import { describe, expect, it } from 'vitest';
import { noemCijfers, toonAlle, vertelBudgetSchool, vertelExpertteamSchool, vertelLeerlingen, vertelProces } from '.';
import { somVan, vertelKosten } from './arrangementen';
import { vertelFinancien } from './financien';
import { vertelPeildatum, type Peil } from './thuiszitters';
import type { FinancienJarenRow } from '../rows.generated';

/** "€ 1.234" with the non-breaking space the formatter puts after €. */
const nb = (s: string) => s.replace(/€ /g, '€\u00a0');
const KORT = "het berust op minder dan 5 leerlingen, TLV's of arrangementen, of zou met de andere cijfers zo'n klein aantal verraden";

describe('noemCijfers: figures in value slots', () => {
	const feb = (so: number | null | 'verborgen') =>
		noemCijfers('Op 1 februari 2026 (de teldatum voor de bekostiging) was', [
			{ naam: 'de deelname sbo', waarde: 2.21, tekst: (v) => `de deelname sbo ${String(v).replace('.', ',')}%` },
			{ naam: 'de deelname so', waarde: so, tekst: (v) => `de deelname so ${String(v).replace('.', ',')}%` }
		]);
	it('both known: one sentence', () => {
		expect(feb(1.6)).toBe('Op 1 februari 2026 (de teldatum voor de bekostiging) was de deelname sbo 2,21% en de deelname so 1,6%.');
	});
	it('never "en de deelname so geen gegevens": the missing one is said apart', () => {
		expect(feb(null)).toBe('Op 1 februari 2026 (de teldatum voor de bekostiging) was de deelname sbo 2,21%. Voor de deelname so zijn geen gegevens.');
	});
	it('a hidden one is named as hidden, never "de deelname so verborgen"', () => {
		expect(feb('verborgen')).toBe(
			`Op 1 februari 2026 (de teldatum voor de bekostiging) was de deelname sbo 2,21%. Het cijfer voor de deelname so is verborgen: ${KORT}.`
		);
	});
	it('none known: nothing to tell (null), or said in words when asked', () => {
		expect(noemCijfers('Het was', [{ naam: 'het cijfer', waarde: null, tekst: String }])).toBeNull();
		expect(noemCijfers('Het was', [{ naam: 'het cijfer', waarde: null, tekst: String }], { ookZonder: true })).toBe('Voor het cijfer zijn geen gegevens.');
	});
});

describe('the pupils on a teldatum', () => {
	it('18.811 bao, 435 sbo and 212 so-TLV in one list', () => {
		expect(vertelLeerlingen('Cijfers op de teldatum 1 oktober 2025', { leerlingen_bao: 18811, leerlingen_sbo: 435, leerlingen_so: 212 })).toBe(
			'Cijfers op de teldatum 1 oktober 2025: 18.811 leerlingen bao, 435 sbo en 212 met een so-TLV.'
		);
	});
	it('no TLV loaded: never "geen gegevens met een so-TLV"', () => {
		expect(
			vertelLeerlingen('Op de teldatum 1 oktober 2025', { leerlingen_bao: 18811, leerlingen_sbo: 435, leerlingen_so: null }, ' (van de gekozen scholen)')
		).toBe(
			'Op de teldatum 1 oktober 2025: 18.811 leerlingen bao en 435 sbo (van de gekozen scholen). Voor het aantal leerlingen met een so-TLV zijn geen gegevens.'
		);
	});
});

describe('the costs of the arrangementen', () => {
	it('a sum: "kosten samen € 1.234.567"', () => {
		expect(vertelKosten('2025-2026', 1234567)).toBe(nb('De arrangementen die in 2025-2026 startten, kosten samen € 1.234.567.'));
	});
	it('nothing loaded: never "kosten samen geen gegevens"', () => {
		expect(vertelKosten('2025-2026', null)).toBe('Voor de kosten van de arrangementen die in 2025-2026 startten zijn geen gegevens.');
	});
	it('a sum of rows: missing rows are no € 0, a hidden row hides the sum', () => {
		expect(somVan([1000, null, 250.5])).toBe(1250.5);
		expect(somVan([null, null])).toBeNull();
		expect(somVan([1000, 'verborgen'])).toBe('verborgen');
		expect(vertelKosten('2025-2026', somVan([1000, 'verborgen']))).toBe(
			`Het cijfer voor de kosten van de arrangementen die in 2025-2026 startten is verborgen: ${KORT}.`
		);
	});
});

describe('a folded list of schools', () => {
	it('"Toon alle 86 scholen", "Toon de school", and no fold for none', () => {
		expect(toonAlle(86, 'school', 'scholen')).toBe('Toon alle 86 scholen');
		expect(toonAlle(1, 'school', 'scholen')).toBe('Toon de school');
		expect(toonAlle(0, 'school', 'scholen')).toBeNull();
	});
});

describe('hidden or missing values in the area sentences', () => {
	it('arrangementen: a hidden share is left out, never "startte verborgen van de arrangementen"', () => {
		expect(vertelProces({ schooljaar: '2025-2026', start_binnen_2_weken_pct: 'verborgen', evaluatie_op_tijd_pct: 60 })).toBe(
			'In 2025-2026 werd 60,0% van de arrangementen binnen 13 weken geëvalueerd.'
		);
	});
	it('expertteam, one school: a hidden rate is named after the sentence, never "verborgen per 100 leerlingen"', () => {
		expect(
			vertelExpertteamSchool({
				schooljaar: '2025-2026',
				naam: 'School X',
				expertteam_uren: 12,
				uren_per_100_leerlingen: 'verborgen',
				kring_uren_per_100_leerlingen: 18.1,
				swv_uren_per_100_leerlingen: 'verborgen'
			})
		).toEqual([
			`School X kreeg in 2025-2026 12,0 uur van het expertteam; de kring kreeg 18,1 uur per 100 leerlingen. Het cijfer per 100 leerlingen voor deze school en het samenwerkingsverband is verborgen voor een schoolaccount.`
		]);
		expect(
			vertelExpertteamSchool({
				schooljaar: '2025-2026',
				naam: 'School X',
				expertteam_uren: null,
				uren_per_100_leerlingen: null,
				kring_uren_per_100_leerlingen: null,
				swv_uren_per_100_leerlingen: null
			})
		).toEqual(['Over de uren van het expertteam bij School X in 2025-2026 zijn geen gegevens.']);
	});
	it('budget, one school: allocated € 40.000 and no spending loaded, never "besteedde geen gegevens"', () => {
		expect(
			vertelBudgetSchool(
				{
					schooljaar: '2025-2026',
					naam: 'School X',
					budget_toegekend: 40000,
					budget_besteed: null,
					uitputting_pct: null,
					saldo: null,
					kring_uitputting_pct: null,
					swv_uitputting_pct: null
				},
				null
			)
		).toEqual([nb('School X kreeg in 2025-2026 € 40.000 schoolbudget toegekend. Over de besteding zijn geen gegevens.')]);
	});
	it('financien: a begroting of 0 leaves the realisatie out, never "uit op geen gegevens van de begroting"', () => {
		const j = {
			jaar: 2025,
			baten: 8_400_000,
			lasten: 8_100_000,
			resultaat: 300_000,
			begroting_lasten: 0,
			begroot_resultaat: 980_000,
			realisatie_lasten_pct: null,
			eigen_vermogen: null,
			signaleringswaarde: null,
			reserve_boven_signalering: null
		} as unknown as FinancienJarenRow;
		expect(vertelFinancien(j, null)[1]).toBe(nb('Begroot was een overschot van € 980.000.'));
	});
	it('thuiszitters: a hidden count of vrijstellingen reads "minder dan 5", never "<5 van 5a"', () => {
		const peil: Peil = {
			peildatum: '2025-10-01',
			thuiszitters: 0,
			langer_3_maanden: 0,
			thuiszitters_per_1000: 0,
			vrijstelling_5a: '<5',
			vrijstelling_5b: 12,
			vrijstelling_5c: 0,
			vrijstelling_15: 0
		};
		expect(vertelPeildatum(peil, null)).toContain(
			'Daarnaast liepen er vrijstellingen (minder dan 5 van 5a en 12 van 5b); die tellen niet mee als thuiszitter.'
		);
	});
});
