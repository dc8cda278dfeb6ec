/**
 * Where an import's time goes: `npx tsx scripts/profile-import.ts FILE...` imports the files into a
 * fresh database (after data/demo/scholen.csv) and prints every SQL statement of the import that took
 * longer than 50 ms, and the time spent between statements (in Node), largest first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBConnection } from '@duckdb/node-api';
import { MonitorDb } from '../src/lib/server/db';
import { runImport } from '../src/lib/server/import/importer';

const files = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'pm-prof-'));
const db = await MonitorDb.open(join(dir, 'p.duckdb'));
const base = await runImport(db, ['data/demo/scholen.csv'], { user: 'profiel' });
if (!base.ok) throw new Error('scholen');
const log: { sql: string; ms: number; cpu: number }[] = [];
/** CPU seconds of the process, DuckDB's threads included (steadier than the clock on a loaded machine). */
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
};
let cpuJs = 0;
let depth = 0;
let cpuLast = cpu();
let last = performance.now();
let js = 0;
for (const m of ['run', 'runAndReadAll'] as const) {
	const orig = DuckDBConnection.prototype[m] as (...a: unknown[]) => Promise<unknown>;
	(DuckDBConnection.prototype as unknown as Record<string, unknown>)[m] = async function (this: DuckDBConnection, ...a: unknown[]) {
		// runAndReadAll calls run: the statement is counted once, at the outer call.
		if (depth > 0) return orig.apply(this, a);
		depth++;
		const t = performance.now();
		const c = cpu();
		js += t - last;
		cpuJs += c - cpuLast;
		try {
			return await orig.apply(this, a);
		} finally {
			last = performance.now();
			cpuLast = cpu();
			depth--;
			log.push({ sql: String(a[0]).replace(/\s+/g, ' ').slice(0, 160), ms: last - t, cpu: cpuLast - c });
		}
	};
}
const t = performance.now();
last = t;
const cpuStart = cpu();
cpuLast = cpuStart;
const r = await runImport(db, files, { user: 'profiel', onProgress: (m) => console.log(`${((performance.now() - t) / 1000).toFixed(2)} s  ${m}`) });
const total = performance.now() - t;
console.log(
	`totaal ${(total / 1000).toFixed(2)} s, ingelezen: ${r.loaded}, rijen ${JSON.stringify(r.rows)}; SQL ${(log.reduce((a, l) => a + l.ms, 0) / 1000).toFixed(2)} s, Node tussen SQL ${(js / 1000).toFixed(2)} s`
);
for (const l of [...log].sort((a, b) => b.ms - a.ms).slice(0, 25)) console.log(`${(l.ms / 1000).toFixed(2).padStart(7)} s  ${l.sql}`);
db.close();
rmSync(dir, { recursive: true, force: true });
