import { describe, expect, it } from 'vitest';
import { barLink, barTitel, magNamenZien } from './tooltip';

describe('chart tooltips and links: names only for bestuur and adviseur', () => {
	it('roles: bestuur, adviseur and beheerder see names; a school account and no account do not', () => {
		expect(['bestuur', 'adviseur', 'beheerder', 'school', undefined].map(magNamenZien)).toEqual([true, true, true, false, false]);
	});
	it('a kring bar names its kring for bestuur ("Kring Noord\\n12,5"), only the value for a school account', () => {
		expect(barTitel({ label: 'Kring Noord' }, '12,5', true, 'kring')).toBe('Kring Noord\n12,5');
		expect(barTitel({ label: 'Kring Noord' }, '12,5', false, 'kring')).toBe('12,5');
	});
	it('a bar that is no place (a schooljaar, a series) keeps its label for everyone', () => {
		expect(barTitel({ label: '2024-2025', series: 'sbo' }, '7', false)).toBe('2024-2025 — sbo\n7');
	});
	it('links: /kringen/<kring> and /scholen/<code> with the schooljaar, none for a school account', () => {
		expect(barLink({ label: 'Kring Noord' }, true, 'kring', '2024-2025')).toBe('/kringen/Kring%20Noord?schooljaar=2024-2025');
		expect(barLink({ label: 'De Regenboog', id: '01AB00' }, true, 'school')).toBe('/scholen/01AB00');
		expect(barLink({ label: 'Kring Noord' }, false, 'kring', '2024-2025')).toBeNull();
		expect(barLink({ label: '2024-2025' }, true, undefined)).toBeNull();
	});
});
