/**
 * Loading: each table's replace rule (data/README.md), references across one import, warnings
 * that do not block, and the tables the monitor writes itself staying untouched.
 */
import { voorbeelden } from '../../src/lib/importrapport';
import { describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { GOOD } from './formats';
import { importInto, tableChecksums } from './helpers';
import { opslaan, getToelichting } from '../../src/lib/server/toelichtingen';

async function goodDb() {
	const db = await MonitorDb.open(':memory:');
	expect((await importInto(db, GOOD)).ok).toBe(true);
	return db;
}
const rows = async (db: MonitorDb, sql: string) => (await db.query(sql)).rows;

describe('a new file replaces what it covers', () => {
	it('scholen: the schools with the same brin + vestiging; others stay', async () => {
		const db = await goodDb();
		const r = await importInto(db, {
			'scholen.csv':
				'brin,vestiging,naam,soort,gemeente,kring\n11AA,00,De Eéndracht (nieuw),bao,Lindeveen,Kring Zuid\n44GG,00,Nieuwe School,bao,Lindeveen,Kring Noord\n'
		});
		expect(r.ok).toBe(true);
		expect(await rows(db, `SELECT count(*)::INTEGER AS n FROM scholen`)).toEqual([{ n: 6 }]);
		expect(await rows(db, `SELECT naam, kring, bestuur FROM scholen WHERE brin = '11AA' AND vestiging = '00'`)).toEqual([
			{ naam: 'De Eéndracht (nieuw)', kring: 'Kring Zuid', bestuur: null }
		]);
		db.close();
	});

	it('telling: every row of each teldatum in the file; other teldata stay', async () => {
		const db = await goodDb();
		expect((await importInto(db, { 'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2025-02-01,11AA,00,300\n' })).ok).toBe(true);
		expect(await rows(db, `SELECT teldatum, count(*)::INTEGER AS n, sum(leerlingen)::INTEGER AS l FROM telling GROUP BY 1 ORDER BY 1`)).toEqual([
			{ teldatum: '2024-10-01', n: 5, l: 458 },
			{ teldatum: '2025-02-01', n: 1, l: 300 }
		]);
		db.close();
	});

	it('tlv and arrangementen: the rows with the same id; others stay', async () => {
		const db = await goodDb();
		const r = await importInto(db, {
			'tlv.csv':
				'tlv_id,leerling,soort,categorie,besluitdatum,ingangsdatum\nT-001,LL001,so,midden,2024-09-15,2024-10-01\nT-004,LL004,sbo,,2024-09-15,2024-10-01\n',
			'arrangementen.csv': 'arrangement_id,brin,soort,startdatum,bedrag\nA-002,11BB,groep,2024-09-01,"€ 21.000,00"\n'
		});
		expect(r.ok).toBe(true);
		expect(await rows(db, `SELECT tlv_id, categorie FROM tlv ORDER BY 1`)).toEqual([
			{ tlv_id: 'T-001', categorie: 'midden' },
			{ tlv_id: 'T-002', categorie: 'hoog' },
			{ tlv_id: 'T-003', categorie: null },
			{ tlv_id: 'T-004', categorie: null }
		]);
		expect(await rows(db, `SELECT arrangement_id, bedrag::DOUBLE AS bedrag FROM arrangementen ORDER BY 1`)).toEqual([
			{ arrangement_id: 'A-001', bedrag: 4000.5 },
			{ arrangement_id: 'A-002', bedrag: 21000 }
		]);
		db.close();
	});

	it('expertteam_inzet and expertteam_formatie: every row of each (schooljaar, kring) in the file', async () => {
		const db = await goodDb();
		const r = await importInto(db, {
			'expertteam_inzet.csv':
				'datum,kring,expert,organisatie,activiteit,uren\n2025-03-01,Kring Noord,EXP-09,SWV,mdo,1\n2023-10-01,Kring Zuid,EXP-09,SWV,mdo,2\n',
			'expertteam_formatie.csv': 'schooljaar,kring,uren\n2024/2025,Kring Noord,500\n'
		});
		expect(r.ok).toBe(true);
		// Kring Noord 2024-2025 had 2 rows (4,25 uur): now 1. Kring Zuid 2024-2025 stays; 2023-2024 is new.
		expect(await rows(db, `SELECT schooljaar, kring, count(*)::INTEGER AS n, sum(uren) AS uren FROM expertteam_inzet GROUP BY ALL ORDER BY ALL`)).toEqual([
			{ schooljaar: '2023-2024', kring: 'Kring Zuid', n: 1, uren: 2 },
			{ schooljaar: '2024-2025', kring: 'Kring Noord', n: 1, uren: 1 },
			{ schooljaar: '2024-2025', kring: 'Kring Zuid', n: 1, uren: 3 }
		]);
		expect(await rows(db, `SELECT kring, organisatie, uren FROM expertteam_formatie ORDER BY 1`)).toEqual([
			{ kring: 'Kring Noord', organisatie: null, uren: 500 },
			{ kring: 'Kring Zuid', organisatie: 'SWV', uren: 250.5 }
		]);
		db.close();
	});

	it('budget_toekenning and budget_besteding: every row of each (schooljaar, school) in the file', async () => {
		const db = await goodDb();
		const r = await importInto(db, {
			'budget_toekenning.csv': 'schooljaar,brin,vestiging,onderdeel,bedrag\n2024-2025,11BB,00,basisbedrag per leerling,9900\n',
			'budget_besteding.csv': 'schooljaar,brin,vestiging,categorie,bedrag\n2024-2025,11AA,00,materialen,"1.000,00"\n'
		});
		expect(r.ok).toBe(true);
		expect(await rows(db, `SELECT brin, count(*)::INTEGER AS n, sum(bedrag)::DOUBLE AS b FROM budget_toekenning GROUP BY 1 ORDER BY 1`)).toEqual([
			{ brin: '11AA', n: 1, b: 21200 },
			{ brin: '11BB', n: 1, b: 9900 }
		]);
		expect(await rows(db, `SELECT brin, count(*)::INTEGER AS n, sum(bedrag)::DOUBLE AS b FROM budget_besteding GROUP BY 1 ORDER BY 1`)).toEqual([
			{ brin: '11AA', n: 1, b: 1000 },
			{ brin: '11BB', n: 1, b: 1234.5 }
		]);
		db.close();
	});

	it('never touches what was written in the monitor itself', async () => {
		const db = await goodDb();
		const bestuur = { scope: { role: 'bestuur' as const }, user: { name: 'test', role: 'bestuur' as const } };
		const note = await opslaan(
			db,
			{ metric: 'deelname_sbo_pct', plek: { niveau: 'swv', sleutel: '', schooljaar: '2024-2025' }, tekst: 'De daling komt door de nieuwe sbo-locatie.' },
			bestuur
		);
		await importInto(db, GOOD);
		expect((await getToelichting(db, note.id, bestuur)).tekst).toBe('De daling komt door de nieuwe sbo-locatie.');
		db.close();
	});
});

describe('imports at the same time', () => {
	it('run one after the other, both complete, each bumps the data version', async () => {
		const db = await goodDb();
		const [a, b] = await Promise.all([
			importInto(db, { 'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2025-02-01,11AA,00,300\n' }),
			importInto(db, { 'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2025-02-01,11AA,00,301\n' })
		]);
		expect([a.dataVersion, b.dataVersion]).toEqual([2, 3]);
		expect(await rows(db, `SELECT leerlingen FROM telling WHERE teldatum = '2025-02-01'`)).toEqual([{ leerlingen: 301 }]);
		db.close();
	});
});

describe('checks across files and rows', () => {
	it('a school in scholen of the same import counts as known', async () => {
		const db = await goodDb();
		const r = await importInto(db, {
			'scholen.csv': 'brin,vestiging,naam,soort,gemeente,kring\n11AA,02,Eéndracht West,bao,Lindeveen,Kring Noord\n',
			'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2025-10-01,11AA,02,30\n'
		});
		expect(r.ok).toBe(true);
		db.close();
	});

	it('duplicate rows in expertteam_inzet and odd dates are warnings: reported, loaded', async () => {
		const db = await goodDb();
		const r = await importInto(db, {
			'expertteam_inzet.csv':
				'datum,kring,expert,organisatie,activiteit,uren\n2025-03-01,Kring Noord,EXP-09,SWV,mdo,1\n2025-03-01,Kring Noord,EXP-09,SWV,mdo,1\n',
			'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2025-09-15,11AA,00,30\n'
		});
		expect(r.ok).toBe(true);
		expect(r.loaded).toBe(true);
		expect(r.warnings).toBe(3);
		expect(r.groups.find((g) => g.kind === 'dubbele_regel')).toMatchObject({ level: 'waarschuwing', count: 2, examples: [{ row: 2 }, { row: 3 }] });
		expect(r.groups.find((g) => g.kind === 'teldatum_ongebruikelijk')).toMatchObject({ level: 'waarschuwing', examples: [{ value: '15-09-2025' }] });
		db.close();
	});

	it('groups many problems per kind with a count and the first 20 examples', async () => {
		const db = await goodDb();
		const before = await tableChecksums(db);
		const lines = Array.from({ length: 250 }, (_, i) => `2025-03-01,Kring Noord,EXP-${i},SWV,mdo,${i % 2 ? '13' : '0'}`);
		const r = await importInto(db, { 'expertteam_inzet.csv': `datum,kring,expert,organisatie,activiteit,uren\n${lines.join('\n')}\n` });
		const groot = r.groups.find((g) => g.kind === 'te_groot')!;
		const klein = r.groups.find((g) => g.kind === 'te_klein')!;
		expect([groot.count, klein.count, voorbeelden(groot).shown.length]).toEqual([125, 125, 20]);
		expect(voorbeelden(groot).rest).toBe('… en nog 105 regels met hetzelfde probleem.');
		expect(groot.examples[0]).toMatchObject({ row: 3, value: '13' });
		expect(r.errors).toBe(250);
		expect(await tableChecksums(db)).toEqual(before);
		db.close();
	});
});
