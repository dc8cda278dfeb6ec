/**
 * The expertteam's sentences and signals in the words of the sector: a kring in PO, a regio in VO.
 *
 * Noord: formatie 200 uur, 40 geleverd = 20% benut while 50% of the schooljaar is over: 20 / 50 = 40% of
 * the tempo, under half. Zuid: 10 uur booked without formatie. A school without hours in Noord.
 */
import { describe, expect, it } from 'vitest';
import { sectorWoorden } from '../sector';
import { signalenExpertteam, vertelExpertteam, vertelExpertteamSchool } from './expertteam';

const rij = (kring: string | null, x: Partial<Parameters<typeof vertelExpertteam>[0][number]>) => ({
	kring,
	totaal: kring === null,
	formatie_uren: null,
	expertteam_uren: null,
	benutting_pct: null,
	aandeel_uren_pct: null,
	aandeel_leerlingen_pct: null,
	uren_vs_leerlingen: null,
	peildatum: '2026-01-31',
	peildatum_soort: 'laatste boeking',
	verstreken_pct: 50,
	tempo_pct: null,
	achter_op_tempo: false,
	uren_zonder_formatie: false,
	...x
});
const noord = (naam: string) => rij(naam, { formatie_uren: 200, expertteam_uren: 40, benutting_pct: 20, tempo_pct: 40, achter_op_tempo: true });
const zuid = (naam: string) => rij(naam, { expertteam_uren: 10, uren_zonder_formatie: true });
const school = (kring: string) => ({ naam: 'Het Lyceum', kring, geen_uren: true });
const PEIL = '(peildatum 31 januari 2026: de laatste boeking in de gegevens van dit schooljaar)';

describe('expertteam signals name a regio in VO and a kring in PO', () => {
	it('VO: behind its tempo, hours without formatie, a school without hours', () => {
		expect(signalenExpertteam([noord('Regio Noord'), zuid('Regio Zuid')], [school('Regio Noord')], sectorWoorden('vo')).map((s) => s.tekst)).toEqual([
			`Regio Noord heeft 20,0% van de uren gebruikt terwijl 50% van het schooljaar voorbij is: 40,0% van het tempo, minder dan de helft ${PEIL}.`,
			'Op Regio Zuid is 10,0 uur geboekt, maar de regio heeft geen formatie voor dit schooljaar.',
			'Het Lyceum (Regio Noord) kreeg dit schooljaar geen uren, terwijl de regio wel uren kreeg.'
		]);
	});
	it('PO (also when no words are given): the kring', () => {
		const tekst = signalenExpertteam([zuid('Kring Zuid')], [school('Kring Noord')]).map((s) => s.tekst);
		expect(tekst).toEqual([
			'Op Kring Zuid is 10,0 uur geboekt, maar de kring heeft geen formatie voor dit schooljaar.',
			'Het Lyceum (Kring Noord) kreeg dit schooljaar geen uren, terwijl de kring wel uren kreeg.'
		]);
		expect(signalenExpertteam([zuid('Kring Zuid')], [school('Kring Noord')], sectorWoorden('po')).map((s) => s.tekst)).toEqual(tekst);
	});
});

describe('expertteam sentences name a regio in VO and a kring in PO', () => {
	const swv = rij(null, { formatie_uren: 1600, expertteam_uren: 800, benutting_pct: 50 });
	it('none behind its tempo: "geen enkele regio" / "geen enkele kring"', () => {
		const ok = (naam: string) => rij(naam, { formatie_uren: 200, expertteam_uren: 100, benutting_pct: 50, tempo_pct: 100 });
		expect(vertelExpertteam([swv, ok('Regio Noord')], '2025-2026', null, sectorWoorden('vo')).at(-1)).toBe(
			'Geen enkele regio zit onder de helft van het tempo dat nodig is om de formatie op 31 juli te gebruiken.'
		);
		expect(vertelExpertteam([swv, ok('Kring Noord')], '2025-2026').at(-1)).toBe(
			'Geen enkele kring zit onder de helft van het tempo dat nodig is om de formatie op 31 juli te gebruiken.'
		);
	});
	it('eight behind: five named and "nog 3 andere regio’s" / "nog 3 andere kringen"', () => {
		const acht = (voor: string) => [swv, ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => noord(`${voor} ${i}`))];
		expect(vertelExpertteam(acht('Regio'), '2025-2026', null, sectorWoorden('vo')).at(-1)).toBe(
			'Regio 1, Regio 2, Regio 3, Regio 4, Regio 5 en nog 3 andere regio’s zitten onder de helft van het tempo dat nodig is om de formatie op 31 juli te gebruiken.'
		);
		expect(vertelExpertteam(acht('Kring'), '2025-2026').at(-1)).toBe(
			'Kring 1, Kring 2, Kring 3, Kring 4, Kring 5 en nog 3 andere kringen zitten onder de helft van het tempo dat nodig is om de formatie op 31 juli te gebruiken.'
		);
	});
	it('one school against its regio / kring: 0 uur while the regio had 12,5 uur per 100 leerlingen', () => {
		const nul = {
			schooljaar: '2025-2026',
			naam: 'Het Lyceum',
			expertteam_uren: 0,
			uren_per_100_leerlingen: 0,
			kring_uren_per_100_leerlingen: 12.5,
			swv_uren_per_100_leerlingen: 10
		};
		expect(vertelExpertteamSchool(nul, sectorWoorden('vo'))).toEqual([
			'Het Lyceum kreeg in 2025-2026 geen uren van het expertteam; de regio kreeg 12,5 uur per 100 leerlingen.'
		]);
		expect(vertelExpertteamSchool(nul)).toEqual(['Het Lyceum kreeg in 2025-2026 geen uren van het expertteam; de kring kreeg 12,5 uur per 100 leerlingen.']);
		// 15,0 against 12,5 is 20% more: "duidelijk hoger".
		const dertig = { ...nul, expertteam_uren: 30, uren_per_100_leerlingen: 15 };
		expect(vertelExpertteamSchool(dertig, sectorWoorden('vo'))).toEqual([
			'Het Lyceum kreeg in 2025-2026 30,0 uur van het expertteam: 15,0 uur per 100 leerlingen, duidelijk hoger dan de regio (12,5 uur). Het samenwerkingsverband als geheel kreeg 10,0 uur per 100 leerlingen.'
		]);
		expect(vertelExpertteamSchool(dertig)[0]).toContain('duidelijk hoger dan de kring (12,5 uur)');
	});
});
