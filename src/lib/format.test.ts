import { describe, expect, it } from 'vitest';
import {
	formatAantal,
	formatTijdstip,
	formatDate,
	formatDelta,
	formatEuro,
	formatNumber,
	formatPercent,
	formatValue,
	schooljaarOf,
	previousSchooljaar,
	vorigJaarRij,
	trendTot,
	csvNumber
} from './format';

describe('nl-NL formatting', () => {
	it('writes numbers with a decimal comma and a thousands dot', () => {
		expect(formatNumber(19678)).toBe('19.678');
		expect(formatNumber(2.5, 1)).toBe('2,5');
		expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
	});
	it('writes percentages as 1,5%', () => {
		expect(formatPercent(1.5)).toBe('1,5%');
		expect(formatPercent(2)).toBe('2,0%');
		expect(formatPercent(2.256, 2)).toBe('2,26%');
	});
	it('writes euro amounts as € 1.234,50, with a non-breaking space so "€" never ends a line alone', () => {
		expect(formatEuro(1234.5)).toBe('€\u00a01.234,50');
		expect(formatEuro(12345, 0)).toBe('€\u00a012.345');
		expect(formatEuro(-250)).toBe('€\u00a0-250,00');
		expect(formatEuro(5)).not.toMatch(/€ /);
	});
	it('writes dates as 1 okt 2024', () => {
		expect(formatDate('2024-10-01')).toBe('1 okt 2024');
		expect(formatDate('2025-02-01', true)).toBe('1 februari 2025');
	});
	it('says "geen gegevens" for missing values, never 0 or NaN', () => {
		expect(formatPercent(null)).toBe('geen gegevens');
		expect(formatPercent(NaN)).toBe('geen gegevens');
		expect(formatEuro(undefined)).toBe('geen gegevens');
		expect(formatValue(Infinity, 'hours')).toBe('geen gegevens');
	});
	it('signs differences', () => {
		expect(formatDelta(0.26)).toBe('+0,3');
		expect(formatDelta(-0.04)).toBe('0,0');
		expect(formatDelta(-0.15, 2)).toBe('-0,15');
	});
	it('formats units', () => {
		// Hours: one decimal, always (1.412,5 uur is never 1.413 uur on another page; issue 12).
		expect(formatValue(1234, 'hours')).toBe('1.234,0 uur');
		expect(formatValue(1412.5, 'hours')).toBe('1.412,5 uur');
		expect(formatValue(12345.4, 'euro')).toBe('€\u00a012.345');
		expect(formatValue(3.456, 'per1000')).toBe('3,5');
	});
	it('puts a date in its schooljaar: 1 August to 31 July', () => {
		expect(schooljaarOf('2024-08-01')).toBe('2024-2025');
		expect(schooljaarOf('2025-07-31')).toBe('2024-2025');
		expect(schooljaarOf('2024-02-29')).toBe('2023-2024');
		expect(previousSchooljaar('2024-2025')).toBe('2023-2024');
	});
	it("takes last year's row by its schooljaar, not the row before: a gap year gives no row", () => {
		// A regio with vso-TLVs in 2022-2023 and 2024-2025 only: 2024-2025 has no last year.
		const rijen = [
			{ schooljaar: '2022-2023', tlv: 4 },
			{ schooljaar: '2024-2025', tlv: 7 },
			{ schooljaar: '2025-2026', tlv: 9 }
		];
		expect(vorigJaarRij(rijen, '2024-2025')).toBeNull();
		expect(vorigJaarRij(rijen, '2025-2026')).toEqual({ schooljaar: '2024-2025', tlv: 7 });
		// Last year is found without a row for this year, and whatever the order of the rows.
		expect(vorigJaarRij([...rijen].reverse(), '2023-2024')).toEqual({ schooljaar: '2022-2023', tlv: 4 });
		expect(vorigJaarRij(rijen, null)).toBeNull();
	});
	it("takes a tile's trend: the teldata of the reference's kind, up to and with the reference", () => {
		const rijen = [
			{ teldatum: '2022-10-01', teldatum_soort: 'oktober' },
			{ teldatum: '2023-02-01', teldatum_soort: 'februari' },
			{ teldatum: '2023-10-01', teldatum_soort: 'oktober' },
			{ teldatum: '2024-02-01', teldatum_soort: 'februari' },
			{ teldatum: '2024-10-01', teldatum_soort: 'oktober' }
		];
		// 1 oktober 2023: the two oktober rows up to it, not the later one nor the februari rows.
		expect(trendTot(rijen, rijen[2]).map((r) => r.teldatum)).toEqual(['2022-10-01', '2023-10-01']);
		// 1 februari 2024: the two februari rows.
		expect(trendTot(rijen, rijen[3]).map((r) => r.teldatum)).toEqual(['2023-02-01', '2024-02-01']);
		expect(trendTot(rijen, null)).toEqual([]);
	});
	it('writes CSV numbers for Dutch Excel', () => {
		expect(csvNumber(2.26)).toBe('2,26');
		expect(csvNumber(19246)).toBe('19246');
	});
	it('writes CSV numbers at full precision without float noise: at most 10 decimals, integers as integers', () => {
		// 256 / 9 = 28,444… : ten decimals, the last one not rounded up (…4444 4444 44 → 4444444444)
		expect(csvNumber(256 / 9)).toBe('28,4444444444');
		expect(csvNumber(28.444444444444443)).toBe('28,4444444444');
		// 2 / 3 = 0,666…: rounded at the tenth decimal
		expect(csvNumber(2 / 3)).toBe('0,6666666667');
		expect(csvNumber(0.1 + 0.2)).toBe('0,3');
		expect(csvNumber(1.1 * 3)).toBe('3,3');
		expect(csvNumber((100 * 29) / 2328)).toBe('1,2457044674');
		expect(csvNumber(12)).toBe('12');
		expect(csvNumber(-3)).toBe('-3');
		expect(csvNumber(-1e-12)).toBe('0');
		expect(csvNumber(1234567.5)).toBe('1234567,5');
	});
});

