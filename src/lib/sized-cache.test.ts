import { describe, expect, it } from 'vitest';
import { SizedCache } from './sized-cache';

describe('SizedCache', () => {
	it('drops the least recently used first, by count and by size, and keeps the newest', () => {
		const c = new SizedCache<string>(3, 10);
		c.set('a', 'A', 4);
		c.set('b', 'B', 4);
		expect(c.get('a')).toBe('A'); // a is now more recent than b
		c.set('c', 'C', 4); // 12 > 10: b goes
		expect([c.get('b'), c.size, c.total]).toEqual([undefined, 2, 8]);
		c.set('d', 'D', 0);
		c.set('e', 'E', 0); // 4 entries > 3: a (least recent) goes
		expect([c.get('a'), c.size, c.total]).toEqual([undefined, 3, 4]);
		c.set('f', 'F', 50); // larger than the whole cache: kept alone
		expect([c.size, c.total, c.get('f')]).toEqual([1, 50, 'F']);
	});
	it('takes a size learned later only for the same value', () => {
		const c = new SizedCache<string>(5, 10);
		c.set('a', 'A');
		c.resize('a', 'A', 6);
		c.resize('a', 'other', 100);
		expect(c.total).toBe(6);
		c.set('b', 'B');
		c.resize('b', 'B', 6); // 12 > 10: a goes
		expect([c.get('a'), c.total]).toEqual([undefined, 6]);
	});
});
