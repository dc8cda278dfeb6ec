/** The importer's core promises: every problem at once, in Dutch; all or nothing; replacing what a file covers. */
import { describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { FIXTURE } from './fixture';
import { importInto, tableChecksums } from './helpers';

async function loaded() {
	const db = await MonitorDb.open(':memory:');
	const r = await importInto(db, FIXTURE);
	expect(r.ok).toBe(true);
	return db;
}

describe('import', () => {
	it('loads the fixture, logs it and bumps the data version', async () => {
		const db = await loaded();
		expect(db.version).toBe(1);
		const log = await db.query(`SELECT gebruiker, uitkomst, rijen::VARCHAR AS rijen FROM import_log`);
		expect(log.rows[0]).toMatchObject({ gebruiker: 'test', uitkomst: 'ingelezen' });
		expect(JSON.parse(String(log.rows[0].rijen))).toMatchObject({ scholen: 5, telling: 10, tlv: 7, arrangementen: 5 });
		db.close();
	});

	it('reports every problem with file, row, column, value and fix, and changes nothing', async () => {
		const db = await loaded();
		const before = await tableChecksums(db);
		const r = await importInto(db, {
			'telling.csv': 'teldatum;brin;vestiging;leerlingen\n31-02-2024;11AA;00;100\n2024-10-01;99ZZ;00;5\n2024-10-01;11BB;00;-1\n',
			'expertteam_inzet.csv':
				'datum,kring,brin,vestiging,expert,organisatie,activiteit,uren\n2024-10-03,Kring Noord,11AA,00,E1,SWV,consultatie,"2,5,0"\n2024-10-03,Kring Nergens,,,E1,SWV,consultatie,13\n'
		});
		expect(r.ok).toBe(false);
		expect(r.loaded).toBe(false);
		const byKind = Object.fromEntries(r.groups.map((g) => [`${g.file}:${g.kind}`, g]));
		expect(byKind['telling.csv:date_ongeldig'].examples[0]).toMatchObject({ row: 2, column: 'teldatum', value: '31-02-2024' });
		expect(byKind['telling.csv:school_onbekend'].examples[0]).toMatchObject({ row: 3, value: '99ZZ00' });
		expect(byKind['telling.csv:te_klein'].examples[0]).toMatchObject({ row: 4, column: 'leerlingen', value: '-1' });
		expect(byKind['expertteam_inzet.csv:decimal_ongeldig'].examples[0]).toMatchObject({ row: 2, value: '2,5,0' });
		expect(byKind['expertteam_inzet.csv:te_groot'].examples[0]).toMatchObject({ row: 3, value: '13' });
		expect(byKind['expertteam_inzet.csv:kring_onbekend'].examples[0]).toMatchObject({ row: 3, value: 'Kring Nergens' });
		expect(byKind['telling.csv:date_ongeldig'].fix).toMatch(/2024-10-01/);
		expect(await tableChecksums(db)).toEqual(before);
		expect(db.version).toBe(1);
		db.close();
	});

	it('refuses a file with a BSN column, naming the column', async () => {
		const db = await loaded();
		const r = await importInto(db, {
			'tlv.csv': 'tlv_id,leerling,BSN,soort,categorie,besluitdatum,ingangsdatum\nT9,P9,123456782,so,laag,2024-01-01,2024-01-01\n'
		});
		expect(r.ok).toBe(false);
		const g = r.groups.find((x) => x.kind === 'privacy')!;
		expect(g.column).toBe('BSN');
		expect(g.problem).toMatch(/burgerservicenummer/);
		db.close();
	});

	it('replaces every row of a teldatum in a new telling file; other teldata stay', async () => {
		const db = await loaded();
		const r = await importInto(db, { 'telling.csv': 'teldatum,brin,vestiging,leerlingen\n1-10-2024,11AA,,150\n' });
		expect(r.ok).toBe(true);
		const rows = await db.query(`SELECT teldatum, sum(leerlingen)::INTEGER AS n FROM telling GROUP BY 1 ORDER BY 1`);
		expect(rows.rows).toEqual([
			{ teldatum: '2023-10-01', n: 240 },
			{ teldatum: '2024-10-01', n: 150 }
		]);
		db.close();
	});

	it('gives the same database when the same files are imported twice', async () => {
		const db = await loaded();
		const once = await tableChecksums(db);
		await importInto(db, FIXTURE);
		expect(await tableChecksums(db)).toEqual(once);
		db.close();
	});

	it('reads Dutch numbers, euro amounts and date variants', async () => {
		const db = await loaded();
		const r = await importInto(db, {
			'budget_besteding.csv':
				'schooljaar;brin;vestiging;categorie;bedrag\n2024/2025;11AA;00;personeel;€ 1.234,50\n2024-2025;11AA;00;overig;-250\n2024-2025;11BB;0;materialen;1234.5\n',
			'arrangementen.csv': 'arrangement_id;brin;soort;startdatum\nB1;11AA;Individueel arrangement;01/10/2024\nB2;11AA00;rugzak;20241001\nB3;11AA;rugzak;45566\n'
		});
		expect(r.ok).toBe(true);
		const b = await db.query(`SELECT brin, vestiging, categorie, bedrag::DOUBLE AS bedrag FROM budget_besteding ORDER BY bedrag`);
		expect(b.rows).toEqual([
			{ brin: '11AA', vestiging: '00', categorie: 'overig', bedrag: -250 },
			{ brin: '11AA', vestiging: '00', categorie: 'personeel', bedrag: 1234.5 },
			{ brin: '11BB', vestiging: '00', categorie: 'materialen', bedrag: 1234.5 }
		]);
		const a = await db.query(`SELECT arrangement_id, vestiging, soort, startdatum FROM arrangementen WHERE arrangement_id LIKE 'B%' ORDER BY 1`);
		expect(a.rows).toEqual([
			{ arrangement_id: 'B1', vestiging: '00', soort: 'individueel', startdatum: '2024-10-01' },
			{ arrangement_id: 'B2', vestiging: '00', soort: 'rugzak', startdatum: '2024-10-01' },
			// 45566 is how Excel shows 1 October 2024 in a cell without a date format.
			{ arrangement_id: 'B3', vestiging: '00', soort: 'rugzak', startdatum: '2024-10-01' }
		]);
		db.close();
	});
});
