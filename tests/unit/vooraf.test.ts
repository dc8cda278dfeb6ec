/**
 * Figures computed once per import (src/lib/server/vooraf.ts): they move with the data in the same
 * transaction, never on their own. Fixture as in kerncijfers.test.ts: on 1 oktober 2024, 3 pupils
 * with a valid so-TLV of 200 bao + sbo pupils (1,50 %); 2 pupils with a rugzak (1,00 %).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDb, importInto } from './helpers';
import { FIXTURE } from './fixture';
import { MonitorDb, runOn } from '../../src/lib/server/db';
import { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { berekenVooraf, leesLijst, teBouwen, VOORAF } from '../../src/lib/server/vooraf';
import { TABLES } from '../../src/lib/server/schema';
import { runImport } from '../../src/lib/server/import/importer';

const so2024 = async (registry: QueryRegistry) => (await registry.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows[0];

/** T3 again (same tlv_id, so it replaces T3) but ending the day before 1 oktober 2024: 2 of 200 is 1,00 %. */
const t3Eerder =
	FIXTURE['tlv.csv']
		.split('\n')
		.filter((l, i) => i === 0 || l.startsWith('T3,'))
		.join('\n')
		.replace('2024-02-01,2024-02-01,,', '2024-02-01,2024-02-01,2024-09-30,') + '\n';

/**
 * Per school and schooljaar (vooraf_school_jaar): Basisschool Een (11AA) has 120 pupils on 1 oktober 2024
 * and two so-TLVs decided in 2024-2025 (T1 on 15 september, T5 on 20 september 2024): 1000 × 2 / 120 is
 * 16,67 verwijzingen per 1000. On that day its rugzakken A1 and A5 (both P10: one pupil) and the
 * TOP-groep A4 are running: 3 arrangements, 1 pupil with a rugzak.
 */
