import { describe, expect, expectTypeOf, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROWS_FILE, rowTypeName, rowsFile } from './rows';
import type { Suppressed } from '../format';
import type { KerncijfersRow, SchooljarenRow } from '../rows.generated';

describe('row types of the queries', () => {
	it(`are what the queries generate (run \`npm run rows\` after changing a query)`, async () => {
		expect(readFileSync(ROWS_FILE, 'utf8')).toBe(await rowsFile());
	});

	it('follow the columns DuckDB names, with what db.ts returns for each type and the markers a school account may see', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rows-'));
		writeFileSync(
			join(dir, 'proef_query.sql'),
			[
				'-- Een proef.',
				'-- @param schooljaar schooljaar?',
				'-- @scope swv',
				'-- @count leerlingen',
				'-- @rate aandeel_pct from leerlingen',
				'-- @public jaar',
				"SELECT coalesce($schooljaar, '2024-2025') AS schooljaar, DATE '2024-10-01' AS teldatum, 3 AS leerlingen,",
				'  1.5 AS aandeel_pct, 2024 AS jaar, true AS demo'
			].join('\n')
		);
		const text = await rowsFile(dir);
		expect(text).toContain(
			[
				'export type ProefQueryRow = Row<{',
				"\ttext: 'schooljaar' | 'teldatum';",
				"\tnumber: 'jaar';",
				"\thideable: 'leerlingen' | 'aandeel_pct';",
				"\tboolean: 'demo';",
				'}>;'
			].join('\n')
		);
		expect(text).toContain('\tproef_query: ProefQueryRow;');
		expect(rowTypeName('deelname_per_teldatum')).toBe('DeelnamePerTeldatumRow');
	});

	it('refuse a count a school account may see hidden that is not a number', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rows-'));
		writeFileSync(join(dir, 'proef_tekst.sql'), ['-- Een proef.', '-- @scope swv', '-- @count leerlingen', "SELECT 'drie' AS leerlingen"].join('\n'));
		await expect(rowsFile(dir)).rejects.toThrow('queries/proef_tekst.sql: kolom leerlingen is een telling of percentage (@count/@rate) maar geen getal.');
	});

	it('give each column the type of its group, or null (checked by npm run check)', () => {
		expectTypeOf<KerncijfersRow['schooljaar']>().toEqualTypeOf<string | null>();
		expectTypeOf<KerncijfersRow['leerlingen_bao']>().toEqualTypeOf<number | Suppressed | null>();
		expectTypeOf<SchooljarenRow['teldata']>().toEqualTypeOf<number | null>();
		expectTypeOf<KerncijfersRow>().not.toHaveProperty('bestaat_niet');
	});
});
