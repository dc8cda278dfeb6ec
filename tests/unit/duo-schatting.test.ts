/**
 * Issue 12: DUO's "<5" cells are a range, carried from the query to the jaarverslag and the kring and
 * deelname pages. The fixture's SBO De Vlieger (22CC00) counts "<5" on 1 oktober 2024: leerlingen 4,
 * at least 1, at most 4; every other count is exact.
 * 1 oktober 2024: bao 120 + 76 + 0 = 196. Deelname sbo 4 / 200 = 2,0 %, at least 1 / (196 + 1) = 0,51 %,
 * at most 4 / 200 = 2,0 %. Kring Noord (11AA00 bao 120 + the sbo): 4 / 124 = 3,23 %, at least 1 / 121 = 0,83 %.
 * 1 oktober 2023 (exact): bao 114 + 82 = 196, sbo 2 → 2 / 198 = 1,01 %: inside the range, so no hoger/lager.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import { vertelMetric } from '../../src/lib/jaarverslag';
import type { Actor } from '../../src/lib/server/toelichtingen';
import { render } from 'svelte/server';
import Vergelijking from '../../src/lib/components/Vergelijking.svelte';
import { vertelPositie, vertelVerandering } from '../../src/lib/vertellen';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => {
	({ db, registry } = await fixtureDb({
		'scholen.csv': FIXTURE['scholen.csv'],
		'tlv.csv': FIXTURE['tlv.csv'],
		'telling.csv': `teldatum,brin,vestiging,leerlingen,leerlingen_min,leerlingen_max
2023-10-01,11AA,00,114,,
2023-10-01,11BB,00,82,,
2023-10-01,11DD,00,0,,
2023-10-01,22CC,00,2,,
2023-10-01,33EE,00,40,,
2024-10-01,11AA,00,120,,
2024-10-01,11BB,00,76,,
2024-10-01,11DD,00,0,,
2024-10-01,22CC,00,4,1,4
2024-10-01,33EE,00,41,,
`
	}));
});
afterAll(() => db.close());
const bestuur: Actor = { scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } };

describe('DUO <5 ranges', () => {
	it('jaarverslag_deelname and deelname_per_teldatum carry the smallest and largest possible value', async () => {
		const jv = (await registry.run('jaarverslag_deelname', {}, FULL_SCOPE)).rows;
		const swv = jv.find((r) => r.niveau === 'swv' && r.schooljaar === '2024-2025')!;
		expect(swv.deelname_sbo_pct).toBe(2);
		expect(swv.deelname_sbo_pct_min).toBeCloseTo(100 / 197, 9);
		expect(swv.deelname_sbo_pct_max).toBeCloseTo(2, 9);
		// Exact counts: no range.
		expect(jv.find((r) => r.niveau === 'swv' && r.schooljaar === '2023-2024')!.deelname_sbo_pct_min).toBeNull();
		const noord = (await registry.run('deelname_per_teldatum', { kring: 'Kring Noord' }, FULL_SCOPE)).rows.find((r) => r.teldatum === '2024-10-01')!;
		expect(noord.deelname_sbo_pct).toBeCloseTo(400 / 124, 9);
		expect(noord.deelname_sbo_pct_min).toBeCloseTo(100 / 121, 9);
		expect(noord.deelname_sbo_pct_max).toBeCloseTo(400 / 124, 9);
	});
	it('the jaarverslag marks the estimate and says neither hoger nor lager when the range reaches last year', async () => {
		const d = await loadJaarverslag(db, registry, { schooljaar: '2024-2025' }, bestuur);
		const f = vertelMetric(d, 'deelname_sbo_pct');
		expect(f.bereik![0]).toBeCloseTo(100 / 197, 9);
		expect(f.zinnen[0]).toContain('zat 2,00% (schatting: 0,51% tot 2,00%) van de leerlingen op het sbo');
		expect(f.zinnen[0]).toContain('door de schatting niet met zekerheid hoger of lager dan vorig jaar (1,01%)');
		// The national 2,6% lies above the whole range (at most 2,0%): that comparison stays certain.
		expect(f.zinnen[0]).toContain('en duidelijk lager en dus gunstiger dan landelijk (2,60%');
	});
});

/**
 * The kring and school pages (issue 12): verwijzingen per 1.000 rest on the same pupil counts, so an
 * estimate there is a range too. Schooljaar 2024-2025: two so-TLVs from Basisschool Een (T1, T5).
 * Kring Noord: 120 + 4 pupils (at least 120 + 1): 2 / 124 × 1.000 = 16,13, at most 2 / 121 × 1.000 = 16,53.
 * SWV: 200 pupils (at least 197): 10,00 to 2 / 197 × 1.000 = 10,15. Kring Zuid (76 + 0) is exact.
 */
