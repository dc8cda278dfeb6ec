/**
 * Figures computed once per import (src/lib/server/vooraf.ts): they move with the data in the same
 * transaction, never on their own. Fixture as in kerncijfers.test.ts: on 1 oktober 2024, 3 pupils
 * with a valid so-TLV of 200 bao + sbo pupils (1,50 %); 2 pupils with a rugzak (1,00 %).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDb, importInto } from './helpers';
import { FIXTURE } from './fixture';
import { MonitorDb, runOn } from '../../src/lib/server/db';
import { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { berekenVooraf } from '../../src/lib/server/vooraf';

const so2024 = async (registry: QueryRegistry) => (await registry.run('kerncijfers', { schooljaar: '2024-2025' }, FULL_SCOPE)).rows[0];

/** T3 again (same tlv_id, so it replaces T3) but ending the day before 1 oktober 2024: 2 of 200 is 1,00 %. */
const t3Eerder = FIXTURE['tlv.csv'].split('\n').filter((l, i) => i === 0 || l.startsWith('T3,')).join('\n').replace('2024-02-01,2024-02-01,,', '2024-02-01,2024-02-01,2024-09-30,') + '\n';

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
});
