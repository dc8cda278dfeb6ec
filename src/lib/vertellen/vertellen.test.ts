/**
 * The sentence rules, sentence by sentence. Every row is a figure a person can check by hand and the
 * exact Dutch the monitor writes for it.
 */
import { describe, expect, it } from 'vitest';
import {
	bereikOverlapt,
	verschil,
	vertelUitschieter,
	vertelVerandering,
	compareWords,
	differenceSize,
	noemNl,
	vertelExpertteamSchool,
	vertelFiguur,
	vertelPositie,
	vertelVerborgen,
	vertelTrend,
	vertelReeks,
	vertelRang,
	vertelGeenWaarde,
	vertel,
	oordeel,
	telwoord
} from '.';
import { onderwerp } from './taal';
import { METRICS, metric } from '../metrics';

describe('wording follows the size of the difference', () => {
	it.each([
		[2.0, 2.0, 'gelijk aan'],
		[2.03, 2.0, 'gelijk aan'],
		[1.96, 2.0, 'gelijk aan'],
		[2.1, 2.0, 'iets hoger dan'],
		[1.9, 2.0, 'iets lager dan'],
		[2.5, 2.0, 'duidelijk hoger dan'],
		[1.2, 2.0, 'duidelijk lager dan']
	])('%d%% against %d%% is "%s"', (v, ref, words) => {
		expect(compareWords(v, ref, 'pct')).toBe(words);
	});
	it.each([
		[101, 100, 'gelijk'],
		[105, 100, 'iets'],
		[95, 100, 'iets'],
		[150, 100, 'duidelijk'],
		[0, 0, 'gelijk']
	] as const)('count %d against %d is "%s" (relative)', (v, ref, size) => {
		expect(differenceSize(v, ref, 'count')).toBe(size);
	});
});

describe('direction: gunstiger/ongunstiger only where the catalogue gives one', () => {
	it.each([
		['deelname_sbo_pct', 1.8, 2.0, 'gunstiger'], // lower is better
		['deelname_sbo_pct', 2.5, 2.0, 'ongunstiger'],
		['deelname_sbo_pct', 2.02, 2.0, null], // equal: no verdict
		['start_binnen_2_weken_pct', 80, 70, 'gunstiger'], // higher is better
		['start_binnen_2_weken_pct', 60, 70, 'ongunstiger'],
		['rugzak_pct', 1.5, 1.0, null], // no direction in the catalogue
		['verwijzingen', 150, 100, null]
	] as const)('%s %d against %d: %s', (id, v, ref, expected) => {
		expect(oordeel(id, v, ref)).toBe(expected);
	});
});

