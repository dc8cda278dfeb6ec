/**
 * The scenario by hand. A year with baten 8.400.000, lasten 8.300.000 (resultaat 100.000), afdracht so
 * 3.000.000 for 300 TLVs (10.000 each), afdracht sbo 1.000.000 for 200 TLVs (5.000 each), 20.000 pupils
 * (deelname so 1,5 %):
 *  - deelname so +0,5 procentpunt: 2,0 % of 20.000 = 400 TLVs → afdracht so 4.000.000 (+1.000.000),
 *    resultaat 100.000 − 1.000.000 = −900.000.
 *  - 10 % fewer pupils: 18.000 pupils, so 1,5 % of 18.000 = 270 → 2.700.000, sbo 180 → 900.000,
 *    afdrachten 3.600.000 (−400.000); baten 7.560.000; lasten 8.300.000 − 4.000.000 + 3.600.000 =
 *    7.900.000 → resultaat −340.000 (−440.000).
 */
import { describe, expect, it } from 'vitest';
import { scenario, scenarioParams } from './financien-scenario';

const JAAR = { baten: 8_400_000, lasten: 8_300_000, afdracht_so: 3_000_000, afdracht_sbo: 1_000_000, tlv_so: 300, tlv_sbo: 200, leerlingen: 20_000 };

describe('scenario', () => {
	it('deelname so +0,5 procentpunt: 100 more so-TLVs at 10.000 each', () => {
		const s = scenario(JAAR, { deelname: 0.5, leerlingen: 0 })!;
		expect(s.tlv_so).toBeCloseTo(400, 9);
		expect(s.afdracht_so).toBeCloseTo(4_000_000, 6);
		expect(s.verschil_afdrachten).toBeCloseTo(1_000_000, 6);
		expect(s.resultaat).toBeCloseTo(-900_000, 6);
		expect(s.verschil_resultaat).toBeCloseTo(-1_000_000, 6);
	});

	it('10 % fewer pupils: baten and afdrachten both fall by 10 %', () => {
		const s = scenario(JAAR, { deelname: 0, leerlingen: -10 })!;
		expect(s.leerlingen).toBeCloseTo(18_000, 9);
		expect(s.tlv_so).toBeCloseTo(270, 9);
		expect(s.tlv_sbo).toBeCloseTo(180, 9);
		expect(s.afdrachten).toBeCloseTo(3_600_000, 6);
		expect(s.baten).toBeCloseTo(7_560_000, 6);
		expect(s.lasten).toBeCloseTo(7_900_000, 6);
		expect(s.resultaat).toBeCloseTo(-340_000, 6);
		expect(s.verschil_resultaat).toBeCloseTo(-440_000, 6);
	});

	it('no change gives the year as it was', () => {
		const s = scenario(JAAR, { deelname: 0, leerlingen: 0 })!;
		expect(s.verschil_afdrachten).toBeCloseTo(0, 9);
		expect(s.resultaat).toBeCloseTo(100_000, 6);
	});

	it('is geen gegevens without TLVs or pupils to divide by', () => {
		expect(scenario({ ...JAAR, tlv_so: 0 }, { deelname: 1, leerlingen: 0 })).toBeNull();
		expect(scenario({ ...JAAR, leerlingen: null }, { deelname: 1, leerlingen: 0 })).toBeNull();
		expect(scenario({ ...JAAR, afdracht_sbo: null }, { deelname: 1, leerlingen: 0 })).toBeNull();
	});
});

describe('scenarioParams', () => {
	it('reads Dutch and English decimals from the URL and ignores nonsense', () => {
		expect(scenarioParams(new URLSearchParams('deelname=0,5&leerlingen=-2'))).toEqual({ deelname: 0.5, leerlingen: -2 });
		expect(scenarioParams(new URLSearchParams('deelname=0.25'))).toEqual({ deelname: 0.25, leerlingen: 0 });
		expect(scenarioParams(new URLSearchParams('deelname=veel&leerlingen=-90'))).toEqual({ deelname: 0, leerlingen: 0 });
	});
});
