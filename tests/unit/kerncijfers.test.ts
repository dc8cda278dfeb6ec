/**
 * kerncijfers against a fixture small enough to compute by hand.
 *
 * Teldatum 1 oktober 2024: bao school 11AA00 has 120 pupils and 11BB00 has 76 (196 bao), sbo school
 * 22CC00 has 4: the denominator is 196 + 4 = 200, so sbo 4 / 200 = 2,00 %.
 * SO TLVs valid on 2024-10-01: T1 (starts exactly on the teldatum), T2 (ends exactly on it),
 * T3 (open end); T4 ended the day before and T5 starts the day after: not valid. Pupil P1 holds
 * both T1 and T6: counted once. So 3 pupils: 3 / 200 = 1,50 %.
 * Rugzak: A1 (rugzak, bao, valid), A2 (individueel, bao, valid), A3 (individueel at the sbo: not
 * counted), A4 (groep: not counted), A5 (rugzak, bao, same pupil as A1: counted once) → 2 / 200 = 1,00 %.
 * Teldatum 1 oktober 2023: 190 bao + 10 sbo → sbo 5,00 %; so: only T2 and T4 valid → 2 / 200 = 1,00 %.
 * A school with 0 pupils (11DD00) changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import type { MonitorDb } from '../../src/lib/server/db';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE)));
afterAll(() => db.close());

describe('kerncijfers', () => {
	it('computes every figure of 1 oktober 2024 as docs/cijfers.md defines it', async () => {
		const r = await registry.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE);
		expect(r.rows).toHaveLength(1);
		const row = r.rows[0];
		expect(row).toMatchObject({
			teldatum: '2024-10-01',
			schooljaar: '2024-2025',
			teldatum_soort: 'oktober',
			leerlingen_bao: 196,
			leerlingen_sbo: 4,
			leerlingen_so: 3,
			leerlingen_rugzak: 2,
			deelname_sbo_pct: 2.0, // 4 of 200
			deelname_so_pct: 1.5, // 3 of 200
			rugzak_pct: 1.0, // 2 of 200
			vorig_teldatum: '2023-10-01',
			vorig_deelname_sbo_pct: 5.0, // 10 of 200
			vorig_deelname_so_pct: 1.0 // 2 of 200
		});
	});

	it('returns every teldatum without a schooljaar, oldest first, with plain numbers (no bigint)', async () => {
		const r = await registry.run('kerncijfers', {}, FULL_SCOPE);
		expect(r.rows.map((x) => x.teldatum)).toEqual(['2023-10-01', '2024-10-01']);
		expect(typeof r.rows[0].leerlingen_bao).toBe('number');
		expect(JSON.stringify(r.rows)).toContain('"leerlingen_bao":190');
	});

	it('prefers the newest national figure with the same definition, with its year (issue 12)', async () => {
		const r = await registry.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE);
		const row = r.rows[0];
		// OCW's 2021 figure (2,5%) is a share of all PO pupils, also so: another definition. The newest
		// with the same denominator (bao + sbo) is 2013's 2,6%, so that one is used, and says so.
		expect(row.landelijk_deelname_sbo_pct).toBe(2.6);
		expect(row.landelijk_deelname_sbo_jaar).toBe(2013);
		expect(row.landelijk_deelname_sbo_zelfde_definitie).toBe(true);
		expect(row.landelijk_deelname_so_pct).toBe(1.64);
		expect(String(row.landelijk_bron)).toContain('2013');
		// For rugzak only the 2013 figure with the same definition exists.
		expect(row.landelijk_rugzak_pct).toBe(0.95);
		expect(row.landelijk_rugzak_jaar).toBe(2013);
	});

	it('with only scholen and telling loaded, so and rugzak are "geen gegevens", never 0 (issue 12)', async () => {
		const { db: alleen, registry: reg } = await fixtureDb({ 'scholen.csv': FIXTURE['scholen.csv'], 'telling.csv': FIXTURE['telling.csv'] });
		const row = (await reg.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows[0];
		// sbo 4 of 200 = 2,00% still counts: the telling is loaded.
		expect(row).toMatchObject({
			deelname_sbo_pct: 2,
			leerlingen_so: null,
			deelname_so_pct: null,
			leerlingen_rugzak: null,
			rugzak_pct: null,
			vorig_deelname_so_pct: null
		});
		alleen.close();
	});

	it('a count from DUO <5 cells carries its range into the rate (issue 12)', async () => {
		// 1 okt 2024: 22CC00 holds 3 sbo pupils, DUO said <5 twice → between 2 and 8; bao 196 exact.
		// deelname sbo 3 / 199 = 1,508%; at least 2 / 198 = 1,010%, at most 8 / 204 = 3,922%.
		// so: 3 TLV pupils / 199 = 1,508%; from 3 / 204 = 1,471% to 3 / 198 = 1,515%.
		const telling = FIXTURE['telling.csv']
			.replace('2024-10-01,22CC,00,4', '2024-10-01,22CC,00,3')
			.replace('teldatum,brin,vestiging,leerlingen', 'teldatum,brin,vestiging,leerlingen,leerlingen_min,leerlingen_max');
		const metBereik = telling.replace('2024-10-01,22CC,00,3', '2024-10-01,22CC,00,3,2,8');
		const { db: duo, registry: reg } = await fixtureDb({ ...FIXTURE, 'telling.csv': metBereik });
		const row = (await reg.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows[0];
		expect(row.telling_schatting).toBe(true);
		expect(row.deelname_sbo_pct).toBeCloseTo(300 / 199, 10);
		expect(row.deelname_sbo_pct_min).toBeCloseTo(200 / 198, 10);
		expect(row.deelname_sbo_pct_max).toBeCloseTo(800 / 204, 10);
		expect(row.deelname_so_pct_min).toBeCloseTo(300 / 204, 10);
		expect(row.deelname_so_pct_max).toBeCloseTo(300 / 198, 10);
		// Last year's counts are exact: no range.
		expect(row.vorig_deelname_sbo_pct_min).toBeNull();
		duo.close();
	});

	it('gives no percentage ("geen gegevens") when the denominator is 0', async () => {
		const { db: empty, registry: reg } = await fixtureDb({
			'scholen.csv': FIXTURE['scholen.csv'],
			'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2024-10-01,11AA,00,0\n2024-10-01,22CC,00,0\n'
		});
		const r = await reg.run('kerncijfers', {}, FULL_SCOPE);
		expect(r.rows[0].deelname_sbo_pct).toBeNull();
		expect(r.rows[0].deelname_so_pct).toBeNull();
		expect(r.rows[0].rugzak_pct).toBeNull();
		empty.close();
	});
});

describe('kerncijfers for a school account (small counts)', () => {
	it('shows 3 so pupils as "<5" to a school account and the rates built on small counts as "verborgen"; the adviseur sees 3', async () => {
		const school = await registry.run('kerncijfers', { schooljaar: '2024-2025' }, { role: 'school', schools: ['11AA00'] });
		expect(school.rows[0]).toMatchObject({
			leerlingen_bao: 196,
			leerlingen_sbo: '<5', // 4
			leerlingen_so: '<5', // 3
			leerlingen_rugzak: '<5', // 2
			deelname_sbo_pct: 'verborgen',
			deelname_so_pct: 'verborgen',
			rugzak_pct: 'verborgen',
			vorig_leerlingen_sbo: 10,
			vorig_deelname_sbo_pct: 5.0, // 10 of 200: not small
			vorig_leerlingen_so: '<5', // 2
			vorig_deelname_so_pct: 'verborgen'
		});
		// Nothing in the row gives the 3 away: not the count, not 3 / 200 = 1,5 %.
		expect(Object.values(school.rows[0])).not.toContain(3);
		expect(Object.values(school.rows[0])).not.toContain(1.5);
		const adviseur = await registry.run('kerncijfers', { schooljaar: '2024-2025' }, { role: 'adviseur' });
		expect(adviseur.rows[0]).toMatchObject({ leerlingen_so: 3, deelname_so_pct: 1.5 });
	});
});