describe('vertelFiguur: the figure with its comparisons', () => {
	it.each([
		{
			name: 'last year and the country, lower is better',
			args: [
				'deelname_sbo_pct',
				1.8,
				'2024-10-01',
				[
					{ value: 2.0, label: 'vorig jaar' },
					{ value: 2.5, label: 'landelijk', note: 'in 2021' }
				]
			],
			zin: 'Op 1 oktober 2024 zat 1,80% van de leerlingen op het sbo. Dat is iets lager en dus gunstiger dan vorig jaar (2,00%) en duidelijk lager en dus gunstiger dan landelijk (2,50% in 2021).'
		},
		{
			name: 'equal values',
			args: ['deelname_sbo_pct', 2.0, '2024-10-01', [{ value: 2.0, label: 'vorig jaar' }]],
			zin: 'Op 1 oktober 2024 zat 2,00% van de leerlingen op het sbo. Dat is gelijk aan vorig jaar (2,00%).'
		},
		{
			// Issue 12: a deelname has two decimals on every page (the catalogue's), so 2,26% is never 2,3% elsewhere.
			name: "two decimals, the figure's own, whatever it is compared with",
			args: ['deelname_sbo_pct', 2.26, '2025-10-01', [{ value: 2.32, label: 'vorig jaar' }]],
			zin: 'Op 1 oktober 2025 zat 2,26% van de leerlingen op het sbo. Dat is iets lager en dus gunstiger dan vorig jaar (2,32%).'
		},
		{
			name: 'missing previous year',
			args: ['deelname_so_pct', 1.5, '2020-10-01', [{ value: null, label: 'vorig jaar' }]],
			zin: 'Op 1 oktober 2020 had 1,50% van de leerlingen een so-TLV. Voor vorig jaar zijn geen gegevens.'
		},
		{
			// Issue 12: a figure with another definition is shown with its label and year, never compared.
			name: 'a national figure with another definition is shown labelled, with no verdict and no hoger/lager',
			args: [
				'deelname_so_pct',
				2.0,
				'2024-10-01',
				[
					{ value: 1.9, label: 'vorig jaar' },
					{ value: 1.6, label: 'landelijk', note: 'in 2021, gemeten over alle po-leerlingen, ook so', andereDefinitie: true }
				]
			],
			zin: 'Op 1 oktober 2024 had 2,00% van de leerlingen een so-TLV. Dat is iets hoger en dus ongunstiger dan vorig jaar (1,90%). Landelijk: 1,60% (in 2021, gemeten over alle po-leerlingen, ook so); dat cijfer is anders gemeten en daarom niet vergeleken.'
		},
		{
			name: 'no direction in the catalogue: no verdict',
			args: ['rugzak_pct', 1.2, '2024-10-01', [{ value: 1.0, label: 'vorig jaar' }]],
			zin: 'Op 1 oktober 2024 had 1,20% van de leerlingen een rugzak of individueel arrangement op een basisschool. Dat is duidelijk hoger dan vorig jaar (1,00%).'
		},
		{
			name: 'higher is better, per schooljaar, kring and SWV',
			args: [
				'start_binnen_2_weken_pct',
				85,
				'2024-2025',
				[
					{ value: 70, label: 'vorig jaar' },
					{ value: 85, label: 'het samenwerkingsverband' }
				],
				{ wie: 'in Kring Noord' }
			],
			zin: 'In schooljaar 2024-2025 startte in Kring Noord 85,0% van de arrangementen binnen 2 weken na het MDO. Dat is duidelijk hoger en dus gunstiger dan vorig jaar (70,0%) en gelijk aan het samenwerkingsverband (85,0%).'
		},
		{
			name: 'a count per schooljaar, both comparisons missing',
			args: [
				'verwijzingen',
				120,
				'2024-2025',
				[
					{ value: null, label: 'vorig jaar' },
					{ value: null, label: 'de kring' }
				]
			],
			zin: 'In schooljaar 2024-2025 waren er 120 verwijzingen (TLV-besluiten met een herkomstschool in het samenwerkingsverband). Voor vorig jaar en de kring zijn geen gegevens.'
		},
		{
			name: 'the subject comes after "er"',
			args: ['verwijzingen', 19, '2024-2025', [{ value: 37, label: 'vorig jaar' }], { wie: 'in Kring Noord' }],
			zin: 'In schooljaar 2024-2025 waren er in Kring Noord 19 verwijzingen (TLV-besluiten met een herkomstschool in het samenwerkingsverband). Dat is duidelijk lager dan vorig jaar (37).'
		},
		{
			name: 'equal by the rules but shown differently: "vrijwel gelijk"',
			args: ['verwijzingen', 263, '2024-2025', [{ value: 266, label: 'vorig jaar' }]],
			zin: 'In schooljaar 2024-2025 waren er 263 verwijzingen (TLV-besluiten met een herkomstschool in het samenwerkingsverband). Dat is vrijwel gelijk aan vorig jaar (266).'
		},
		{
			name: 'the figure itself missing',
			args: ['deelname_sbo_pct', null, '2024-10-01', []],
			zin: 'Op 1 oktober 2024 zijn er geen gegevens over de deelname sbo.'
		},
		{
			name: 'zero denominator is said in words, never 0%',
			args: ['deelname_sbo_pct', null, '2024-10-01', [{ value: 2.0, label: 'vorig jaar' }], { wie: 'in Kring Zuid', noemer: 0 }],
			zin: 'Op 1 oktober 2024 is de deelname sbo in Kring Zuid niet te berekenen: het aantal leerlingen is 0.'
		}
	] as { name: string; args: Parameters<typeof vertelFiguur>; zin: string }[])('$name', ({ args, zin }) => {
		expect(vertelFiguur(...args)).toBe(zin);
	});

	it('a value hidden for privacy says so, without a number', () => {
		expect(vertelVerborgen('leerlingen_so', '2024-10-01', { wie: 'bij Basisschool Een', hoe: '<5' })).toBe(
			"Op 1 oktober 2024 is het aantal leerlingen met so-TLV bij Basisschool Een verborgen: het cijfer berust op een aantal van 1 tot 4 (leerlingen, TLV's of arrangementen), en zulke kleine aantallen toont de monitor aan een schoolaccount niet."
		);
	});
	it('a figure as a subject keeps its abbreviations and takes "het aantal" for a count', () => {
		expect(onderwerp(metric('tlv_sbo'))).toBe("het aantal TLV's sbo");
		expect(onderwerp(metric('leerlingen_so'))).toBe('het aantal leerlingen met so-TLV');
		expect(onderwerp(metric('deelname_sbo_pct'))).toBe('de deelname sbo');
		expect(onderwerp(metric('doorlooptijd_tlv'))).toBe('de doorlooptijd TLV');
		expect(onderwerp(metric('saldo'))).toBe('het saldo');
		for (const m of Object.values(METRICS)) {
			expect(onderwerp(m), m.id).not.toMatch(/tlv|vso-tlv|\bde (op|saldo|aandeel|aanvragen)\b/);
			expect(onderwerp(m), m.id).toMatch(/^(de|het|het aantal) /);
		}
	});
	it('"verborgen" (a rate over a small count, or a count that would give one away with the others) never claims to be 1 to 4 itself', () => {
		// A count hidden by complementary suppression may be 37: "berust op een aantal van 1 tot 4" alone would be untrue.
		expect(vertelVerborgen('deelname_so_pct', '2024-10-01', { wie: 'bij Basisschool Een', hoe: 'verborgen' })).toBe(
			"Op 1 oktober 2024 is de deelname so bij Basisschool Een verborgen: het cijfer berust op een aantal van 1 tot 4 (leerlingen, TLV's of arrangementen) of zou met de andere cijfers zo'n aantal verraden, en zulke kleine aantallen toont de monitor aan een schoolaccount niet."
		);
		expect(vertelFiguur('deelname_so_pct', 'verborgen', '2024-10-01', [])).toContain('of zou met de andere cijfers zo');
		expect(vertelFiguur('deelname_so_pct', '<5', '2024-10-01', [])).not.toContain('verraden');
	});
	it('a zero denominator names what is 0 when it is not pupils', () => {
		expect(vertelGeenWaarde('benutting_pct', '2024-2025', { wie: 'in Kring Oost', noemer: 0, noemerLabel: 'de toegekende formatie' })).toBe(
			'In schooljaar 2024-2025 is de benutting van de formatie in Kring Oost niet te berekenen: de toegekende formatie is 0.'
		);
	});
});

