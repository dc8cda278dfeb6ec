/**
 * Import benchmark: `npx tsx scripts/bench-import.ts [--rows N] [--json]`.
 * Generates an expertteam_inzet CSV (default 1 000 000 rows) for the demo schools, then times in one
 * process (a) DuckDB's own read_csv of the file into a table, and (b) our full import of the same
 * file: reading, every check of data/README.md, and loading in one transaction. The ratio shows what
 * recognition, validation and the report cost.
 * Budget (issue 20): our rows/s at least 0,5 × read_csv's, the precomputation (vooraf.ts) included;
 * exit 1 when under. The phases show where the time goes, the precomputation by itself.
 * `--duo`: the national set of DUO files instead (scripts/duo-landelijk.ts: 342 gemeente files in the
 * 03 layout, 110.853 rows) with the demo schools among them; budget ≤ 10 s and ≤ 500 MB RSS (issue 15).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MonitorDb } from '../src/lib/server/db';
import { runImport } from '../src/lib/server/import/importer';
import { reportText } from '../src/lib/server/import/report';
import { writeInzetCsv } from './big-inzet';
import { GEMEENTEN, REGELS, writeDuoLandelijk } from './duo-landelijk';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, json: { type: 'boolean' }, duo: { type: 'boolean' } } });
const rows = Number(values.rows);
const dir = mkdtempSync(join(tmpdir(), 'pm-bench-'));
if (values.duo) {
	await benchDuo();
	// With the exit code benchDuo set (1 when over budget).
	process.exit();
}
const csv = join(dir, 'expertteam_inzet.csv');

const schools = readFileSync('data/demo/scholen.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => l.split(','))
	.filter((c) => c[5])
	.map(([brin, vestiging, , , , kring]) => ({ brin, vestiging, kring }));
await writeInzetCsv(csv, rows, schools);
const mb = statSync(csv).size / 1024 / 1024;

const db = await MonitorDb.open(join(dir, 'bench.duckdb'));
try {
	const base = await runImport(db, ['data/demo/scholen.csv'], { user: 'bench' });
	if (!base.ok) throw new Error('scholen uit de demo konden niet worden ingelezen');

	// CPU time of the whole process (DuckDB's threads included): on a shared, loaded machine a steadier
	// comparison than the wall clock, reported beside it.
	const cpu = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1e6;
	};
	let c = cpu();
	let t = performance.now();
	await db.query(`CREATE TABLE duckdb_read_csv AS SELECT * FROM read_csv('${csv.replace(/'/g, "''")}', header = true)`);
	const duckSeconds = (performance.now() - t) / 1000;
	const duckCpu = cpu() - c;
	const duckRows = Number((await db.query(`SELECT count(*)::INTEGER AS n FROM duckdb_read_csv`)).rows[0].n);
	await db.query(`DROP TABLE duckdb_read_csv`);

	c = cpu();
	t = performance.now();
	const phases: Record<string, number> = {};
	// Node's own memory (heap and Buffers) during the import: it must not grow with the file (DuckDB's
	// memory is in the same process, so RSS shows both).
	const node = () => {
		const m = process.memoryUsage();
		return m.heapUsed + m.external;
	};
	const nodeBefore = node();
	let nodePeak = nodeBefore;
	const timer = setInterval(() => (nodePeak = Math.max(nodePeak, node())), 20);
	const report = await runImport(db, [csv], {
		user: 'bench',
		onProgress: (m) => {
			const phase = m.startsWith('Lezen') ? 'lezen' : m.startsWith('Controleren') ? 'controleren' : m.startsWith('Cijfers vooraf') ? 'vooraf' : 'laden';
			phases[phase] ??= performance.now();
		}
	});
	const importSeconds = (performance.now() - t) / 1000;
	const importCpu = cpu() - c;
	clearInterval(timer);
	if (!report.loaded) throw new Error(`de import is niet ingelezen: ${report.errors} fouten`);
	const speed = Math.round(report.rows.expertteam_inzet / importSeconds) / Math.round(duckRows / duckSeconds);

	const result = {
		rows,
		file_mb: Number(mb.toFixed(1)),
		duckdb_read_csv: { seconds: Number(duckSeconds.toFixed(2)), rows_per_second: Math.round(duckRows / duckSeconds) },
		import: { seconds: Number(importSeconds.toFixed(2)), rows_per_second: Math.round(report.rows.expertteam_inzet / importSeconds), warnings: report.warnings },
		ratio: Number((importSeconds / duckSeconds).toFixed(1)),
		/** Our rows/s ÷ read_csv's rows/s (issue 20: at least 0,5). */
		speed_ratio: Number(speed.toFixed(2)),
		within_budget: speed >= 0.5,
		cpu_seconds: { duckdb_read_csv: Number(duckCpu.toFixed(2)), import: Number(importCpu.toFixed(2)), ratio: Number((duckCpu / importCpu).toFixed(2)) },
		node_memory_mb: { before: Math.round(nodeBefore / 1024 / 1024), peak: Math.round(nodePeak / 1024 / 1024) },
		peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
		phases_seconds: {
			lezen: Number(((phases.controleren - phases.lezen) / 1000).toFixed(2)),
			controleren: Number(((phases.laden - phases.controleren) / 1000).toFixed(2)),
			laden: Number(((phases.vooraf - phases.laden) / 1000).toFixed(2)),
			vooraf: Number(((t + importSeconds * 1000 - phases.vooraf) / 1000).toFixed(2))
		}
	};
	if (values.json) console.log(JSON.stringify(result, null, 2));
	else {
		const nl = (n: number) => n.toLocaleString('nl-NL');
		console.log(`Importbenchmark: expertteam_inzet, ${nl(rows)} rijen (${mb.toFixed(0)} MB CSV)`);
		console.log(`  DuckDB read_csv:               ${duckSeconds.toFixed(2)} s  ${nl(result.duckdb_read_csv.rows_per_second)} rijen/s`);
		console.log(`  import (lezen, controle, laden): ${importSeconds.toFixed(2)} s  ${nl(result.import.rows_per_second)} rijen/s`);
		const p = result.phases_seconds;
		console.log(`    waarvan lezen ${p.lezen} s, controleren ${p.controleren} s, laden ${p.laden} s, cijfers vooraf (en vastleggen) ${p.vooraf} s`);
		console.log(`  verhouding: de import duurt ${result.ratio.toLocaleString('nl-NL')}× zo lang als alleen read_csv`);
		console.log(
			`  processortijd: read_csv ${duckCpu.toFixed(2)} s, import ${importCpu.toFixed(2)} s (verhouding ${result.cpu_seconds.ratio.toLocaleString('nl-NL')})`
		);
		console.log(
			`  geheugen van Node (heap en buffers): ${result.node_memory_mb.before} MB vooraf, piek ${result.node_memory_mb.peak} MB; piek RSS van het proces (met DuckDB) ${result.peak_rss_mb} MB`
		);
		console.log(
			`  budget (onze rijen/s ÷ die van read_csv ≥ 0,5): ${result.speed_ratio.toLocaleString('nl-NL')} ${result.within_budget ? 'gehaald' : 'NIET gehaald'}`
		);
	}
	if (!result.within_budget) process.exitCode = 1;
} finally {
	db.close();
	rmSync(dir, { recursive: true, force: true });
}

