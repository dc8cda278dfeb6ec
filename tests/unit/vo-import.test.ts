/**
 * VO import (issue 16): soorten vo/pro/vso, telling lwoo, tlv soort vso, formatie per school with its
 * vaste AB'er; a database is PO or VO, and a mix is refused naming file, row, column and the fix,
 * with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { FIXTURE } from './fixture';
import { FIXTURE_VO } from './fixture-vo';
import { fixtureDb, importInto, tableChecksums } from './helpers';

describe('a VO database', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE_VO)));
	afterAll(() => db.close());

	it('reads the VO soorten (also praktijkonderwijs, VSO) and says its sector is vo', async () => {
		const s = await db.query(`SELECT brin || vestiging AS school, soort FROM scholen ORDER BY 1`);
		expect(s.rows.map((r) => `${r.school} ${r.soort}`)).toEqual(['31AA00 vo', '31BB00 vo', '32CC00 pro', '33DD00 vo', '39VS00 vso']);
		const info = await registry.run('monitor_info', {}, FULL_SCOPE);
		expect(info.rows[0].sector).toBe('vo');
	});

	it('keeps lwoo per school and the vso TLVs', async () => {
		const t = await db.query(`SELECT sum(lwoo)::INTEGER AS lwoo FROM telling WHERE teldatum = DATE '2024-10-01'`);
		expect(t.rows[0].lwoo).toBe(540); // 360 + 0 + 180
		const v = await db.query(`SELECT count(*)::INTEGER AS n FROM tlv WHERE soort = 'vso'`);
		expect(v.rows[0].n).toBe(500);
	});

	it('gives formatie allocated to a school the kring of that school, with its vaste AB’er', async () => {
		const f = await db.query(
			`SELECT schooljaar, kring, brin || vestiging AS school, expert, uren FROM expertteam_formatie ORDER BY schooljaar DESC, uren DESC`
		);
		expect(f.rows.map((r) => `${r.schooljaar} ${r.kring} ${r.school} ${r.expert} ${r.uren}`)).toEqual([
			'2024-2025 Regio Noord 31AA00 Anna 200',
			'2024-2025 Regio Zuid null null 150',
			'2024-2025 Regio Noord 31BB00 Bram 100',
			'2023-2024 Regio Noord 31AA00 Anna 200',
			'2023-2024 Regio Noord 31BB00 null 80'
		]);
	});
});

describe('a PO database', () => {
	it('says its sector is po', async () => {
		const { db, registry } = await fixtureDb(FIXTURE);
		expect((await registry.run('monitor_info', {}, FULL_SCOPE)).rows[0].sector).toBe('po');
		await db.close();
	});

	it('refuses VO schools, naming file, row, column and the fix, and changes nothing', async () => {
		const { db } = await fixtureDb(FIXTURE);
		const before = await tableChecksums(db);
		const report = await importInto(db, {
			'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring\n11ZZ,00,Basisschool Nieuw,bao,Lindeveen,Kring Noord\n31AA,00,Lyceum Aa,vo,Veghel,Regio Noord\n`
		});
		expect(report.ok).toBe(false);
		const g = report.groups.find((x) => x.kind === 'sector_gemengd')!;
		expect(g).toMatchObject({ level: 'fout', file: 'scholen.csv', column: 'soort', count: 1 });
		expect(g.examples[0]).toMatchObject({ row: 3, value: 'vo (Lyceum Aa)' });
		expect(g.problem).toMatch(/een VO-school, maar de database is PO \(bao, sbo, so\)/);
		expect(g.problem).toMatch(/niets veranderd/);
		expect(g.fix).toMatch(/eigen database/);
		expect(await tableChecksums(db)).toEqual(before);
		await db.close();
	});

	it('refuses a vso TLV', async () => {
		const { db } = await fixtureDb(FIXTURE);
		const before = await tableChecksums(db);
		const report = await importInto(db, {
			'tlv.csv': `tlv_id,leerling,soort,categorie,besluitdatum,ingangsdatum\nX1,P90,vso,laag,2024-09-01,2024-09-01\n`
		});
		expect(report.ok).toBe(false);
		const g = report.groups.find((x) => x.kind === 'sector_gemengd')!;
		expect(g).toMatchObject({ file: 'tlv.csv', column: 'soort' });
		expect(g.examples[0]).toMatchObject({ row: 2, value: 'vso (X1)' });
		expect(g.problem).toMatch(/TLV voor het vso, maar de database is PO/);
		expect(await tableChecksums(db)).toEqual(before);
		await db.close();
	});
});

describe('an empty database', () => {
	it('refuses a scholen file that mixes PO and VO, flagging the fewer', async () => {
		const db = await MonitorDb.open(':memory:');
		const report = await importInto(db, {
			'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring\n31AA,00,Lyceum Aa,vo,Veghel,Regio Noord\n31BB,00,College Bo,vo,Uden,Regio Noord\n11AA,00,Basisschool Een,bao,Veghel,Regio Noord\n`
		});
		expect(report.ok).toBe(false);
		const g = report.groups.find((x) => x.kind === 'sector_gemengd')!;
		expect(g.examples.map((e) => e.row)).toEqual([4]);
		expect(g.problem).toMatch(/een PO-school, maar de database is VO \(vo, pro, vso\)/);
		expect((await db.query('SELECT count(*)::INTEGER AS n FROM scholen')).rows[0].n).toBe(0);
		await db.close();
	});

	it('refuses more lwoo than pupils, and formatie with neither kring nor a school with a kring', async () => {
		const db = await MonitorDb.open(':memory:');
		const report = await importInto(db, {
			'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring\n31AA,00,Lyceum Aa,vo,Veghel,Regio Noord\n39VS,00,VSO De Brug,vso,Oss,\n`,
			'telling.csv': `teldatum,brin,vestiging,leerlingen,lwoo\n2024-10-01,31AA,00,100,101\n`,
			'expertteam_formatie.csv': `schooljaar,kring,brin,vestiging,expert,uren\n2024-2025,,39VS,00,Anna,10\n`
		});
		expect(report.ok).toBe(false);
		expect(report.groups.find((x) => x.kind === 'lwoo_te_groot')).toMatchObject({
			file: 'telling.csv',
			column: 'lwoo',
			examples: [{ row: 2, value: '101 lwoo van 100 leerlingen' }]
		});
		expect(report.groups.find((x) => x.kind === 'kring_ontbreekt')).toMatchObject({
			file: 'expertteam_formatie.csv',
			column: 'kring',
			examples: [{ row: 2, value: '39VS00' }]
		});
		await db.close();
	});
});