describe('trend over three points', () => {
	it.each([
		{
			name: 'a clear rise of a lower-is-better figure',
			id: 'deelname_so_pct',
			reeks: [
				['2022-10-01', 1.5],
				['2023-10-01', 1.63],
				['2024-10-01', 1.9]
			],
			zin: 'De deelname so is van 1 okt 2022 tot 1 okt 2024 duidelijk gestegen: van 1,50% naar 1,90%. Dat is ongunstig.'
		},
		{
			name: 'a small fall, only the last three points count',
			id: 'deelname_sbo_pct',
			reeks: [
				['2021-10-01', 3.0],
				['2022-10-01', 2.45],
				['2023-10-01', 2.4],
				['2024-10-01', 2.32]
			],
			zin: 'De deelname sbo is van 1 okt 2022 tot 1 okt 2024 iets gedaald: van 2,45% naar 2,32%. Dat is gunstig.'
		},
		{
			// Issue 12: this said "bleef gelijk (2,32%)" while it started at 2,30% and peaked at 2,40%.
			name: 'a peak between two nearly equal ends is told, not hidden',
			id: 'deelname_sbo_pct',
			reeks: [
				['2022-10-01', 2.3],
				['2023-10-01', 2.4],
				['2024-10-01', 2.32]
			],
			zin: 'De deelname sbo steeg van 1 okt 2022 tot 1 okt 2024 eerst van 2,30% naar 2,40% en daalde daarna weer naar 2,32%. Per saldo bleef het ongeveer gelijk.'
		},
		{
			name: 'a dip, then a clear rise: both told, with the verdict on start against end',
			id: 'deelname_so_pct',
			reeks: [
				['2022-10-01', 1.5],
				['2023-10-01', 1.3],
				['2024-10-01', 1.9]
			],
			zin: 'De deelname so daalde van 1 okt 2022 tot 1 okt 2024 eerst van 1,50% naar 1,30% en steeg daarna weer naar 1,90%. Dat is ongunstig.'
		},
		{
			name: 'nearly equal with a start that differs: the digits are named, not "gelijk"',
			id: 'deelname_sbo_pct',
			reeks: [
				['2022-10-01', 2.3],
				['2023-10-01', 2.31],
				['2024-10-01', 2.32]
			],
			zin: 'De deelname sbo bleef van 1 okt 2022 tot 1 okt 2024 ongeveer gelijk: 2,30%, 2,31% en 2,32%.'
		},
		{
			name: 'stable: the same digits three times',
			id: 'deelname_sbo_pct',
			reeks: [
				['2022-10-01', 2.3],
				['2023-10-01', 2.3],
				['2024-10-01', 2.3]
			],
			zin: 'De deelname sbo bleef van 1 okt 2022 tot 1 okt 2024 gelijk (2,30%).'
		},
		{
			name: 'schooljaren, no direction',
			id: 'verwijzingen',
			reeks: [
				['2022-2023', 140],
				['2023-2024', 120],
				['2024-2025', 100]
			],
			zin: 'Het aantal verwijzingen is van 2022-2023 tot 2024-2025 duidelijk gedaald: van 140 naar 100.'
		},
		{
			name: 'a missing year is skipped, not read as 0',
			id: 'start_binnen_2_weken_pct',
			reeks: [
				['2021-2022', 60],
				['2022-2023', null],
				['2023-2024', 70],
				['2024-2025', 80]
			],
			zin: 'Het aandeel arrangementen met een start binnen 2 weken is van 2021-2022 tot 2024-2025 duidelijk gestegen: van 60,0% naar 80,0%. Dat is gunstig.'
		}
	] as { name: string; id: string; reeks: [string, number | null][]; zin: string }[])('$name', ({ id, reeks, zin }) => {
		expect(
			vertelReeks(
				id,
				reeks.map(([wanneer, value]) => ({ wanneer, value }))
			)
		).toBe(zin);
	});

	it('a dip in a rise is told: 0,63% → 0,59% → 0,71% is no plain "duidelijk gestegen"', () => {
		// 0,71 − 0,63 = 0,08 procentpunt, 13% of 0,63: duidelijk gestegen; 0,59 lies below both ends.
		expect(
			vertelReeks('rugzak_pct', [
				{ wanneer: '2023-10-01', value: 0.63 },
				{ wanneer: '2024-10-01', value: 0.59 },
				{ wanneer: '2025-10-01', value: 0.71 }
			])
		).toBe(
			'Het aandeel leerlingen met een rugzak of arrangement is van 1 okt 2023 tot 1 okt 2025 duidelijk gestegen: van 0,63% naar 0,71%, na een daling tot 0,59% op 1 okt 2024.'
		);
		// A rise in a fall, over schooljaren: 140 → 145 → 100.
		expect(
			vertelReeks('verwijzingen', [
				{ wanneer: '2022-2023', value: 140 },
				{ wanneer: '2023-2024', value: 142 },
				{ wanneer: '2024-2025', value: 100 }
			])
		).toBe('Het aantal verwijzingen is van 2022-2023 tot 2024-2025 duidelijk gedaald: van 140 naar 100, na een stijging tot 142 in 2023-2024.');
	});
	it('a top beyond the end is told: 100 → 130 → 128 verwijzingen', () => {
		// 128 against 130 is 1,5% (gelijk by the rules), so no "daalde daarna weer"; the 130 is still named.
		expect(
			vertelReeks('verwijzingen', [
				{ wanneer: '2022-2023', value: 100 },
				{ wanneer: '2023-2024', value: 130 },
				{ wanneer: '2024-2025', value: 128 }
			])
		).toBe('Het aantal verwijzingen is van 2022-2023 tot 2024-2025 duidelijk gestegen: van 100 naar 128, met een hoogste stand van 130 in 2023-2024.');
	});
	it('needs three known values', () => {
		expect(vertelTrend('deelname_so_pct', [{ teldatum: '2024-10-01', value: 1.9 }])).toBeNull();
		expect(
			vertelReeks('verwijzingen', [
				{ wanneer: '2023-2024', value: 1 },
				{ wanneer: '2024-2025', value: null },
				{ wanneer: '2022-2023', value: 4 }
			])
		).toBeNull();
	});
	it('no trend across a value hidden from a school account: it exists, so the figure did not "blijven gelijk"', () => {
		// Audit of issue 12, the demo's Basisschool De Vuurvogel (school account, jaarverslag 2024-2025):
		// 0 of 76, 0 of 74, 1 of 73 (1,37%, shown "verborgen") and 0 of 72 pupils with a sbo-TLV on
		// 1 oktober 2021–2024. The sentence said "bleef van 1 okt 2021 tot 1 okt 2024 gelijk (0,0%)".
		const reeks = [
			{ wanneer: '2021-10-01', value: 0 },
			{ wanneer: '2022-10-01', value: 0 },
			{ wanneer: '2023-10-01', value: 'verborgen' as const },
			{ wanneer: '2024-10-01', value: 0 }
		];
		expect(vertelReeks('deelname_sbo_tlv_pct', reeks)).toBeNull();
		// Nor when the newest point is the hidden one.
		expect(
			vertelReeks('deelname_sbo_tlv_pct', [...reeks.slice(0, 2), { wanneer: '2023-10-01', value: 0 }, { wanneer: '2024-10-01', value: '<5' as const }])
		).toBeNull();
		// Three known points after the hidden one are told as before.
		expect(vertelReeks('deelname_sbo_tlv_pct', [...reeks, { wanneer: '2025-10-01', value: 0 }, { wanneer: '2026-10-01', value: 0 }])).toBe(
			'Het aandeel leerlingen met een sbo-TLV bleef van 1 okt 2024 tot 1 okt 2026 gelijk (0,00%).'
		);
	});
	it('vertelTrend (teldata) still answers for existing callers', () => {
		expect(
			vertelTrend('deelname_so_pct', [
				{ teldatum: '2022-10-01', value: 1.5 },
				{ teldatum: '2023-10-01', value: 1.63 },
				{ teldatum: '2024-10-01', value: 1.9 }
			])
		).toBe('De deelname so is van 1 okt 2022 tot 1 okt 2024 duidelijk gestegen: van 1,50% naar 1,90%. Dat is ongunstig.');
	});
});

