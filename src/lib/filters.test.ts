import { describe, expect, it } from 'vitest';
import { figuurWie, filterWoorden, keuzeFilters } from './filters';
import { sectorWoorden } from './sector';

describe('figuurWie', () => {
	it('names the chosen kring first, then the gemeente, then the soort of scholen, else the samenwerkingsverband', () => {
		expect(figuurWie({})).toEqual({ gefilterd: false, wie: 'het samenwerkingsverband' });
		expect(figuurWie({ schoolsoort: 'sbo' })).toEqual({ gefilterd: true, wie: 'de sbo-scholen' });
		expect(figuurWie({ gemeente: 'Utrecht', schoolsoort: 'sbo' })).toEqual({ gefilterd: true, wie: 'Utrecht' });
		expect(figuurWie({ kring: 'Kring West', gemeente: 'Utrecht' })).toEqual({ gefilterd: true, wie: 'Kring West' });
		// The schooljaar alone is no filter of whom.
		expect(figuurWie({ schooljaar: '2024-2025' })).toEqual({ gefilterd: false, wie: 'het samenwerkingsverband' });
	});
});

describe('keuzeFilters', () => {
	it('puts the schooljaar first, then the page’s own filters with their value and options', () => {
		const filters = keuzeFilters(
			{ schooljaar: '2024-2025', kring: 'Kring West' },
			{ schooljaar: ['2023-2024', '2024-2025'], kring: ['Kring Oost', 'Kring West'] },
			[['kring', 'Kring', 'Alle kringen']]
		);
		expect(filters).toEqual([
			{ name: 'schooljaar', label: 'Schooljaar', value: '2024-2025', options: ['2023-2024', '2024-2025'], all: undefined },
			{ name: 'kring', label: 'Kring', value: 'Kring West', options: ['Kring Oost', 'Kring West'], all: 'Alle kringen' }
		]);
	});
});

describe('filterWoorden', () => {
	const po = sectorWoorden('po');
	const vo = sectorWoorden('vo');
	it('names the kring filter in the sector’s words, its empty choice in lower case as the other filters', () => {
		// The figure pages and the expertteam page call it "Kring"; the budget page already "Regio" in VO.
		expect(filterWoorden({ name: 'kring', label: 'Kring', value: '', options: [], all: 'Alle kringen' }, po)).toEqual({ label: 'Kring', all: 'alle kringen' });
		expect(filterWoorden({ name: 'kring', label: 'Kring', value: '', options: [], all: 'alle kringen' }, vo)).toEqual({ label: 'Regio', all: 'alle regio’s' });
		expect(filterWoorden({ name: 'kring', label: 'Regio', value: '', options: [], all: 'Alle regio’s' }, vo)).toEqual({ label: 'Regio', all: 'alle regio’s' });
	});
	it('leaves other filters, and a kring filter without an empty choice, as they are', () => {
		expect(filterWoorden({ name: 'gemeente', label: 'Gemeente', value: '', options: [], all: 'alle gemeenten' }, vo)).toEqual({
			label: 'Gemeente',
			all: 'alle gemeenten'
		});
		expect(filterWoorden({ name: 'kring', label: 'Kring', value: '', options: [] }, vo)).toEqual({ label: 'Regio', all: undefined });
	});
});
