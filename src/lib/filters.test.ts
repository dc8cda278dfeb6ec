import { describe, expect, it } from 'vitest';
import { figuurWie, keuzeFilters } from './filters';

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