describe('ranks among the kringen', () => {
	const kringen = (values: number[]) => values.map((value, i) => ({ naam: `Kring ${'ABCDEFGH'[i]}`, value }));
	it.each([
		{
			name: 'highest of eight, lower is better',
			id: 'deelname_sbo_pct',
			naam: 'Kring A',
			peers: kringen([3.1, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6]),
			zin: 'De deelname sbo van Kring A (3,10%) is het hoogste, en dus het minst gunstige, van de acht kringen.'
		},
		{
			name: 'lowest of eight',
			id: 'deelname_sbo_pct',
			naam: 'Kring B',
			peers: kringen([3.1, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6]),
			zin: 'De deelname sbo van Kring B (2,00%) is het laagste, en dus het gunstigste, van de acht kringen.'
		},
		{
			name: 'second highest',
			id: 'deelname_sbo_pct',
			naam: 'Kring H',
			peers: kringen([3.1, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6]),
			zin: 'De deelname sbo van Kring H (2,60%) is het op één na hoogste van de acht kringen.'
		},
		{
			name: 'second lowest',
			id: 'deelname_sbo_pct',
			naam: 'Kring C',
			peers: kringen([3.1, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6]),
			zin: 'De deelname sbo van Kring C (2,10%) is het op één na laagste van de acht kringen.'
		},
		{
			name: 'in the middle',
			id: 'deelname_sbo_pct',
			naam: 'Kring E',
			peers: kringen([3.1, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6]),
			zin: 'De deelname sbo van Kring E (2,30%) staat op plaats 5 van de acht kringen, van hoog naar laag.'
		},
		{
			name: 'tie at the top (as shown)',
			id: 'deelname_sbo_pct',
			naam: 'Kring A',
			// 3,1 and 3,104 both read 3,10%: tied as shown.
			peers: kringen([3.1, 3.104, 2, 2.5]),
			zin: 'De deelname sbo van Kring A (3,10%) is samen met Kring B het hoogste, en dus het minst gunstige, van de vier kringen.'
		},
		{ name: 'all equal', id: 'verwijzingen', naam: 'Kring A', peers: kringen([5, 5, 5]), zin: 'Het aantal verwijzingen is bij alle drie kringen gelijk (5).' },
		{
			name: 'no direction, highest',
			id: 'expertteam_uren',
			naam: 'Kring C',
			peers: kringen([100, 200, 300]),
			zin: 'Het aantal geleverde uren van Kring C (300,0 uur) is het hoogste van de drie kringen.'
		},
		{
			name: 'a kring without data is left out of the count',
			id: 'deelname_sbo_pct',
			naam: 'Kring A',
			peers: [...kringen([2, 3]), { naam: 'Kring X', value: null }],
			zin: 'De deelname sbo van Kring A (2,00%) is het laagste, en dus het gunstigste, van de twee kringen.'
		}
	])('$name', ({ id, naam, peers, zin }) => {
		expect(vertelRang(id, naam, peers, 'kringen')).toBe(zin);
	});
	it('says nothing with one known value or without its own value', () => {
		expect(
			vertelRang(
				'deelname_sbo_pct',
				'Kring A',
				[
					{ naam: 'Kring A', value: 2 },
					{ naam: 'Kring B', value: null }
				],
				'kringen'
			)
		).toBeNull();
		expect(
			vertelRang(
				'deelname_sbo_pct',
				'Kring A',
				[
					{ naam: 'Kring A', value: null },
					{ naam: 'Kring B', value: 2 },
					{ naam: 'Kring C', value: 3 }
				],
				'kringen'
			)
		).toBeNull();
	});
	it('writes small numbers as words', () => {
		expect([telwoord(1), telwoord(8), telwoord(12), telwoord(13)]).toEqual(['een', 'acht', 'twaalf', '13']);
	});
	it('names at most five kringen that tie, and counts the rest', () => {
		const veel = Array.from({ length: 12 }, (_, i) => ({ naam: `Kring ${i + 1}`, value: i < 10 ? 3 : 2 }));
		expect(vertelRang('deelname_sbo_pct', 'Kring 1', veel, 'kringen')).toBe(
			'De deelname sbo van Kring 1 (3,00%) is samen met Kring 2, Kring 3, Kring 4, Kring 5, Kring 6 en nog 4 andere kringen het hoogste, en dus het minst gunstige, van de twaalf kringen.'
		);
	});
});

