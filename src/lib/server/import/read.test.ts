import { describe, expect, it } from 'vitest';
import { regelSprongen, vulLegeRegels } from './read';

describe('rows that span lines in a CSV', () => {
	const csv = 'a;b\n1;"x\ny"\n2;z\n3;"p\n\nq"\n4;w\n';
	it('says from which data row on the lines run ahead, and by how much', () => {
		// Data rows: 0 (lines 2–3), 1 (line 4), 2 (lines 5–7), 3 (line 8).
		expect(regelSprongen(csv, 1)).toEqual([
			[1, 1],
			[3, 3]
		]);
		expect(regelSprongen('a;b\n1;2\n3;4\n', 1)).toEqual([]);
	});
	it('fills empty lines outside quoted values only', () => {
		expect(vulLegeRegels('a;b\n\n1;"p\n\nq"\n\n2;3', ';')).toBe('a;b\n;\n1;"p\n\nq"\n;\n2;3');
	});
});
