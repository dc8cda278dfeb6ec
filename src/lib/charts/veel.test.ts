import { describe, expect, it } from 'vitest';
import { hoogsteEnLaagste, nootHoogsteEnLaagste } from './veel';

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
