import { describe, expect, it } from 'vitest';
import { hoogsteEnLaagste, hoogsteEnLaagsteGroepen, nootHoogsteEnLaagste, stippenSamen } from './veel';

describe('hoogsteEnLaagste', () => {
	const bars = Array.from({ length: 10 }, (_, i) => ({ label: `K${i + 1}`, value: i === 4 ? null : (i * 7) % 10 }));
	// values: K1 0, K2 7, K3 4, K4 1, K5 null, K6 5, K7 2, K8 9, K9 6, K10 3
	it('keeps all bars when they fit', () => {
		expect(hoogsteEnLaagste(bars, [], 10)).toEqual({ bars, van: 10, elk: 0 });
	});
	it('keeps the 2 highest and 2 lowest, high to low, plus a label asked for', () => {
		const r = hoogsteEnLaagste(bars, [], 4);
		expect(r.bars.map((b) => b.label)).toEqual(['K8', 'K2', 'K4', 'K1']); // 9, 7, 1, 0
		expect([r.van, r.elk]).toEqual([10, 2]);
		expect(hoogsteEnLaagste(bars, ['K6'], 4).bars.map((b) => b.label)).toEqual(['K8', 'K2', 'K6', 'K4', 'K1']);
	});
	it('says what it left out', () => {
		expect(nootHoogsteEnLaagste(20, 1400)).toBe('De 20 hoogste en de 20 laagste van de 1.400; alle 1.400 staan in de CSV.');
	});
});

describe('stippenSamen', () => {
	const stip = (v: number, row: number, school = '') => ({ v, row, naam: school, school, tot: v, n: 1 });
	it('keeps every dot up to the limit, and every named dot', () => {
		const weinig = [stip(1, 0), stip(1, 0), stip(2, 1)];
		expect(stippenSamen(weinig, 100, 3)).toBe(weinig);
		const named = [stip(1, 0, '01AA00'), stip(1, 0, '02AA00'), stip(1, 0, '03AA00'), stip(1, 0, '04AA00')];
		expect(stippenSamen(named, 100, 3)).toBe(named);
	});
	it('draws anonymous dots on the same pixel and row as one, saying how many and from what to what', () => {
		// 0…10 over 10 px: one pixel is 1,0. 2,1 and 2,4 share pixel 2 on row 0; 2,2 is on row 1; 7 alone.
		const r = stippenSamen([stip(2.4, 0), stip(7, 0), stip(2.1, 0), stip(2.2, 1), stip(10, 0)], 10, 3);
		expect(r).toEqual([{ ...stip(2.1, 0), tot: 2.4, n: 2 }, stip(2.2, 1), stip(7, 0), stip(10, 0)]);
		expect(r.reduce((s, d) => s + d.n, 0)).toBe(5);
	});
});

describe('hoogsteEnLaagsteGroepen', () => {
	// Uren (first series) and formatie per kring: K1 5, K2 9, K3 1, K4 7, K5 3.
	const uren = [5, 9, 1, 7, 3];
	const bars = uren.flatMap((u, i) => [
		{ label: `K${i + 1}`, series: 'Uren', value: u },
		{ label: `K${i + 1}`, series: 'Formatie', value: 10 }
	]);
	it('keeps every bar when the labels fit', () => {
		expect(hoogsteEnLaagsteGroepen(bars, [], 5)).toEqual({ bars, van: 5, elk: 0 });
	});
	it('keeps the highest and lowest labels by the first series, with all their bars, high to low', () => {
		const r = hoogsteEnLaagsteGroepen(bars, [], 4);
		expect(r.bars.map((b) => `${b.label} ${b.series}`)).toEqual([
			'K2 Uren',
			'K2 Formatie',
			'K4 Uren',
			'K4 Formatie',
			'K5 Uren',
			'K5 Formatie',
			'K3 Uren',
			'K3 Formatie'
		]);
		expect([r.van, r.elk]).toEqual([5, 2]);
	});
});