/** The national DUO set: time and peak memory (RSS) of the whole import, against the budget. */
async function benchDuo(): Promise<void> {
	const schools = readFileSync('data/demo/scholen.csv', 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','))
		.map(([brin, vestiging]) => ({ brin, vestiging }));
	const set = join(dir, 'duo');
	mkdirSync(set);
	writeDuoLandelijk(set, schools);
	const mb = readdirSync(set).reduce((a, f) => a + statSync(join(set, f)).size, 0) / 1024 / 1024;
	const db = await MonitorDb.open(join(dir, 'bench.duckdb'));
	try {
		const base = await runImport(db, ['data/demo/scholen.csv'], { user: 'bench' });
		if (!base.ok) throw new Error('scholen uit de demo konden niet worden ingelezen');
		let peak = process.memoryUsage().rss;
		const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
		const t = performance.now();
		const report = await runImport(db, [set], { user: 'bench' });
		const seconds = (performance.now() - t) / 1000;
		clearInterval(timer);
		peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
		if (!report.loaded) throw new Error(`de import is niet ingelezen: ${report.errors} fouten\n${reportText(report)}`);
		const lines = reportText(report).split('\n').length;
		const result = {
			files: GEMEENTEN,
			rows: REGELS,
			set_mb: Number(mb.toFixed(1)),
			seconds: Number(seconds.toFixed(2)),
			peak_rss_mb: Math.round(peak / 1024 / 1024),
			telling: report.rows.telling,
			report_groups: report.groups.length,
			report_lines: lines,
			within_budget: seconds <= 10 && peak / 1024 / 1024 <= 500
		};
		if (values.json) console.log(JSON.stringify(result, null, 2));
		else {
			const nl = (n: number) => n.toLocaleString('nl-NL');
			console.log(`Importbenchmark: landelijke DUO-set, ${nl(GEMEENTEN)} bestanden in het 03-formaat, ${nl(REGELS)} regels (${mb.toFixed(0)} MB)`);
			console.log(`  import (lezen, controle, laden): ${seconds.toFixed(2)} s, piek geheugen (RSS) ${result.peak_rss_mb} MB`);
			console.log(`  ingelezen: telling ${nl(report.rows.telling)} vestigingen; rapport ${nl(report.groups.length)} groepen, ${nl(lines)} regels tekst`);
			console.log(`  budget (≤ 10 s, ≤ 500 MB): ${result.within_budget ? 'gehaald' : 'NIET gehaald'}`);
		}
		if (!result.within_budget) process.exitCode = 1;
	} finally {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
