import { describe, expect, it } from 'vitest';
import { sorteer } from './sorteer';

const rows = [
	{ kring: 'Kring 10', per_1000: 4.5 },
	{ kring: 'Kring 2', per_1000: null },
	{ kring: 'Kring 1', per_1000: '<5' },
	{ kring: 'Kring Oost', per_1000: 12 },
	{ kring: 'kring noord', per_1000: 0.5 }
];
const kringen = (r: typeof rows) => r.map((x) => x.kring);

describe('sorting a table view', () => {
	it('numbers low to high, then the hidden "<5", then the missing value', () => {
		expect(kringen(sorteer(rows, 'per_1000', 'ascending'))).toEqual(['kring noord', 'Kring 10', 'Kring Oost', 'Kring 1', 'Kring 2']);
	});
	it('high to low keeps hidden and missing values at the end', () => {
		expect(kringen(sorteer(rows, 'per_1000', 'descending'))).toEqual(['Kring Oost', 'Kring 10', 'kring noord', 'Kring 1', 'Kring 2']);
	});
	it('text in Dutch order, numbers in names as numbers ("Kring 2" before "Kring 10"), any case', () => {
		expect(kringen(sorteer(rows, 'kring', 'ascending'))).toEqual(['Kring 1', 'Kring 2', 'Kring 10', 'kring noord', 'Kring Oost']);
	});
	it('leaves the rows it was given as they were', () => {
		sorteer(rows, 'kring', 'descending');
		expect(rows[0].kring).toBe('Kring 10');
	});
});