describe('DUO <5 ranges on the kring and school pages', () => {
	it('verwijzingen_per_kring carries the range of the kring and the SWV', async () => {
		const rows = (await registry.run('verwijzingen_per_kring', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows;
		const noord = rows.find((r) => r.kring === 'Kring Noord')!;
		expect([noord.verwijzingen, noord.leerlingen, noord.leerlingen_min, noord.leerlingen_max]).toEqual([2, 124, 121, 124]);
		expect(noord.verwijzingen_per_1000).toBeCloseTo(2000 / 124, 9);
		expect(noord.verwijzingen_per_1000_min).toBeCloseTo(2000 / 124, 9);
		expect(noord.verwijzingen_per_1000_max).toBeCloseTo(2000 / 121, 9);
		expect([noord.swv_leerlingen_min, noord.swv_leerlingen_max]).toEqual([197, 200]);
		expect(noord.swv_verwijzingen_per_1000_max).toBeCloseTo(2000 / 197, 9);
		const zuid = rows.find((r) => r.kring === 'Kring Zuid')!;
		expect([zuid.leerlingen, zuid.leerlingen_min, zuid.verwijzingen_per_1000_min]).toEqual([76, null, null]);
	});
	it('school_verwijzingen: an exact school in an estimated kring, and the estimated school itself', async () => {
		const een = (await registry.run('school_verwijzingen', { school: '11AA00' }, FULL_SCOPE)).rows.find((r) => r.schooljaar === '2024-2025')!;
		expect(een.verwijzingen_per_1000).toBeCloseTo(2000 / 120, 9);
		expect(een.verwijzingen_per_1000_min).toBeNull();
		expect(een.kring_verwijzingen_per_1000_min).toBeCloseTo(2000 / 124, 9);
		expect(een.kring_verwijzingen_per_1000_max).toBeCloseTo(2000 / 121, 9);
		expect(een.swv_verwijzingen_per_1000_max).toBeCloseTo(2000 / 197, 9);
		const vlieger = (await registry.run('school_verwijzingen', { school: '22CC00' }, FULL_SCOPE)).rows.find((r) => r.schooljaar === '2024-2025')!;
		expect([vlieger.leerlingen, vlieger.leerlingen_min, vlieger.leerlingen_max]).toEqual([4, 1, 4]);
	});
	it('the comparison table marks an estimate with its range; exact cells stay plain', () => {
		const { body } = render(Vergelijking, {
			props: {
				caption: 'Kring Noord',
				kolommen: ['Kring Noord', 'Samenwerkingsverband'],
				rijen: [
					{ id: 'leerlingen', waarden: [124, 200], bereiken: [[121, 124], null] },
					{
						id: 'verwijzingen_per_1000',
						waarden: [2000 / 124, 10],
						bereiken: [
							[2000 / 124, 2000 / 121],
							[10, 2000 / 197]
						]
					}
				]
			}
		});
		const t = body
			.replace(/<!--[^]*?-->/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		expect(t).toContain('124 schatting: 121 tot 124');
		expect(t).toContain('200 Verwijzingen');
		expect(t).toContain('16,1 schatting: 16,1 tot 16,5');
		expect(t).toContain('10,0 schatting: 10,0 tot 10,2');
		expect(body.match(/data-schatting/g)).toHaveLength(3);
	});
	it('the sentences mark the estimate and say neither gestegen nor gedaald when the range reaches last year', () => {
		// 10,0 with a range of 5,0 to 20,0 (a small school with a <5 cell); last year 15,0 lies inside it.
		expect(vertelVerandering('verwijzingen_per_1000', 10, 15, 'vorig schooljaar', [5, 20])).toBe(
			'Verwijzingen per 1.000 leerlingen: door de schatting niet met zekerheid gestegen of gedaald ten opzichte van vorig schooljaar (15,0); nu 10,0 (schatting: 5,0 tot 20,0).'
		);
		// Within a narrow range the values read alike: 16,1 against 16,2 is "ongeveer gelijk", estimate or not;
		// both are named, since "(16,1)" after "vorig schooljaar" read as last year's value (16,2).
		expect(vertelVerandering('verwijzingen_per_1000', 2000 / 124, 16.2, 'vorig schooljaar', [2000 / 124, 2000 / 121])).toBe(
			'Verwijzingen per 1.000 leerlingen: ongeveer gelijk aan vorig schooljaar: van 16,2 naar 16,1.'
		);
		// Last year 12,0 lies below the whole range: that change is certain.
		expect(vertelVerandering('verwijzingen_per_1000', 2000 / 124, 12, 'vorig schooljaar', [2000 / 124, 2000 / 121])).toMatch(
			/gestegen ten opzichte van vorig schooljaar, van 12,0 naar 16,1/
		);
		expect(
			vertelPositie(
				'verwijzingen_per_1000',
				'in Kring Noord',
				2000 / 124,
				null,
				null,
				[{ value: 10, label: 'in het samenwerkingsverband', bereik: [10, 2000 / 197] }],
				[2000 / 124, 2000 / 121]
			)
		).toContain('16,1 (schatting: 16,1 tot 16,5)');
	});
});

describe('a range that reads as one value is not marked', () => {
	it('0,801% to 0,804% shown with two decimals is 0,80% either way: no "schatting: 0,80% tot 0,80%"', () => {
		const t = render(Vergelijking, {
			props: { caption: 'x', kolommen: ['Kring'], rijen: [{ id: 'deelname_so_pct', waarden: [0.802], bereiken: [[0.801, 0.804]] }] }
		}).body;
		expect(t).not.toContain('schatting');
		expect(
			vertelPositie(
				'deelname_so_pct',
				'in Kring Noord',
				0.802,
				null,
				null,
				[{ value: 1.5, label: 'in het samenwerkingsverband', bereik: [1.499, 1.502] }],
				[0.801, 0.804]
			)
		).not.toContain('schatting');
	});
});

describe('an estimate that did not change', () => {
	it('SBO De Vlieger: 0 verwijzingen on 1 to 4 pupils, last year 0,0 too: gelijk, not "niet met zekerheid gestegen of gedaald"', () => {
		expect(vertelVerandering('verwijzingen_per_1000', 0, 0, 'vorig schooljaar', [0, 0])).toBe(
			'Verwijzingen per 1.000 leerlingen: ongeveer gelijk aan vorig schooljaar (0,0).'
		);
	});
});
