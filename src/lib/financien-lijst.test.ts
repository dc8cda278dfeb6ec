import { describe, expect, it } from 'vitest';
import { financienModel } from './financien';
import { scenarioParams } from './financien-scenario';
import { NAMED_DOTS_MAX } from './charts/veel';
import type { DoelmatigheidRow, DoelmatigheidUrenVerwijzingenRow } from './rows.generated';

/**
 * A large SWV (scale 50: 4.243 schools) sent every school's doelmatigheid row and every point's row as page
 * data (2,8 MB on /financien and in the jaarverslag). Listings hold 200 rows with their number; the CSV has all.
 */
describe('financienModel: listings of a large SWV', () => {
	const school = (i: number): DoelmatigheidRow => ({
		schooljaar: '2024-2025',
		niveau: 'school',
		kring: 'Kring A',
		school: `S${i}`,
		naam: `School ${String(i).padStart(3, '0')}`,
		beeindigd: i % 7,
		met_vervolg: i % 7,
		terug_naar_basis: 0,
		naar_tlv: 0,
		terug_naar_basis_pct: null,
		naar_tlv_pct: null,
		kosten_beeindigd: null,
		kosten_per_terug_naar_basis: null
	});
	const punt = (i: number): DoelmatigheidUrenVerwijzingenRow => ({
		schooljaar: 2025,
		school: `S${i}`,
		naam: `School ${i}`,
		kring: 'Kring A',
		leerlingen: 200,
		verwijzingen: 1,
		expertteam_uren: i,
		uren_per_100_leerlingen: i / 2,
		verwijzingen_per_1000: 5,
		verwijzingen_per_1000_voorheen: 4,
		verandering_per_1000: 1
	});
	const m = financienModel({
		jaren: [],
		posten: [],
		doelmatigheid: Array.from({ length: 250 }, (_, i) => school(i)),
		kosten: [],
		urenVerwijzingen: Array.from({ length: 230 }, (_, i) => punt(i)),
		jaar: 2025,
		params: scenarioParams(new URLSearchParams())
	});

	it('lists 200 of 250 schools, those with the most ended arrangements first, and says there are 250', () => {
		expect(m.doelmatigheid.scholen).toHaveLength(200);
		expect(m.doelmatigheid.scholenTotaal).toBe(250);
		// i % 7 = 6 for i = 6, 13, …: 35 schools with 6 ended arrangements come first, by name.
		expect(m.doelmatigheid.scholen[0]).toMatchObject({ naam: 'School 006', beeindigd: 6 });
		expect(m.doelmatigheid.scholen.slice(0, 35).every((s) => s.beeindigd === 6)).toBe(true);
	});

	it('draws all 230 schools in the scatter, but its table view holds 200 (most hours first) and counts 230', () => {
		expect(m.doelmatigheid.spreiding.punten).toHaveLength(230);
		expect(m.doelmatigheid.spreiding.scholen).toBe(230);
		expect(m.doelmatigheid.spreiding.rijen).toHaveLength(200);
		expect(m.doelmatigheid.spreiding.rijen[0]).toMatchObject({ school: 'S229', uren_per_100_leerlingen: 114.5 });
	});

	it('names the dots of the scatter up to NAMED_DOTS_MAX schools; beyond it they are drawn without names', () => {
		const met = (n: number) =>
			financienModel({
				jaren: [],
				posten: [],
				doelmatigheid: [],
				kosten: [],
				urenVerwijzingen: Array.from({ length: n }, (_, i) => punt(i)),
				jaar: 2025,
				params: scenarioParams(new URLSearchParams())
			}).doelmatigheid.spreiding.punten;
		expect(met(NAMED_DOTS_MAX).every((p) => p.naam.startsWith('School '))).toBe(true);
		const veel = met(NAMED_DOTS_MAX + 1);
		expect(veel).toHaveLength(NAMED_DOTS_MAX + 1);
		expect(veel.every((p) => p.naam === '')).toBe(true);
	});
});
