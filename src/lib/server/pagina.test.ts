import { describe, expect, it } from 'vitest';
import { alsVerdeling, keuzeScholen, zoekEnBlader } from './pagina';
import { NAMED_DOTS_MAX } from '../charts/veel';

/** 450 schools: School 1 … School 450, every tenth in Kring Oost. */
const scholen = Array.from({ length: 450 }, (_, i) => ({
	naam: `School ${i + 1}`,
	school: `${String(i).padStart(2, '0')}AA00`,
	kring: i % 10 === 0 ? 'Kring Oost' : 'Kring West'
}));
const velden = (s: (typeof scholen)[number]) => [s.naam, s.school, s.kring];

describe('zoekEnBlader: a page of a listing a person searches', () => {
	it('pages of 200: page 3 of 450 rows holds rows 401–450', () => {
		const b = zoekEnBlader(scholen, velden, '', 3);
		expect([b.paginas, b.pagina, b.vanaf, b.rows.length, b.gevonden]).toEqual([3, 3, 400, 50, 450]);
		expect(b.rows[0].naam).toBe('School 401');
	});
	it('keeps the page within the pages there are (0, nonsense and 9 of 3)', () => {
		expect(zoekEnBlader(scholen, velden, '', 0).pagina).toBe(1);
		expect(zoekEnBlader(scholen, velden, '', Number('abc')).pagina).toBe(1);
		expect(zoekEnBlader(scholen, velden, '', 9).pagina).toBe(3);
	});
	it('searches any field, whatever the case: "kring oost" finds 45 of 450 on one page', () => {
		const b = zoekEnBlader(scholen, velden, '  kring OOST ', 1);
		expect([b.gevonden, b.paginas, b.rows.length]).toEqual([45, 1, 45]);
		expect(zoekEnBlader(scholen, velden, 'school 45', 1).gevonden).toBe(2); // School 45 and School 450
		expect(zoekEnBlader(scholen, velden, 'zzz', 1)).toMatchObject({ gevonden: 0, paginas: 1, pagina: 1, rows: [] });
	});
});

describe('alsVerdeling: a distribution as a page needs it', () => {
	it('keeps the first row (P25, median, P75 are on every row) and every value', () => {
		const rows = [
			{ verwijzingen_per_1000: 1.5, p25: 2, mediaan: 3, p75: 4, scholen: 3 },
			{ verwijzingen_per_1000: 3, p25: 2, mediaan: 3, p75: 4, scholen: 3 },
			{ verwijzingen_per_1000: 'verborgen', p25: 2, mediaan: 3, p75: 4, scholen: 3 }
		];
		const v = alsVerdeling({ rows, total: 3, csv: '/api/q/x?format=csv' });
		expect(v.rows).toEqual([rows[0]]);
		expect(v.waarden).toEqual([1.5, 3, 'verborgen']);
		expect([v.total, v.csv]).toEqual([3, '/api/q/x?format=csv']);
		expect(v.punten).toBeNull();
	});
	it('with the per-school listing (bestuur): a named dot per school with a figure; none for a school without pupils', () => {
		const rows = [{ verwijzingen_per_1000: 1.5, p25: 1.5, mediaan: 1.5, p75: 1.5, scholen: 1 }];
		const lijst = [
			{ school: '01AA00', naam: 'De Tweemaster', verwijzingen_per_1000: 1.5 },
			{ school: '02BB00', naam: 'Het Anker', verwijzingen_per_1000: null }
		];
		const v = alsVerdeling({ rows, total: 1, csv: '/x' }, { rows: lijst, total: 2, csv: '/y' });
		expect(v.punten).toEqual([{ value: 1.5, naam: 'De Tweemaster', school: '01AA00' }]);
	});
	it('names at most NAMED_DOTS_MAX dots: above it the chart draws the values without names', () => {
		const rij = (i: number) => ({ verwijzingen_per_1000: i / 10, school: `${String(i).padStart(2, '0')}AA00`, naam: `School ${i}` });
		const lijst = (n: number) => ({ rows: Array.from({ length: n }, (_, i) => rij(i)), total: n, csv: '/y' });
		const f = { rows: [{ verwijzingen_per_1000: 1 }], total: 1, csv: '/x' };
		expect(alsVerdeling(f, lijst(NAMED_DOTS_MAX)).punten).toHaveLength(NAMED_DOTS_MAX);
		expect(alsVerdeling(f, lijst(NAMED_DOTS_MAX + 1)).punten).toBeNull();
	});
});

describe('keuzeScholen: the schools offered for a jaarverslag', () => {
	const drie = [
		{ code: '11AA00', kring: 'Kring Noord' },
		{ code: '11BB00', kring: 'Kring Zuid' },
		{ code: '11CC00', kring: 'Kring Noord' }
	];
	it('all of them when they fit in one list', () => {
		expect(keuzeScholen(drie, null, 3)).toEqual({ scholen: drie, perKring: false });
	});
	it("more than fit: none before a kring is chosen, then that kring's", () => {
		expect(keuzeScholen(drie, null, 2)).toEqual({ scholen: [], perKring: true });
		expect(keuzeScholen(drie, 'Kring Noord', 2).scholen.map((s) => s.code)).toEqual(['11AA00', '11CC00']);
	});
});
