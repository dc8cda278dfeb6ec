import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { generateDemo } from './generate';

describe('demo generator', () => {
	const files = generateDemo();

	it('reproduces the committed demo files byte for byte', () => {
		const committed = readdirSync('data/demo').filter((f) => f.endsWith('.csv')).sort();
		expect(Object.keys(files).sort()).toEqual(committed);
		for (const [name, content] of Object.entries(files)) expect(content, name).toBe(readFileSync(`data/demo/${name}`, 'utf8'));
	});

	it('is deterministic: same seed, same bytes; another seed, other data', () => {
		expect(generateDemo({ seed: 7 })['tlv.csv']).toBe(generateDemo({ seed: 7 })['tlv.csv']);
		expect(generateDemo({ seed: 7 })['tlv.csv']).not.toBe(files['tlv.csv']);
	});

	it('describes a realistic PO SWV: 7 gemeenten, 8 kringen, ~90 schools, 2–3 sbo and so', () => {
		const rows = files['scholen.csv'].trim().split('\n').slice(1).map((l) => l.split(','));
		expect(new Set(rows.map((r) => r[4])).size).toBe(7);
		expect(new Set(rows.filter((r) => r[3] !== 'so').map((r) => r[5])).size).toBe(8);
		expect(rows.length).toBeGreaterThanOrEqual(80);
		expect(rows.length).toBeLessThanOrEqual(100);
		expect(rows.filter((r) => r[3] === 'sbo').length).toBe(3);
		expect(rows.filter((r) => r[3] === 'so').length).toBe(2);
	});

	it('has six schooljaren of 1 oktober and 1 februari for the last three', () => {
		const dates = new Set(files['telling.csv'].trim().split('\n').slice(1).map((l) => l.split(',')[0]));
		expect([...dates].sort()).toEqual([
			'2020-10-01', '2021-10-01', '2022-10-01', '2023-10-01', '2024-02-01', '2024-10-01', '2025-02-01', '2025-10-01', '2026-02-01'
		]);
	});

	it('scales for the benchmark', () => {
		const big = generateDemo({ scale: 3, years: 2 });
		const schools = big['scholen.csv'].trim().split('\n').length - 1;
		expect(schools).toBeGreaterThan(3 * 80);
	});
});
