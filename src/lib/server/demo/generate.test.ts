import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { generateDemo } from './generate';

describe('demo generator', () => {
	const files = generateDemo();

	it('reproduces the committed demo files byte for byte', () => {
		const committed = readdirSync('data/demo')
			.filter((f) => f.endsWith('.csv'))
			.sort();
		expect(Object.keys(files).sort()).toEqual(committed);
		for (const [name, content] of Object.entries(files)) expect(content, name).toBe(readFileSync(`data/demo/${name}`, 'utf8'));
	});

	it('is deterministic: same seed, same bytes; another seed, other data', () => {
		expect(generateDemo({ seed: 7 })['tlv.csv']).toBe(generateDemo({ seed: 7 })['tlv.csv']);
		expect(generateDemo({ seed: 7 })['tlv.csv']).not.toBe(files['tlv.csv']);
	});

	it('describes a realistic PO SWV: 7 gemeenten, 8 kringen, ~90 schools, 2–3 sbo and so', () => {
		const rows = files['scholen.csv']
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(','));
		expect(new Set(rows.map((r) => r[4])).size).toBe(7);
		expect(new Set(rows.filter((r) => r[3] !== 'so').map((r) => r[5])).size).toBe(8);
		expect(rows.length).toBeGreaterThanOrEqual(80);
		expect(rows.length).toBeLessThanOrEqual(100);
		expect(rows.filter((r) => r[3] === 'sbo').length).toBe(3);
		expect(rows.filter((r) => r[3] === 'so').length).toBe(2);
	});

	it('has six schooljaren of 1 oktober and 1 februari for the last three', () => {
		const dates = new Set(
			files['telling.csv']
				.trim()
				.split('\n')
				.slice(1)
				.map((l) => l.split(',')[0])
		);
		expect([...dates].sort()).toEqual([
			'2020-10-01',
			'2021-10-01',
			'2022-10-01',
			'2023-10-01',
			'2024-02-01',
			'2024-10-01',
			'2025-02-01',
			'2025-10-01',
			'2026-02-01'
		]);
	});

	it('has a realistic thuiszitterslijst: a few new per 1.000 pupils a year, a long tail of durations, codes only', () => {
		const rows = files['verzuim.csv']
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(','));
		const thuis = rows.filter((r) => (r[5] === 'absoluut' || r[5] === 'langdurig_relatief') && r[6] >= '2024-08-01' && r[6] <= '2025-07-31');
		// About 19.300 pupils: 2 to 4 new thuiszitters per 1.000 is 39 to 77.
		expect(thuis.length).toBeGreaterThanOrEqual(39);
		expect(thuis.length).toBeLessThanOrEqual(77);
		const dagen = rows
			.filter((r) => (r[5] === 'absoluut' || r[5] === 'langdurig_relatief') && r[7])
			.map((r) => (Date.parse(r[7]) - Date.parse(r[6])) / 86_400_000)
			.sort((a, b) => a - b);
		const mediaan = dagen[Math.floor(dagen.length / 2)];
		expect(mediaan).toBeGreaterThan(30);
		expect(mediaan).toBeLessThan(80);
		expect(dagen.at(-1)!).toBeGreaterThan(365);
		expect(new Set(rows.map((r) => r[8]).filter(Boolean))).toEqual(
			new Set(['gedrag', 'psychisch', 'lichamelijk', 'geen_passend_aanbod', 'wachtlijst', 'overig'])
		);
	});

	it('scales for the benchmark', () => {
		const big = generateDemo({ scale: 3, years: 2 });
		const schools = big['scholen.csv'].trim().split('\n').length - 1;
		expect(schools).toBeGreaterThan(3 * 80);
	});
});
