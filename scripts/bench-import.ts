/**
 * Import benchmark: `npx tsx scripts/bench-import.ts [--rows N] [--json]`.
 * Generates an expertteam_inzet CSV (default 1 000 000 rows) for the demo schools, then times in one
 * process (a) DuckDB's own read_csv of the file into a table, and (b) our full import of the same
 * file: reading, every check of data/README.md, and loading in one transaction. The ratio shows what
 * recognition, validation and the report cost.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MonitorDb } from '../src/lib/server/db';
import { runImport } from '../src/lib/server/import/importer';
import { writeInzetCsv } from './big-inzet';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, json: { type: 'boolean' } } });
const rows = Number(values.rows);
const dir = mkdtempSync(join(tmpdir(), 'pm-bench-'));
const csv = join(dir, 'expertteam_inzet.csv');

const schools = readFileSync('data/demo/scholen.csv', 'utf8').trim().split('\n').slice(1)
	.map((l) => l.split(','))
	.filter((c) => c[5])
	.map(([brin, vestiging, , , , kring]) => ({ brin, vestiging, kring }));
await writeInzetCsv(csv, rows, schools);
const mb = statSync(csv).size / 1024 / 1024;

const db = await MonitorDb.open(join(dir, 'bench.duckdb'));
try {
	const base = await runImport(db, ['data/demo/scholen.csv'], { user: 'bench' });
	if (!base.ok) throw new Error('scholen uit de demo konden niet worden ingelezen');

	let t = performance.now();
	await db.query(`CREATE TABLE duckdb_read_csv AS SELECT * FROM read_csv('${csv.replace(/'/g, "''")}', header = true)`);
	const duckSeconds = (performance.now() - t) / 1000;
	const duckRows = Number((await db.query(`SELECT count(*)::INTEGER AS n FROM duckdb_read_csv`)).rows[0].n);
	await db.query(`DROP TABLE duckdb_read_csv`);

	t = performance.now();
	const phases: Record<string, number> = {};
	const report = await runImport(db, [csv], {
		user: 'bench',
		onProgress: (m) => {
			const phase = m.startsWith('Lezen') ? 'lezen' : m.startsWith('Controleren') ? 'controleren' : 'laden';
			phases[phase] ??= performance.now();
		}
	});
	const importSeconds = (performance.now() - t) / 1000;
	if (!report.loaded) throw new Error(`de import is niet ingelezen: ${report.errors} fouten`);

	const result = {
		rows,
		file_mb: Number(mb.toFixed(1)),
		duckdb_read_csv: { seconds: Number(duckSeconds.toFixed(2)), rows_per_second: Math.round(duckRows / duckSeconds) },
		import: { seconds: Number(importSeconds.toFixed(2)), rows_per_second: Math.round(report.rows.expertteam_inzet / importSeconds), warnings: report.warnings },
		ratio: Number((importSeconds / duckSeconds).toFixed(1)),
		phases_seconds: {
			lezen: Number(((phases.controleren - phases.lezen) / 1000).toFixed(2)),
			controleren: Number(((phases.laden - phases.controleren) / 1000).toFixed(2)),
			laden: Number(((t + importSeconds * 1000 - phases.laden) / 1000).toFixed(2))
		}
	};
	if (values.json) console.log(JSON.stringify(result, null, 2));
	else {
		const nl = (n: number) => n.toLocaleString('nl-NL');
		console.log(`Importbenchmark: expertteam_inzet, ${nl(rows)} rijen (${mb.toFixed(0)} MB CSV)`);
		console.log(`  DuckDB read_csv:               ${duckSeconds.toFixed(2)} s  ${nl(result.duckdb_read_csv.rows_per_second)} rijen/s`);
		console.log(`  import (lezen, controle, laden): ${importSeconds.toFixed(2)} s  ${nl(result.import.rows_per_second)} rijen/s`);
		const p = result.phases_seconds;
		console.log(`    waarvan lezen ${p.lezen} s, controleren ${p.controleren} s, laden ${p.laden} s`);
		console.log(`  verhouding: de import duurt ${result.ratio.toLocaleString('nl-NL')}× zo lang als alleen read_csv`);
	}
} finally {
	db.close();
	rmSync(dir, { recursive: true, force: true });
}
