import { describe, expect, it } from 'vitest';
import { vasteAbSwv } from './vaste-ab';

const rij = (
	vaste_ab: string | null,
	uren: number | null,
	vast: number | null,
	vorig_vaste_ab: string | null,
	vorigUren: number | null,
	vorigVast: number | null
) => ({ vaste_ab, expertteam_uren: uren, vaste_ab_uren: vast, vorig_vaste_ab, vorig_expertteam_uren: vorigUren, vorig_vaste_ab_uren: vorigVast });

describe('vasteAbSwv: the share of the hours by the schools’ own vaste AB’er over the SWV', () => {
	it('is a ratio of sums over the schools with a vaste AB’er, each year over its own schools', () => {
		const r = vasteAbSwv([
			rij('AB-01', 58.5, 54.5, 'AB-01', 62, 48.5),
			rij('AB-02', 41.5, 25.5, null, 30, null), // no vaste AB'er last year: only in this year's sum
			rij(null, 20, null, 'AB-03', 8, 1.5) // none this year: only in last year's sum
		]);
		// (54,5 + 25,5) / (58,5 + 41,5) = 80 / 100 = 80 %; last year (48,5 + 1,5) / (62 + 8) = 50 / 70 = 71,43 %.
		expect(r?.scholen).toBe(2);
		expect(r?.pct).toBeCloseTo(80, 10);
		expect(r?.vorig).toBeCloseTo(71.428571, 5);
	});
	it('is "geen gegevens" (null) without hours, and absent without any vaste AB’er', () => {
		expect(vasteAbSwv([rij('AB-01', 0, 0, null, null, null)])).toEqual({ scholen: 1, pct: null, vorig: null });
		expect(vasteAbSwv([rij(null, 10, null, null, null, null)])).toBeNull();
	});
});