describe('noemNl: names in a sentence', () => {
	it('all of them up to five, then five and the number of others', () => {
		expect(noemNl(['A'], 'kringen')).toBe('A');
		expect(noemNl(['A', 'B', 'C'], 'kringen')).toBe('A, B en C');
		expect(noemNl(['A', 'B', 'C', 'D', 'E'], 'kringen')).toBe('A, B, C, D en E');
		expect(noemNl(['A', 'B', 'C', 'D', 'E', 'F'], 'kringen')).toBe('A, B, C, D, E en F');
		expect(noemNl(['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'kringen')).toBe('A, B, C, D, E en nog 2 andere kringen');
		expect(
			noemNl(
				Array.from({ length: 1205 }, (_, i) => `S${i}`),
				'scholen'
			)
		).toBe('S0, S1, S2, S3, S4 en nog 1.200 andere scholen');
	});
});

describe('vertel: all sentences for one figure', () => {
	it('figure, rank and trend, in reading order', () => {
		expect(
			vertel({
				id: 'deelname_sbo_pct',
				value: 2.5,
				wanneer: '2024-10-01',
				wie: 'in Kring Noord',
				vergelijkingen: [
					{ value: 2.4, label: 'vorig jaar' },
					{ value: 2.0, label: 'het samenwerkingsverband' }
				],
				rang: {
					naam: 'Kring Noord',
					groep: 'kringen',
					peers: [
						{ naam: 'Kring Noord', value: 2.5 },
						{ naam: 'Kring Zuid', value: 1.8 }
					]
				},
				reeks: [
					{ wanneer: '2022-10-01', value: 2.5 },
					{ wanneer: '2023-10-01', value: 2.4 },
					{ wanneer: '2024-10-01', value: 2.5 }
				]
			})
		).toEqual([
			'Op 1 oktober 2024 zat in Kring Noord 2,50% van de leerlingen op het sbo. Dat is iets hoger en dus ongunstiger dan vorig jaar (2,40%) en duidelijk hoger en dus ongunstiger dan het samenwerkingsverband (2,00%).',
			'De deelname sbo van Kring Noord (2,50%) is het hoogste, en dus het minst gunstige, van de twee kringen.',
			'De deelname sbo in Kring Noord daalde van 1 okt 2022 tot 1 okt 2024 eerst van 2,50% naar 2,40% en steeg daarna weer naar 2,50%. Per saldo bleef het ongeveer gelijk.'
		]);
	});
	it('a missing figure gets one honest sentence and no rank', () => {
		expect(
			vertel({
				id: 'uitputting_pct',
				value: null,
				wanneer: '2024-2025',
				noemer: 0,
				noemerLabel: 'het toegekende budget',
				rang: { naam: 'X', groep: 'kringen', peers: [] }
			})
		).toEqual(['In schooljaar 2024-2025 is de uitputting van het schoolbudget niet te berekenen: het toegekende budget is 0.']);
	});
});

describe('vertellen: a value hidden for a school account', () => {
	it('says it is hidden, not that there are no data, and never shows the marker as a number', () => {
		const zin = vertelPositie('verwijzingen_per_1000', 'deze school', 'verborgen', 5, 12, [{ value: 9.9, label: 'in het samenwerkingsverband' }]);
		expect(zin).toMatch(/^Voor deze school is (de|het) .* verborgen: het cijfer berust op een aantal van 1 tot 4/);
		expect(zin).not.toMatch(/geen gegevens|NaN/);
		expect(vertelFiguur('deelname_so_pct', '<5', '2025-10-01', [])).toMatch(/^Op 1 oktober 2025 is de .* verborgen/);
		const et = vertelExpertteamSchool({
			schooljaar: '2025-2026',
			naam: 'School X',
			expertteam_uren: 12,
			uren_per_100_leerlingen: 'verborgen',
			kring_uren_per_100_leerlingen: 18.1,
			swv_uren_per_100_leerlingen: 38.1
		})[0];
		// The hidden rate is named after the sentence, never put in its slot ("12 uur van het expertteam: verborgen per 100 leerlingen").
		expect(et).toBe(
			'School X kreeg in 2025-2026 12,0 uur van het expertteam; de kring kreeg 18,1 uur per 100 leerlingen. Het samenwerkingsverband als geheel kreeg 38,1 uur per 100 leerlingen. Het cijfer per 100 leerlingen voor deze school is verborgen voor een schoolaccount.'
		);
		expect(et).not.toMatch(/NaN|gelijk aan|hoger|lager/);
	});
});

describe('issue 12: words decided on unrounded values, never against the shown digits', () => {
	it('so 29 of 2.328 pupils is 1,2457…%: shown 1,25%, rounded once (never 1,2457 → 1,25 → 1,3)', () => {
		expect(vertelFiguur('deelname_so_pct', (100 * 29) / 2328, '2025-10-01', [])).toBe('Op 1 oktober 2025 had 1,25% van de leerlingen een so-TLV.');
	});
	it('per 1.000: 0,101 against 0,1049 reads 0,1 against 0,1 — so "vrijwel gelijk", never "hoger"', () => {
		// 3,9% apart, "iets" by the rules; the digits shown (even with one decimal more) are equal.
		expect(verschil(0.1049, 0.101, 'per1000', 2)).toEqual({ size: 'gelijk', richting: 'hoger' });
		expect(vertelVerandering('verwijzingen_per_1000', 0.1049, 0.101, 'vorig schooljaar')).toBe(
			'Verwijzingen per 1.000 leerlingen: ongeveer gelijk aan vorig schooljaar (0,1).'
		);
	});
	it('"ongeveer gelijk aan vorig schooljaar (…)" never shows this year\'s digits as last year\'s', () => {
		// Audit of issue 12, demo SWV: 191 verwijzingen / 19.246 leerlingen = 9,924 per 1.000 in 2025-2026,
		// 192 / 19.333 = 9,931 in 2024-2025. Both tiles read 9,9; the sentence said "(9,92)", which is this
		// year's value to two decimals, after "vorig schooljaar" (last year's reads 9,93).
		expect(vertelVerandering('verwijzingen_per_1000', (1000 * 191) / 19246, (1000 * 192) / 19333, 'vorig schooljaar')).toBe(
			'Verwijzingen per 1.000 leerlingen: ongeveer gelijk aan vorig schooljaar (9,9).'
		);
		// Equal by the rules, but not to the digits: both values are named, last year's first.
		expect(vertelVerandering('verwijzingen', 263, 266, 'vorig schooljaar')).toBe('Verwijzingen: ongeveer gelijk aan vorig schooljaar: van 266 naar 263.');
	});
	it('nobody "verwijst het meest" when every kring reads 0,0', () => {
		expect(
			vertelUitschieter(
				'verwijzingen_per_1000',
				[
					{ naam: 'Kring Hulst', value: 0 },
					{ naam: 'Kring Axel', value: 0 }
				],
				0,
				'verwijst'
			)
		).toBeNull();
	});
});

describe('issue 12: DUO <5 estimates carry their range', () => {
	// sbo 3 (DUO <5: 1 to 4) of bao 97 + sbo 3 = 100 → 3,00%, at least 1/98 = 1,02%, at most 4/101 = 3,96%.
	const bereik = [100 / 98, 400 / 101] as const;
	it('the estimate is marked, and no hoger/lager where the range reaches the comparison (2,5%)', () => {
		expect(vertelFiguur('deelname_sbo_pct', 3, '2024-10-01', [{ value: 2.5, label: 'vorig jaar' }], { bereik })).toBe(
			'Op 1 oktober 2024 zat 3,00% (schatting: 1,02% tot 3,96%) van de leerlingen op het sbo. Dat is door de schatting niet met zekerheid hoger of lager dan vorig jaar (2,50%).'
		);
	});
	it('a comparison outside the range is still told: 5,0% is clearly higher than 1,0–4,0%', () => {
		expect(vertelFiguur('deelname_sbo_pct', 3, '2024-10-01', [{ value: 5, label: 'vorig jaar' }], { bereik })).toBe(
			'Op 1 oktober 2024 zat 3,00% (schatting: 1,02% tot 3,96%) van de leerlingen op het sbo. Dat is duidelijk lager en dus gunstiger dan vorig jaar (5,00%).'
		);
	});
	it('bereikOverlapt: two ranges that touch leave the direction open; exact values never do', () => {
		expect(bereikOverlapt(3, 5, [1, 4], [4, 6])).toBe(true);
		expect(bereikOverlapt(3, 5, [1, 4], [4.5, 6])).toBe(false);
		expect(bereikOverlapt(3, 3.1)).toBe(false);
	});
});

describe('one figure, one number of decimals in all its sentences (issue 12)', () => {
	it("1,03% against last year 0,98%: the figure's two decimals in every sentence, as on the kring page", async () => {
		const { vertel } = await import('.');
		// Audit of issue 12: Kring Noord's sbo-TLV share read 1,03% in its jaarverslag (two decimals, to
		// tell it from last year's 0,98%) and 1,0% on its kring page. The figure has two decimals everywhere.
		const zinnen = vertel({
			id: 'deelname_sbo_tlv_pct',
			value: 1.03,
			wanneer: '2025-10-01',
			wie: 'in Kring Noord',
			vergelijkingen: [{ value: 0.98, label: 'vorig jaar' }],
			rang: {
				naam: 'Kring Noord',
				groep: 'kringen',
				peers: [
					{ naam: 'Kring Noord', value: 1.03 },
					{ naam: 'Kring Zuid', value: 2.5 }
				]
			},
			reeks: [
				{ wanneer: '2023-10-01', value: 1.1 },
				{ wanneer: '2024-10-01', value: 0.98 },
				{ wanneer: '2025-10-01', value: 1.03 }
			]
		});
		expect(zinnen[0]).toContain('1,03% van de leerlingen een sbo-TLV');
		expect(zinnen[1]).toBe('Het aandeel leerlingen met een sbo-TLV van Kring Noord (1,03%) is het laagste, en dus het gunstigste, van de twee kringen.');
		expect(zinnen[2]).toContain('1,10%');
		expect(zinnen[2]).toContain('1,03%');
		for (const z of zinnen) expect(z).not.toMatch(/\b1,0%|\b1,1%/);
	});
});
