/**
 * Importing the SWV's own accounts (`financien`, issue 18) and the `vervolg` of arrangements: a good
 * file loads and replaces exactly its own boekjaren; a bad file is refused in Dutch, naming file, row,
 * column and fix, and leaves every table as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { GOOD } from './formats';
import { importInto, tableChecksums } from './helpers';

const FIN_2024 = `jaar,soort,post,bedrag
2024,baten,ondersteuningsbekostiging zwaar,8000000
2024,lasten,afdracht so,3000000
2024,eigen_vermogen,algemene reserve,500000
`;
const FIN_2025 = `jaar,soort,post,bedrag
2025,baten,ondersteuningsbekostiging zwaar,"€ 8.400.000,00"
2025,Begroting baten,ondersteuningsbekostiging zwaar,8300000
2025,lasten,afdracht so,3100000.50
2025,eigen vermogen,algemene reserve,506000
`;

let db: MonitorDb;
beforeAll(async () => {
	db = await MonitorDb.open(':memory:');
	expect((await importInto(db, GOOD)).ok).toBe(true);
	expect((await importInto(db, { 'financien.csv': FIN_2024 })).ok).toBe(true);
});
afterAll(() => db.close());

const rows = async () => (await db.query(`SELECT jaar, soort, post, bedrag::DOUBLE AS bedrag FROM financien ORDER BY jaar, soort, post`)).rows;

describe('financien import', () => {
	it('reads Dutch amounts and spellings of soort, and replaces per jaar: 2024 stays when 2025 arrives', async () => {
		expect((await importInto(db, { 'jaarrekening 2025.csv': FIN_2025 })).ok).toBe(true);
		const r = await rows();
		expect(r.filter((x) => x.jaar === 2024)).toHaveLength(3);
		expect(r.filter((x) => x.jaar === 2025)).toEqual([
			{ jaar: 2025, soort: 'baten', post: 'ondersteuningsbekostiging zwaar', bedrag: 8400000 },
			{ jaar: 2025, soort: 'begroting_baten', post: 'ondersteuningsbekostiging zwaar', bedrag: 8300000 },
			{ jaar: 2025, soort: 'eigen_vermogen', post: 'algemene reserve', bedrag: 506000 },
			{ jaar: 2025, soort: 'lasten', post: 'afdracht so', bedrag: 3100000.5 }
		]);
		// A new 2025 file replaces every 2025 row, also the posts it no longer holds.
		expect((await importInto(db, { 'financien.csv': 'jaar,soort,post,bedrag\n2025,baten,ondersteuningsbekostiging zwaar,8500000\n' })).ok).toBe(true);
		const after = await rows();
		expect(after.filter((x) => x.jaar === 2025)).toEqual([{ jaar: 2025, soort: 'baten', post: 'ondersteuningsbekostiging zwaar', bedrag: 8500000 }]);
		expect(after.filter((x) => x.jaar === 2024)).toHaveLength(3);
	});

	it('refuses a bad file in Dutch with row, column and fix, and changes nothing', async () => {
		const before = await tableChecksums(db);
		const report = await importInto(db, {
			'financien.csv': `jaar,soort,post,bedrag
2025,winst,afdracht so,100
25,baten,ondersteuningsbekostiging zwaar,100
2025,lasten,,100
2025,lasten,expertteam,veel
2025,lasten,expertteam,200
`
		});
		expect(report.ok).toBe(false);
		const problems = report.groups.flatMap((g) => g.examples);
		const find = (kind: string) => problems.find((p) => p.kind === kind);
		expect(find('text_ongeldig')).toMatchObject({ file: 'financien.csv', row: 2, column: 'soort', value: 'winst' });
		expect(find('text_ongeldig')!.fix).toBe('Kies uit: baten, lasten, begroting_baten, begroting_lasten, eigen_vermogen.');
		expect(find('te_klein')).toMatchObject({ row: 3, column: 'jaar', value: '25' });
		expect(find('verplicht_leeg')).toMatchObject({ row: 4, column: 'post' });
		expect(find('euro_ongeldig')).toMatchObject({ row: 5, column: 'bedrag', value: 'veel' });
		expect(find('dubbel')).toMatchObject({ column: 'jaar + soort + post' });
		expect(await tableChecksums(db)).toEqual(before);
	});
});

describe('arrangementen vervolg', () => {
	it('accepts the codes and common spellings, and refuses an unknown one naming the column', async () => {
		const head = 'arrangement_id,brin,vestiging,soort,startdatum,einddatum,vervolg\n';
		const school = GOOD['arrangementen.csv'].split('\n')[1].split(',');
		const brin = school[2],
			vestiging = school[3];
		const ok = await importInto(db, {
			'arrangementen.csv': `${head}V-1,${brin},${vestiging},individueel,2024-09-01,2025-01-31,terug naar basisondersteuning\nV-2,${brin},${vestiging},individueel,2024-09-01,2025-01-31,TLV SO\n`
		});
		expect(ok.ok).toBe(true);
		const r = (await db.query(`SELECT arrangement_id, vervolg FROM arrangementen WHERE arrangement_id LIKE 'V-%' ORDER BY 1`)).rows;
		expect(r).toEqual([
			{ arrangement_id: 'V-1', vervolg: 'basisondersteuning' },
			{ arrangement_id: 'V-2', vervolg: 'tlv_so' }
		]);
		const before = await tableChecksums(db);
		const bad = await importInto(db, { 'arrangementen.csv': `${head}V-3,${brin},${vestiging},individueel,2024-09-01,2025-01-31,geslaagd\n` });
		expect(bad.ok).toBe(false);
		expect(bad.groups[0]).toMatchObject({ kind: 'text_ongeldig', column: 'vervolg' });
		expect(bad.groups[0].examples[0]).toMatchObject({ row: 2, value: 'geslaagd' });
		expect(await tableChecksums(db)).toEqual(before);
	});
});