describe('hidden values (for a school account)', () => {
	it('shows a small count as "<5" and any other hidden figure as "verborgen"', async () => {
		const { SUPPRESSED, HIDDEN } = await import('./format');
		expect(formatValue(SUPPRESSED, 'count')).toBe('<5');
		expect(formatNumber(SUPPRESSED)).toBe('<5');
		expect(formatValue(HIDDEN, 'pct')).toBe('verborgen');
		expect(formatValue(HIDDEN, 'count')).toBe('verborgen');
		expect(formatPercent(HIDDEN)).toBe('verborgen');
		expect(formatEuro(HIDDEN)).toBe('verborgen');
		expect(formatDelta(HIDDEN)).toBe('verborgen');
	});
});

describe('counts with their noun', () => {
	it("says 1 leerling, 2 leerlingen, 1 TLV, 3 TLV's; a hidden count stays plural", () => {
		expect(formatAantal(1, 'leerling', 'leerlingen')).toBe('1 leerling');
		expect(formatAantal(2, 'leerling', 'leerlingen')).toBe('2 leerlingen');
		expect(formatAantal(0, 'arrangement', 'arrangementen')).toBe('0 arrangementen');
		expect(formatAantal(1, 'TLV', "TLV's")).toBe('1 TLV');
		expect(formatAantal(1200, 'TLV', "TLV's")).toBe("1.200 TLV's");
		expect(formatAantal('<5', 'leerling', 'leerlingen')).toBe('<5 leerlingen');
		expect(formatValue(1, 'days')).toBe('1 dag');
		expect(formatValue(41, 'days')).toBe('41 dagen');
	});
});

describe('times in Europe/Amsterdam', () => {
	it('shows a UTC moment in summer time (+2): 2026-07-01T10:00:00Z is 12:00', () => {
		expect(formatTijdstip('2026-07-01T10:00:00Z')).toBe('1 jul 2026, 12:00');
		expect(formatTijdstip('2026-07-01 10:00:00')).toBe('1 jul 2026, 12:00');
		expect(formatTijdstip('2026-07-01T10:00:00.123')).toBe('1 jul 2026, 12:00');
	});
	it('shows a UTC moment in winter time (+1): 2026-01-15T10:00:00Z is 11:00', () => {
		expect(formatTijdstip('2026-01-15T10:00:00Z')).toBe('15 jan 2026, 11:00');
		expect(formatTijdstip(new Date(Date.UTC(2026, 0, 15, 10, 0)))).toBe('15 jan 2026, 11:00');
	});
	it('moves the date past midnight: 2025-12-31 23:30 UTC is 1 jan 2026, 00:30', () => {
		expect(formatTijdstip('2025-12-31 23:30:00')).toBe('1 jan 2026, 00:30');
	});
});
