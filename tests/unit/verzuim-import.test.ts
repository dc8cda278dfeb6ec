/**
 * The verzuim table (issue 17): read from CSV, xlsx and Parquet to the same rows, replaced by
 * melding_id, and bad files refused in Dutch (file, row, column, fix) with nothing changed. A reason
 * in words is free text about a child: refused, and never repeated in the report.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonitorDb } from '../../src/lib/server/db';
import { runImport } from '../../src/lib/server/import/importer';
import { GOOD, dutchCsv, parquetFiles, xlsxSingle } from './formats';
import { importInto, tableChecksums } from './helpers';

export const VERZUIM = `melding_id,leerling,gemeente,brin,vestiging,soort,startdatum,einddatum,reden,uitkomst
M-1,LV001,Lindeveen,11AA,00,absoluut,2024-05-01,,gedrag,
M-2,LV002,Zuiderbroek,11BB,00,langdurig_relatief,2024-09-01,2024-11-15,wachtlijst,passende_plek
M-3,LV003,Lindeveen,,,vrijstelling_5a,2023-09-01,,,
`;

async function verzuimSum(db: MonitorDb): Promise<string> {
	const r = await db.query(`SELECT count(*)::INTEGER AS n, coalesce(sum(hash(x)), 0)::VARCHAR AS h FROM (SELECT * FROM verzuim) x`);
	return `${r.rows[0].n}:${r.rows[0].h}`;
}

async function loaded(extra: Record<string, string | Buffer>) {
	const db = await MonitorDb.open(':memory:');
	const r = await importInto(db, { ...GOOD, ...extra });
	return { db, r };
}

describe('verzuim import', () => {
	it('reads CSV, Dutch CSV (; and 01-10-2024), xlsx and Parquet to the same rows', async () => {
		const plain = await loaded({ 'verzuim.csv': VERZUIM });
		expect(plain.r.groups.filter((g) => g.level === 'fout')).toEqual([]);
		expect(plain.r.rows.verzuim).toBe(3);
		const expected = await verzuimSum(plain.db);
		plain.db.close();

		const dutch = await loaded({ 'verzuim.csv': dutchCsv(VERZUIM) });
		expect(await verzuimSum(dutch.db)).toBe(expected);
		dutch.db.close();

		const xlsx = await loaded({ 'Thuiszitterslijst 2024.xlsx': await xlsxSingle('verzuim', VERZUIM) });
		expect(xlsx.r.groups.filter((g) => g.level === 'fout')).toEqual([]);
		expect(await verzuimSum(xlsx.db)).toBe(expected);
		xlsx.db.close();

		const dir = mkdtempSync(join(tmpdir(), 'pm-verzuim-'));
		try {
			await parquetFiles({ ...GOOD, 'verzuim.csv': VERZUIM }, dir);
			const db = await MonitorDb.open(':memory:');
			const r = await runImport(
				db,
				[...Object.keys(GOOD), 'verzuim.csv'].map((f) => join(dir, f.replace('.csv', '.parquet'))),
				{ user: 'test' }
			);
			expect(r.groups.filter((g) => g.level === 'fout')).toEqual([]);
			expect(await verzuimSum(db)).toBe(expected);
			db.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('replaces by melding_id: a new file with M-1 ended and M-4 new keeps M-2 and M-3', async () => {
		const { db } = await loaded({ 'verzuim.csv': VERZUIM });
		const r = await importInto(db, {
			'verzuim.csv': `melding_id,leerling,gemeente,soort,startdatum,einddatum,reden,uitkomst
M-1,LV001,Lindeveen,absoluut,2024-05-01,2024-12-01,gedrag,terug_naar_school
M-4,LV004,Lindeveen,absoluut,2025-01-10,,psychisch,
`
		});
		expect(r.ok).toBe(true);
		const rows = await db.query(`SELECT melding_id, strftime(einddatum, '%Y-%m-%d') AS eind, uitkomst FROM verzuim ORDER BY melding_id`);
		expect(rows.rows).toEqual([
			{ melding_id: 'M-1', eind: '2024-12-01', uitkomst: 'terug_naar_school' },
			{ melding_id: 'M-2', eind: '2024-11-15', uitkomst: 'passende_plek' },
			{ melding_id: 'M-3', eind: null, uitkomst: null },
			{ melding_id: 'M-4', eind: null, uitkomst: null }
		]);
		db.close();
	});

	const BAD: [string, string, { kind: string; row: number; column: string; says: RegExp; value?: string | null }][] = [
		[
			'a reason in words (free text about a child)',
			`melding_id,leerling,gemeente,soort,startdatum,reden\nM-9,LV009,Lindeveen,absoluut,2024-10-01,gedrag\nM-10,LV010,Lindeveen,absoluut,2024-10-01,Jan is thuis sinds de ruzie met zijn juf\n`,
			{ kind: 'vrije_tekst', row: 3, column: 'reden', says: /vrije tekst over een leerling/, value: '(niet getoond)' }
		],
		[
			'an unknown soort',
			`melding_id,leerling,gemeente,soort,startdatum\nM-9,LV009,Lindeveen,spijbelen,2024-10-01\n`,
			{ kind: 'text_ongeldig', row: 2, column: 'soort', says: /niet toegestaan voor soort/, value: 'spijbelen' }
		],
		[
			'einddatum before startdatum',
			`melding_id,leerling,gemeente,soort,startdatum,einddatum\nM-9,LV009,Lindeveen,absoluut,2024-10-01,2024-09-01\n`,
			{ kind: 'volgorde_datums', row: 2, column: 'einddatum', says: /einddatum ligt vóór startdatum/ }
		],
		[
			'a melding_id twice',
			`melding_id,leerling,gemeente,soort,startdatum\nM-9,LV009,Lindeveen,absoluut,2024-10-01\nM-9,LV010,Lindeveen,absoluut,2024-10-02\n`,
			{ kind: 'dubbel', row: 2, column: 'melding_id', says: /meer dan eens/ }
		],
		[
			'a school that is not in scholen',
			`melding_id,leerling,gemeente,brin,vestiging,soort,startdatum\nM-9,LV009,Lindeveen,99ZZ,00,absoluut,2024-10-01\n`,
			{ kind: 'school_onbekend', row: 2, column: 'brin', says: /staat niet in scholen/ }
		]
	];
	for (const [name, csv, want] of BAD) {
		it(`refuses ${name} in Dutch, naming file, row, column and fix, and changes nothing`, async () => {
			const { db } = await loaded({ 'verzuim.csv': VERZUIM });
			const before = { ...(await tableChecksums(db)), verzuim: await verzuimSum(db) };
			const r = await importInto(db, { 'verzuim.csv': csv });
			expect(r.ok).toBe(false);
			const g = r.groups.find((x) => x.kind === want.kind);
			expect(g, JSON.stringify(r.groups)).toBeDefined();
			expect(g!.file).toBe('verzuim.csv');
			expect(g!.column).toBe(want.column);
			expect(g!.problem).toMatch(want.says);
			expect(g!.fix.length).toBeGreaterThan(10);
			expect(g!.examples[0].row).toBe(want.row);
			if (want.value !== undefined) expect(g!.examples[0].value).toBe(want.value);
			// The free text never reaches the report.
			expect(JSON.stringify(r)).not.toContain('ruzie');
			expect({ ...(await tableChecksums(db)), verzuim: await verzuimSum(db) }).toEqual(before);
			db.close();
		});
	}
});
