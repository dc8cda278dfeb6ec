import { describe, expect, it } from 'vitest';
import { alsKolommen, uitKolommen } from './rijen-als-kolommen';

const kringen = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'Heide', 'Kust', 'Stad'].map((kring, i) => ({
	kring,
	leerlingen: 100 * (i + 1),
	so_pct: i === 3 ? null : i / 4,
	peildatum: new Date(Date.UTC(2025, 9, 1))
}));

describe('rows as columns (src/hooks.ts transport)', () => {
	it('writes each column name once and a list of values per column', () => {
		const k = alsKolommen(kringen)!;
		expect(k[0]).toEqual(['kring', 'leerlingen', 'so_pct', 'peildatum']);
		expect(k[1]).toEqual(['Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'Heide', 'Kust', 'Stad']);
		expect(k[2]).toEqual([100, 200, 300, 400, 500, 600, 700, 800]);
		expect(k[3]).toEqual([0, 0.25, 0.5, null, 1, 1.25, 1.5, 1.75]);
		expect(k.length).toBe(5);
	});

	it('makes the same rows again, columns in their order, null and dates kept', () => {
		const terug = uitKolommen(alsKolommen(kringen)!);
		expect(terug).toStrictEqual(kringen);
		expect(Object.keys(terug[3])).toEqual(['kring', 'leerlingen', 'so_pct', 'peildatum']);
		expect(terug[3].so_pct).toBeNull();
		expect(terug[7].peildatum).toEqual(new Date(Date.UTC(2025, 9, 1)));
	});

	it('keeps a column whose value is undefined in some rows as a column of that row', () => {
		const rijen = kringen.map((r, i) => ({ ...r, toelichting: i === 0 ? 'tekst' : undefined }));
		const terug = uitKolommen(alsKolommen(rijen)!);
		expect(terug).toStrictEqual(rijen);
		expect('toelichting' in terug[5]).toBe(true);
	});

	it('leaves alone what is not a list of alike plain rows', () => {
		// Seven rows: too short to gain anything.
		expect(alsKolommen(kringen.slice(0, 7))).toBeUndefined();
		// One row with its columns in another order.
		const anders = [...kringen.slice(0, 7), { leerlingen: 1, kring: 'X', so_pct: 0, peildatum: null }];
		expect(alsKolommen(anders)).toBeUndefined();
		// One row with a column more.
		expect(alsKolommen([...kringen.slice(0, 7), { ...kringen[0], extra: 1 }])).toBeUndefined();
		// A hole in the list.
		const gat = [...kringen];
		delete (gat as unknown[])[4];
		expect(alsKolommen(gat)).toBeUndefined();
		// Not plain objects: dates, lists, class instances.
		expect(alsKolommen(kringen.map((r) => r.peildatum))).toBeUndefined();
		expect(alsKolommen(kringen.map((r) => [r.kring, r.leerlingen]))).toBeUndefined();
		class Rij {
			constructor(
				readonly a: number,
				readonly b: number
			) {}
		}
		expect(alsKolommen(kringen.map((_, i) => new Rij(i, i)))).toBeUndefined();
		// Without a prototype: it would come back with one.
		expect(alsKolommen(kringen.map((r) => Object.assign(Object.create(null), r)))).toBeUndefined();
		// A single column, and a column that would set the prototype when made again.
		expect(alsKolommen(kringen.map((r) => ({ kring: r.kring })))).toBeUndefined();
		expect(alsKolommen(kringen.map((r) => JSON.parse(`{"__proto__": 1, "kring": "${r.kring}"}`)))).toBeUndefined();
		expect(alsKolommen('tekst')).toBeUndefined();
		expect(alsKolommen({ rijen: kringen })).toBeUndefined();
	});
});
