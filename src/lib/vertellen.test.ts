import { describe, expect, it } from 'vitest';
import { compareWords, differenceSize, vertelExpertteamSchool, vertelFiguur, vertelPositie, vertelTrend, decimalsFor } from './vertellen';

describe('vertellen: wording follows the size of the difference', () => {
	it.each([
		[2.0, 2.0, 'gelijk aan'],
		[2.03, 2.0, 'gelijk aan'],
		[2.1, 2.0, 'iets hoger dan'],
		[1.9, 2.0, 'iets lager dan'],
		[2.5, 2.0, 'hoger dan'],
		[1.2, 2.0, 'lager dan']
	])('%d%% against %d%% is "%s"', (v, ref, words) => {
		expect(compareWords(v, ref, 'pct')).toBe(words);
	});
	it('uses relative size for counts', () => {
		expect(differenceSize(101, 100, 'count')).toBe('gelijk');
		expect(differenceSize(105, 100, 'count')).toBe('iets');
		expect(differenceSize(150, 100, 'count')).toBe('duidelijk');
	});
});

describe('vertelFiguur', () => {
	it('tells the figure with last year and the country', () => {
		expect(
			vertelFiguur('deelname_sbo_pct', 1.8, '2024-10-01', [
				{ value: 2.0, label: 'vorig jaar' },
				{ value: 2.5, label: 'landelijk', note: 'in 2021' }
			])
		).toBe('Op 1 oktober 2024 zat 1,8% van de leerlingen op het sbo. Dat is iets lager dan vorig jaar (2,0%) en lager dan landelijk (2,5% in 2021).');
	});
	it('shows more decimals when one decimal would hide the difference', () => {
		expect(vertelFiguur('deelname_sbo_pct', 2.26, '2025-10-01', [{ value: 2.32, label: 'vorig jaar' }])).toBe(
			'Op 1 oktober 2025 zat 2,26% van de leerlingen op het sbo. Dat is iets lager dan vorig jaar (2,32%).'
		);
		expect(decimalsFor([2.26, 2.32], 'pct', 1)).toBe(2);
		expect(decimalsFor([2.26, 2.46], 'pct', 1)).toBe(1);
	});
	it('is honest about a missing previous year', () => {
		expect(vertelFiguur('deelname_so_pct', 1.5, '2020-10-01', [{ value: null, label: 'vorig jaar' }])).toBe(
			'Op 1 oktober 2020 had 1,5% van de leerlingen een so-TLV. Voor vorig jaar zijn geen gegevens.'
		);
	});
	it('says "geen gegevens" when the figure itself is missing (denominator 0)', () => {
		expect(vertelFiguur('deelname_sbo_pct', null, '2024-10-01', [])).toBe('Op 1 oktober 2024 zijn er geen gegevens voor deelname sbo.');
	});
});

describe('vertelTrend', () => {
	it('tells a rise over the last three teldata', () => {
		expect(
			vertelTrend('deelname_so_pct', [
				{ teldatum: '2022-10-01', value: 1.5 },
				{ teldatum: '2023-10-01', value: 1.63 },
				{ teldatum: '2024-10-01', value: 1.9 }
			])
		).toBe('De deelname so is van 1 okt 2022 tot 1 okt 2024 gestegen: van 1,5% naar 1,9%.');
	});
	it('needs three known values', () => {
		expect(vertelTrend('deelname_so_pct', [{ teldatum: '2024-10-01', value: 1.9 }])).toBeNull();
	});
});

describe('vertellen: a value hidden for a school account', () => {
	it('says it is hidden, not that there are no data, and never shows the marker as a number', () => {
		const zin = vertelPositie('verwijzingen_per_1000', 'deze school', 'verborgen', 5, 12, [{ value: 9.9, label: 'in het samenwerkingsverband' }]);
		expect(zin).toMatch(/^Voor deze school is de .* verborgen: het cijfer berust op een aantal van 1 tot 4/);
		expect(zin).not.toMatch(/geen gegevens|NaN/);
		expect(vertelFiguur('deelname_so_pct', '<5', '2025-10-01', [])).toMatch(/^Op 1 oktober 2025 is de .* verborgen/);
		const et = vertelExpertteamSchool({ schooljaar: '2025-2026', naam: 'School X', expertteam_uren: 12, uren_per_100_leerlingen: 'verborgen', kring_uren_per_100_leerlingen: 18.1, swv_uren_per_100_leerlingen: 38.1 })[0];
		expect(et).toContain('verborgen per 100 leerlingen; de kring 18,1 uur');
		expect(et).not.toMatch(/NaN|gelijk aan|hoger|lager/);
	});
});
