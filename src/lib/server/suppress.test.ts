/**
 * Small-count suppression, on hand-made rows. A school account sees "<5" for 1–4, rates on a hidden
 * count are hidden, and a hidden value cannot be recomputed from a total and the other parts.
 */
import { describe, expect, it } from 'vitest';
import { suppress } from './suppress';
import { parseQueryFile } from './queries';
import type { QueryResult } from './db';

const HEADER = `-- @scope school
-- @count leerlingen sbo so totaal
-- @total totaal = sbo + so
-- @rate sbo_pct from sbo leerlingen
-- @rate so_pct from so leerlingen
SELECT 1`;
const rules = parseQueryFile('t', HEADER).suppression;

function result(rows: Record<string, number | string | null>[]): QueryResult {
	return { columns: Object.keys(rows[0]).map((name) => ({ name, kind: name === 'jaar' ? 'string' : 'number' })), rows };
}

describe('small-count suppression', () => {
	it('keeps 0 and 5 or more, hides 3 and the rate built on it', () => {
		// 200 pupils: 5 sbo (2,5%), 0 so (0%); 100 pupils: 3 sbo (3%) hidden.
		const r = suppress(
			result([
				{ jaar: '2024', leerlingen: 200, sbo: 5, so: 0, totaal: 5, sbo_pct: 2.5, so_pct: 0 },
				{ jaar: '2025', leerlingen: 100, sbo: 3, so: 7, totaal: 10, sbo_pct: 3, so_pct: 7 }
			]),
			rules
		);
		expect(r.rows[0]).toEqual({ jaar: '2024', leerlingen: 200, sbo: 5, so: 0, totaal: 5, sbo_pct: 2.5, so_pct: 0 });
		expect(r.rows[1].sbo).toBe('<5');
		expect(r.rows[1].sbo_pct).toBe('verborgen');
	});

	it('hides one more value when a total minus the other parts would give the hidden one away', () => {
		// sbo 3 hidden; totaal 10 − so 7 = 3 would reveal it, so the smallest other part (so 7) is hidden too
		// ("verborgen", not "<5": it is 7), and with it the so rate.
		const r = suppress(result([{ jaar: '2025', leerlingen: 100, sbo: 3, so: 7, totaal: 10, sbo_pct: 3, so_pct: 7 }]), rules);
		expect(r.rows[0]).toEqual({ jaar: '2025', leerlingen: 100, sbo: '<5', so: 'verborgen', totaal: 10, sbo_pct: 'verborgen', so_pct: 'verborgen' });
		const shown = Object.values(r.rows[0]).filter((v) => typeof v === 'number');
		expect(shown).not.toContain(3);
	});

	it('hides the total when the other parts are 0 (total − 0 = the hidden part)', () => {
		const r = suppress(result([{ jaar: '2025', leerlingen: 100, sbo: 3, so: 0, totaal: 3, sbo_pct: 3, so_pct: 0 }]), rules);
		expect(r.rows[0]).toMatchObject({ sbo: '<5', so: 0, totaal: '<5' }); // totaal is 3: "<5" is true
	});

	it('needs no extra hiding when two parts are hidden already', () => {
		const r = suppress(result([{ jaar: '2025', leerlingen: 100, sbo: 2, so: 4, totaal: 6, sbo_pct: 2, so_pct: 4 }]), rules);
		expect(r.rows[0]).toMatchObject({ sbo: '<5', so: '<5', totaal: 6 });
	});

	it('across rows (@sum): when one row is hidden, the next smallest row is hidden too', () => {
		const sum = parseQueryFile('t', '-- @scope school\n-- @count aantal\n-- @sum aantal by jaar\nSELECT 1').suppression;
		const r = suppress(
			result([
				{ jaar: '2025', soort: 'laag', aantal: 3 },
				{ jaar: '2025', soort: 'midden', aantal: 8 },
				{ jaar: '2025', soort: 'hoog', aantal: 12 },
				{ jaar: '2024', soort: 'laag', aantal: 6 },
				{ jaar: '2024', soort: 'hoog', aantal: 9 }
			]),
			sum
		);
		expect(r.rows.map((x) => x.aantal)).toEqual(['<5', 'verborgen', 12, 6, 9]);
	});

	it('hides every count and rate of a row about fewer than 5 schools (@schools), and complements it across rows', () => {
		const kring = parseQueryFile(
			't',
			'-- @scope swv\n-- @count leerlingen sbo\n-- @rate sbo_pct from sbo leerlingen\n-- @sum sbo\n-- @schools scholen\nSELECT 1'
		).suppression;
		const r = suppress(
			result([
				{ kring: 'Noord', scholen: 12, leerlingen: 2400, sbo: 50, sbo_pct: 2.08 },
				{ kring: 'Oost', scholen: 3, leerlingen: 600, sbo: 14, sbo_pct: 2.33 },
				{ kring: 'West', scholen: 9, leerlingen: 1800, sbo: 30, sbo_pct: 1.67 }
			]),
			kring
		);
		expect(r.rows[0]).toEqual({ kring: 'Noord', scholen: 12, leerlingen: 2400, sbo: 50, sbo_pct: 2.08 });
		expect(r.rows[1]).toEqual({ kring: 'Oost', scholen: 3, leerlingen: 'verborgen', sbo: 'verborgen', sbo_pct: 'verborgen' });
		// The SWV total minus Noord and West would give Oost's 14: West's sbo (the smallest other) is hidden too.
		expect(r.rows[2]).toMatchObject({ sbo: 'verborgen', sbo_pct: 'verborgen', leerlingen: 1800 });
	});

	it('leaves results without @count untouched', () => {
		const rows = result([{ jaar: '2025', leerlingen: 3 }]);
		expect(suppress(rows, parseQueryFile('t', '-- @scope swv\nSELECT 1').suppression)).toBe(rows);
	});

	it('refuses a header that names a rate or total on a column that is not a @count', () => {
		expect(() => parseQueryFile('t', '-- @scope swv\n-- @rate pct from aantal\nSELECT 1')).toThrow(/aantal.*@count/);
		expect(() => parseQueryFile('t', '-- @scope swv\n-- @counts aantal\nSELECT 1')).toThrow(/niet begrepen/);
	});

	it('hides only the kring part of a school row when the kring has fewer than 5 schools (@schools … for)', () => {
		const kring = parseQueryFile(
			'k',
			`-- @scope school
-- @count tlv leerlingen kring_tlv kring_leerlingen
-- @rate per_1000 from tlv leerlingen
-- @rate kring_per_1000 from kring_tlv kring_leerlingen
-- @schools kring_scholen for kring_tlv kring_leerlingen
SELECT 1`
		).suppression;
		const rows = [
			{ jaar: '2024', tlv: 6, leerlingen: 200, per_1000: 30, kring_tlv: 20, kring_leerlingen: 900, kring_per_1000: 22.2, kring_scholen: 4 },
			{ jaar: '2025', tlv: 6, leerlingen: 200, per_1000: 30, kring_tlv: 20, kring_leerlingen: 900, kring_per_1000: 22.2, kring_scholen: 5 }
		];
		const r = suppress(result(rows), kring);
		expect(r.rows[0]).toEqual({ ...rows[0], kring_tlv: 'verborgen', kring_leerlingen: 'verborgen', kring_per_1000: 'verborgen' });
		expect(r.rows[1]).toEqual(rows[1]);
		expect(() => parseQueryFile('x', '-- @scope swv\n-- @schools n for a\nSELECT 1')).toThrow(/a staat in/);
	});
});