const een = async (registry: QueryRegistry) =>
	(await registry.run('verwijzingen_per_school', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows.find((r) => r.school === '11AA00');
const eenTabel = async (db: MonitorDb) =>
	(
		await db.query(`SELECT leerlingen, tlv_sbo::INTEGER AS tlv_sbo, tlv_so::INTEGER AS tlv_so, leerlingen_rugzak::INTEGER AS leerlingen_rugzak, arrangementen::INTEGER AS arrangementen
		FROM vooraf_school_jaar WHERE schooljaar = '2024-2025' AND brin = '11AA' AND vestiging = '00'`)
	).rows[0];

/** T5 again (same tlv_id, so it replaces T5) but decided on 20 juli 2024, in 2023-2024: 1000 × 1 / 120 is 8,33. */
const t5Eerder =
	FIXTURE['tlv.csv']
		.split('\n')
		.filter((l, i) => i === 0 || l.startsWith('T5,'))
		.join('\n')
		.replace('2024-09-01,2024-09-20,', '2024-07-01,2024-07-20,') + '\n';

describe('figures computed once per import', () => {
	it('a new import recomputes them in its own transaction: 3 of 200 (1,50 %) becomes 2 of 200 (1,00 %)', async () => {
		const { db, registry } = await fixtureDb(FIXTURE);
		expect(await so2024(registry)).toMatchObject({ leerlingen_so: 3, deelname_so_pct: 1.5 });
		const report = await importInto(db, { 'tlv.csv': t3Eerder });
		expect(report.ok).toBe(true);
		expect(await so2024(registry)).toMatchObject({ leerlingen_so: 2, deelname_so_pct: 1.0 });
		db.close();
	});

	it('a load that fails leaves them as they were, with the data', async () => {
		const { db, registry } = await fixtureDb(FIXTURE);
		await db.withConnection(async (c) => {
			await expect(
				db.changeData(c, async () => {
					await runOn(c, `DELETE FROM tlv WHERE tlv_id <> 'T1'`);
					await berekenVooraf(c);
					throw new Error('schijf vol');
				})
			).rejects.toThrow('schijf vol');
		});
		expect((await db.query(`SELECT count(*)::INTEGER AS n FROM vooraf_tlv_teldatum WHERE teldatum = DATE '2024-10-01' AND soort = 'so'`)).rows[0].n).toBe(3);
		expect(await so2024(registry)).toMatchObject({ leerlingen_so: 3, deelname_so_pct: 1.5 });
		db.close();
	});

	it('a database without them (or from another version) gets them at opening, from its data', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pm-vooraf-'));
		const file = join(dir, 'monitor.duckdb');
		try {
			let db = await MonitorDb.open(file);
			expect((await importInto(db, FIXTURE)).ok).toBe(true);
			await db.query(`DROP TABLE vooraf_kerncijfers`);
			await db.query(`DELETE FROM meta WHERE key = 'vooraf_versie'`);
			db.close();
			db = await MonitorDb.open(file);
			expect(await so2024(new QueryRegistry(db))).toMatchObject({ leerlingen_so: 3, leerlingen_rugzak: 2, rugzak_pct: 1.0 });
			db.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('per school and schooljaar: a new import moves the verwijzingen of a school from 2 to 1 of 120 pupils (16,67 to 8,33 per 1000)', async () => {
		const { db, registry } = await fixtureDb(FIXTURE);
		expect(await eenTabel(db)).toEqual({ leerlingen: 120, tlv_sbo: 0, tlv_so: 2, leerlingen_rugzak: 1, arrangementen: 3 });
		const voor = await een(registry);
		expect(voor).toMatchObject({ leerlingen: 120, tlv_so: 2, verwijzingen: 2 });
		expect(voor?.verwijzingen_per_1000).toBeCloseTo(16.67, 2);
		expect(t5Eerder).toContain('T5,P5,so,laag,11AA,00,2024-07-01,2024-07-20,2024-10-02');
		expect((await importInto(db, { 'tlv.csv': t5Eerder })).ok).toBe(true);
		expect(await eenTabel(db)).toMatchObject({ tlv_so: 1 });
		const na = await een(registry);
		expect(na).toMatchObject({ leerlingen: 120, tlv_so: 1, verwijzingen: 1 });
		expect(na?.verwijzingen_per_1000).toBeCloseTo(8.33, 2);
		db.close();
	});

	it('per school and schooljaar: a load that fails leaves the verwijzingen of a school as they were (2 of 120)', async () => {
		const { db, registry } = await fixtureDb(FIXTURE);
		await db.withConnection(async (c) => {
			await expect(
				db.changeData(c, async () => {
					await runOn(c, `DELETE FROM tlv WHERE tlv_id = 'T5'`);
					await berekenVooraf(c);
					throw new Error('schijf vol');
				})
			).rejects.toThrow('schijf vol');
		});
		expect(await eenTabel(db)).toEqual({ leerlingen: 120, tlv_sbo: 0, tlv_so: 2, leerlingen_rugzak: 1, arrangementen: 3 });
		expect(await een(registry)).toMatchObject({ tlv_so: 2, verwijzingen: 2 });
		db.close();
	});
});

/** A checksum per precomputed table: equal means the same rows. */
async function voorafSommen(db: MonitorDb): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const v of VOORAF) {
		const r = await db.query(`SELECT count(*)::INTEGER AS n, coalesce(sum(hash(x)), 0)::VARCHAR AS h FROM (SELECT * FROM ${v.naam}) x`);
		out[v.naam] = `${r.rows[0].n}:${r.rows[0].h}`;
	}
	return out;
}

describe('an import builds again only the tables that read what it changed', () => {
	it('each table reads import tables or tables built before it, as DuckDB plans it', async () => {
		const { db } = await fixtureDb(FIXTURE);
		const lijst = await db.withConnection((c) => leesLijst(c));
		const importTabellen = new Set(TABLES.map((t) => t.name));
		const eerder = new Set<string>();
		for (const v of VOORAF) {
			for (const t of lijst.get(v.naam)!) expect(importTabellen.has(t) || eerder.has(t), `${v.naam} leest ${t}`).toBe(true);
			eerder.add(v.naam);
		}
		// Hours never read the telling; a school's year reads telling and TLVs (also through macros).
		expect([...lijst.get('vooraf_expertteam_school')!]).toEqual(['expertteam_inzet']);
		expect([...lijst.get('vooraf_school_jaar')!]).toEqual(expect.arrayContaining(['telling', 'tlv', 'scholen', 'arrangementen']));
		// An export of hours builds the expertteam tables and what reads them, nothing else.
		expect([...(await db.withConnection((c) => teBouwen(c, new Set(['expertteam_inzet']))))]).toEqual([
			'vooraf_expertteam_school',
			'vooraf_expertteam_maand',
			'vooraf_expertteam_verdeling',
			'vooraf_expertteam_opties'
		]);
		db.close();
	});

	it('after an import of a telling and one of hours, every table is what building all of them again gives (demo data)', async () => {
		const db = await MonitorDb.open(':memory:');
		expect((await runImport(db, ['data/demo'], { user: 'test' })).ok).toBe(true);
		const telling = readFileSync('data/demo/telling.csv', 'utf8').trim().split('\n');
		const laatste = telling.at(-1)!.split(',')[0];
		// The last teldatum again, 40 pupils more at every school.
		const nieuw = [telling[0], ...telling.filter((l) => l.startsWith(`${laatste},`)).map((l) => l.replace(/,(\d+)$/, (_, n) => `,${Number(n) + 40}`))];
		expect((await importInto(db, { 'telling.csv': nieuw.join('\n') + '\n' })).ok).toBe(true);
		const inzet = readFileSync('data/demo/expertteam_inzet.csv', 'utf8').trim().split('\n');
		const meer = [inzet[0], ...inzet.slice(1, 31).map((l) => l.replace(/,([\d.]+),(\d+)$/, (_, u, n) => `,${Number(u) * 2},${n}`))];
		expect((await importInto(db, { 'expertteam_inzet.csv': meer.join('\n') + '\n' })).ok).toBe(true);
		const stukje = await voorafSommen(db);
		await db.withConnection(async (c) => {
			await c.run('BEGIN TRANSACTION');
			await berekenVooraf(c);
			await c.run('COMMIT');
		});
		expect(stukje).toEqual(await voorafSommen(db));
		db.close();
	});
});
