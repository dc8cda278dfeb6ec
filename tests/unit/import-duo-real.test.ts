/**
 * Issue 15: DUO's open-data files as DUO publishes them (reference/duo-real/, CC0, peildatum
 * 1 October 2024): file 03, one row per location × soort × postcode of the pupils × age, UTF-8 with a
 * BOM, every field quoted. The figures below were counted by hand from the files (a short script over
 * the CSV, summing every LEEFTIJD_* cell of the location's rows; `<5` as 1 for the minimum and 4 for
 * the maximum).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MonitorDb } from '../../src/lib/server/db';
import { reportText } from '../../src/lib/server/import/report';
import { importInto, tableChecksums } from './helpers';

const REAL = 'tests/fixtures/duo-real';
const almere = readFileSync(`${REAL}/Almere afgeschermd.csv`);
const lelystad = readFileSync(`${REAL}/Lelystad afgeschermd.csv`);

/** Five of the schools in the files, as the SWV's own scholen. */
const SCHOLEN = `brin,vestiging,naam,soort,gemeente,kring
06RM,00,Basisschool 06RM,bao,Almere,Kring Almere
15SJ,00,SBO de Watertuin,sbo,Almere,Kring Almere
06RU,00,Basisschool De Helmstok,bao,Lelystad,Kring Lelystad
14AK,00,SBO De Kei,sbo,Lelystad,Kring Lelystad
15MR,00,De Zevenster,so,Lelystad,
`;

describe('the real DUO files (03 layout)', () => {
	it('load: every row of a teldatum + location summed, <5 carried as a minimum and a maximum', async () => {
		const db = await MonitorDb.open(':memory:');
		const r = await importInto(db, { 'scholen.csv': SCHOLEN, 'Almere afgeschermd.csv': almere, 'Lelystad afgeschermd.csv': lelystad });
		expect(r.groups.filter((g) => g.level === 'fout')).toEqual([]);
		expect(r.ok).toBe(true);
		const t = await db.query(
			`SELECT brin || vestiging AS school, strftime(teldatum, '%Y-%m-%d') AS teldatum, leerlingen, leerlingen_min, leerlingen_max FROM telling ORDER BY school`
		);
		expect(t.rows).toEqual([
			// 06RM00 (Almere): 42 rows, each <5 between 1 and 4: 267 to 798; stored as the minimum, never 2,5 each.
			{ school: '06RM00', teldatum: '2024-10-01', leerlingen: 267, leerlingen_min: 267, leerlingen_max: 798 },
			// 06RU00 (Lelystad): 15 rows, 86 to 278.
			{ school: '06RU00', teldatum: '2024-10-01', leerlingen: 86, leerlingen_min: 86, leerlingen_max: 278 },
			// 14AK00 sbo De Kei: 14 rows, 51 to 189.
			{ school: '14AK00', teldatum: '2024-10-01', leerlingen: 51, leerlingen_min: 51, leerlingen_max: 189 },
			// 15MR00 De Zevenster: an So and a Vso row set (35 rows together), summed: 111 to 444.
			{ school: '15MR00', teldatum: '2024-10-01', leerlingen: 111, leerlingen_min: 111, leerlingen_max: 444 },
			// 15SJ00 SBO de Watertuin (Almere): 31 rows, 115 to 430.
			{ school: '15SJ00', teldatum: '2024-10-01', leerlingen: 115, leerlingen_min: 115, leerlingen_max: 430 }
		]);
		expect(r.rows.telling).toBe(5);
		// Never the old refusal that DUO's own layout is a duplicate key.
		expect(r.groups.some((g) => g.kind === 'dubbel')).toBe(false);
		// The file is named as DUO's file 03, once for both files, with its rows → locations per file.
		const duo = r.groups.filter((g) => g.kind === 'duo_bestand');
		expect(duo).toHaveLength(1);
		expect(duo[0].problem).toContain('DUO-bestand 03: leerlingen po per gemeente, postcode leerling en leeftijd');
		expect(duo[0].files).toEqual(['Almere afgeschermd.csv', 'Lelystad afgeschermd.csv']);
		expect(duo[0].examples.map((e) => [e.file, e.value])).toEqual([
			['Almere afgeschermd.csv', '1.941 regels → 85 vestigingen'],
			['Lelystad afgeschermd.csv', '744 regels → 42 vestigingen']
		]);
		// The locations outside the SWV: one notice, each location named once. 85 + 42 − 5 = 122.
		const buiten = r.groups.filter((g) => g.kind === 'buiten_swv');
		expect(buiten).toHaveLength(1);
		expect(buiten[0]).toMatchObject({ level: 'melding', count: 122, distinct: 122 });
		expect(new Set(buiten[0].examples.map((e) => e.value)).size).toBe(buiten[0].examples.length);
		// Each location at its first line in its own file (12PM00 starts on line 44 of Almere's file).
		expect(buiten[0].examples.find((e) => e.value === '12PM00')).toMatchObject({ file: 'Almere afgeschermd.csv', row: 44 });
		// Both files listed, with the locations they gave.
		expect(r.files.map((f) => [f.name, f.table, f.rows])).toEqual([
			['Almere afgeschermd.csv', 'telling', 2],
			['Lelystad afgeschermd.csv', 'telling', 3],
			['scholen.csv', 'scholen', 5]
		]);
		const text = reportText(r);
		expect(text).not.toMatch(/en nog 1\b/);
		expect(text).toContain('In totaal 122 regels met 122 verschillende waarden; hierboven de eerste 20, en nog 102 andere.');
		db.close();
	});

	it('a set with files of other gemeenten: those are skipped with one notice, not an error per file', async () => {
		const db = await MonitorDb.open(':memory:');
		const onlyAlmere = SCHOLEN.split('\n')
			.filter((l) => !l.includes('Lelystad'))
			.join('\n');
		const r = await importInto(db, {
			'scholen.csv': onlyAlmere,
			'Almere afgeschermd.csv': almere,
			'Lelystad afgeschermd.csv': lelystad,
			'Urk afgeschermd.csv': ''
		});
		expect(r.ok).toBe(true);
		const skipped = r.groups.filter((g) => g.kind === 'duo_zonder_eigen_scholen');
		expect(skipped).toHaveLength(1);
		expect(skipped[0]).toMatchObject({ level: 'melding', count: 1, file: 'Lelystad afgeschermd.csv' });
		// DUO publishes empty files: skipped, said once.
		expect(r.groups.find((g) => g.kind === 'duo_leeg')).toMatchObject({ level: 'melding', file: 'Urk afgeschermd.csv' });
		expect(r.rows.telling).toBe(2);
		db.close();
	});

	it('a set in which no file holds a school of the SWV is refused, and the data stay as they were', async () => {
		const db = await MonitorDb.open(':memory:');
		await importInto(db, {
			'scholen.csv':
				SCHOLEN.split('\n')
					.filter((l) => !l.includes('Almere') && !l.includes('Lelystad'))
					.join('\n') + '11AA,00,Elders,bao,Elders,K\n'
		});
		const before = await tableChecksums(db);
		const r = await importInto(db, { 'Almere afgeschermd.csv': almere, 'Lelystad afgeschermd.csv': lelystad });
		expect(r.ok).toBe(false);
		const g = r.groups.find((x) => x.kind === 'geen_eigen_scholen')!;
		expect(g).toMatchObject({ level: 'fout', count: 2, files: ['Almere afgeschermd.csv', 'Lelystad afgeschermd.csv'] });
		expect(g.problem).toBe('Geen enkele school in dit DUO-bestand staat in scholen.');
		expect(await tableChecksums(db)).toEqual(before);
		db.close();
	});
});
