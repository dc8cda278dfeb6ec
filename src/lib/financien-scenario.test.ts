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
import { scenario, scenarioParams, scenarioVo } from './financien-scenario';

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

/**
 * VO (FORMULE_VO): baten 20.000.000, lasten 19.800.000 (resultaat 200.000), afdracht vso 4.500.000 for 450
 * vso-TLVs (10.000 each), 18.000 vo + pro pupils (deelname vso 2,5 %):
 *  - deelname vso +0,5 procentpunt: 3,0 % of 18.000 = 540 → 5.400.000 (+900.000), resultaat −700.000.
 *  - 10 % fewer pupils: 16.200 pupils, 2,5 % of 16.200 = 405 → 4.050.000 (−450.000); baten 18.000.000;
 *    lasten 19.800.000 − 4.500.000 + 4.050.000 = 19.350.000 → resultaat −1.350.000 (−1.550.000).
 */
const VO = { baten: 20_000_000, lasten: 19_800_000, afdracht_vso: 4_500_000, tlv_vso: 450, leerlingen_vo: 18_000 };

describe('scenarioVo', () => {
	it('deelname vso +0,5 procentpunt: 90 more vso-TLVs at 10.000 each', () => {
		const s = scenarioVo(VO, { deelname: 0.5, leerlingen: 0 })!;
		expect(s.tlv_vso).toBeCloseTo(540, 9);
		expect(s.afdracht_vso).toBeCloseTo(5_400_000, 6);
		expect(s.verschil_afdrachten).toBeCloseTo(900_000, 6);
		expect(s.resultaat).toBeCloseTo(-700_000, 6);
		expect(s.verschil_resultaat).toBeCloseTo(-900_000, 6);
	});

	it('10 % fewer pupils: baten and the afdracht vso both fall by 10 %', () => {
		const s = scenarioVo(VO, { deelname: 0, leerlingen: -10 })!;
		expect(s.leerlingen).toBeCloseTo(16_200, 9);
		expect(s.tlv_vso).toBeCloseTo(405, 9);
		expect(s.afdrachten).toBeCloseTo(4_050_000, 6);
		expect(s.baten).toBeCloseTo(18_000_000, 6);
		expect(s.lasten).toBeCloseTo(19_350_000, 6);
		expect(s.resultaat).toBeCloseTo(-1_350_000, 6);
		expect(s.verschil_resultaat).toBeCloseTo(-1_550_000, 6);
	});

	it('is geen gegevens without vso-TLVs, pupils or an afdracht vso', () => {
		expect(scenarioVo({ ...VO, tlv_vso: 0 }, { deelname: 1, leerlingen: 0 })).toBeNull();
		expect(scenarioVo({ ...VO, leerlingen_vo: null }, { deelname: 1, leerlingen: 0 })).toBeNull();
		expect(scenarioVo({ ...VO, afdracht_vso: null }, { deelname: 1, leerlingen: 0 })).toBeNull();
	});
});

describe('scenarioParams', () => {
	it('reads Dutch and English decimals from the URL and ignores nonsense', () => {
		expect(scenarioParams(new URLSearchParams('deelname=0,5&leerlingen=-2'))).toEqual({ deelname: 0.5, leerlingen: -2 });
		expect(scenarioParams(new URLSearchParams('deelname=0.25'))).toEqual({ deelname: 0.25, leerlingen: 0 });
		expect(scenarioParams(new URLSearchParams('deelname=veel&leerlingen=-90'))).toEqual({ deelname: 0, leerlingen: 0 });
	});
});
