import { describe, expect, it } from 'vitest';
import { kolom, spreiding, tekst } from './kolommen';

describe('kolom: a table column from the metric catalogue', () => {
	it('takes label, unit and decimals of the metric', () => {
		expect(kolom('deelname_so_pct')).toEqual({ key: 'deelname_so_pct', label: 'Deelname so', unit: 'pct', decimals: 2 });
		expect(kolom('expertteam_uren')).toMatchObject({ unit: 'hours', decimals: 1 });
		expect(kolom('tlv_sbo')).toEqual({ key: 'tlv_sbo', label: "TLV's sbo", unit: 'count', decimals: 0 });
	});
	it('keeps a shorter label, never other decimals (one number of decimals per figure, issue 12)', () => {
		expect(kolom('verwijzingen_per_1000', { label: 'Per 1.000' })).toMatchObject({ label: 'Per 1.000', unit: 'per1000', decimals: 1 });
	});
	it('names a spread P25, Mediaan, P75 under its prefix', () => {
		expect(spreiding('duur', 'days').map((c) => c.key)).toEqual(['duur_p25', 'duur_mediaan', 'duur_p75']);
		expect(spreiding('', 'per1000').map((c) => `${c.key}:${c.label}`)).toEqual(['p25:P25', 'mediaan:Mediaan', 'p75:P75']);
		expect(tekst('kring', 'Kring')).toEqual({ key: 'kring', label: 'Kring', unit: 'text' });
	});
});
