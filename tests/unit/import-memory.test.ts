/**
 * An import gets more working memory than showing figures (MONITOR_IMPORT_MEMORY), and the server's
 * own limit is back afterwards. An import that does not fit is refused whole with a Dutch message,
 * never a stack trace, and leaves the data as it was.
 */
import { describe, expect, it, afterEach, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonitorDb } from '../../src/lib/server/db';
import { tableChecksums, writeFiles } from './helpers';

const limit = async (db: MonitorDb) => String((await db.query(`SELECT current_setting('memory_limit') AS m`)).rows[0].m);

/** scholen.csv with a school, and a telling file of `n` rows for it (one per day). */
function exportFiles(n: number): Record<string, string> {
	const rows: string[] = [];
	const start = Date.UTC(2000, 0, 1);
	for (let i = 0; i < n; i++) rows.push(`${new Date(start + i * 86_400_000).toISOString().slice(0, 10)},11AA,00,${100 + (i % 50)}`);
	return {
		'scholen.csv': 'brin,vestiging,naam,soort,gemeente,kring,bestuur\n11AA,00,Basisschool De Linde,bao,Lindeveen,Kring Noord,Stichting A\n',
		'telling.csv': `teldatum,brin,vestiging,leerlingen\n${rows.join('\n')}\n`
	};
}

async function importerWith(memory: string) {
	vi.resetModules();
	vi.stubEnv('MONITOR_IMPORT_MEMORY', memory);
	return import('../../src/lib/server/import/importer');
}

afterEach(() => vi.unstubAllEnvs());

describe('memory of an import', () => {
	it('raises the limit for the import and sets the server limit back after', async () => {
		const { runImport } = await importerWith('1GB');
		const db = await MonitorDb.open(':memory:', { memoryLimit: '64MB' });
		const before = await limit(db);
		const report = await runImport(db, [writeFiles(exportFiles(30))], { user: 'test' });
		expect(report.ok).toBe(true);
		expect(report.rows.telling).toBe(30);
		expect(await limit(db)).toBe(before);
		db.close();
	});

	it('refuses an import that does not fit, in Dutch, and changes nothing', async () => {
		const good = await importerWith('1GB');
		const db = await MonitorDb.open(':memory:', { memoryLimit: '64MB' });
		expect((await good.runImport(db, [writeFiles(exportFiles(10))], { user: 'test' })).ok).toBe(true);
		const sums = await tableChecksums(db);
		// A server with very little memory for DuckDB, and an import allowed only a little more: too
		// little for reading the CSV (DuckDB reads in blocks of about 30 MB).
		await db.query(`SET memory_limit = '20MB'`);
		db.memoryLimit = '20MB';
		const before = await limit(db);

		const tight = await importerWith('25MB');
		const report = await tight.runImport(db, [writeFiles(exportFiles(200_000))], { user: 'test' });
		expect(report.ok).toBe(false);
		expect(report.loaded).toBe(false);
		const g = report.groups.find((x) => x.kind === 'geheugen_vol');
		expect(g?.problem).toMatch(/past niet in het geheugen .*\(25MB\); er is niets veranderd/);
		expect(g?.fix).toMatch(/npm run import|MONITOR_IMPORT_MEMORY/);
		expect(await tableChecksums(db)).toEqual(sums);
		expect(await limit(db)).toBe(before);
		// And the database is usable afterwards: a next import with enough memory loads.
		const again = await good.runImport(db, [writeFiles(exportFiles(20))], { user: 'test' });
		expect(again.ok).toBe(true);
		db.close();
	});
});

/** Runs an import and reads DuckDB's two flush thresholds while it runs (every few ms) and after. */
async function flushDuring(db: MonitorDb, rows: number) {
	const { runImport } = await importerWith('1GB');
	const flush = async () => {
		const r = await db.query(
			`SELECT current_setting('allocator_bulk_deallocation_flush_threshold') AS bulk, current_setting('allocator_flush_threshold') AS taak`
		);
		return `${r.rows[0].bulk} / ${r.rows[0].taak}`;
	};
	const before = await flush();
	const seen = new Set<string>();
	let done = false;
	const report = runImport(db, [writeFiles(exportFiles(rows))], { user: 'test' }).finally(() => (done = true));
	while (!done) {
		seen.add(await flush());
		await new Promise((r) => setTimeout(r, 2));
	}
	expect((await report).ok).toBe(true);
	return { before, seen, after: await flush() };
}

describe('memory handed back during an import', () => {
	it('a server bound to its memory hands freed memory back at once while importing a large database, and goes back to the default after', async () => {
		// A database in memory holds 0 MB of file: with the threshold at 0 it counts as large.
		vi.stubEnv('MONITOR_IMPORT_FLUSH_MB', '0');
		const db = await MonitorDb.open(':memory:', { memoryLimit: '256MB' });
		const { before, seen, after } = await flushDuring(db, 100_000);
		expect(before).toBe('512.0 MiB / 128.0 MiB');
		expect(seen).toContain('0 bytes / 0 bytes');
		expect(after).toBe(before);
		db.close();
	});
	it('a server with a small database (below MONITOR_IMPORT_FLUSH_MB) imports with DuckDB as it is: the flush would only slow it', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'pm-flush-')), 'klein.duckdb');
		const db = await MonitorDb.open(file, { memoryLimit: '256MB' });
		const { before, seen, after } = await flushDuring(db, 100_000);
		expect([...seen]).toEqual([before]);
		expect(after).toBe(before);
		db.close();
	});
	it('the same small database file hands memory back when the threshold is at or below its size', async () => {
		vi.stubEnv('MONITOR_IMPORT_FLUSH_MB', '0.1');
		const file = join(mkdtempSync(join(tmpdir(), 'pm-flush-')), 'klein.duckdb');
		const db = await MonitorDb.open(file, { memoryLimit: '256MB' });
		// The schema and a first import, written to the file, give it its first blocks (0,26 MB each).
		await flushDuring(db, 10);
		await db.query('CHECKPOINT');
		const { seen, after, before } = await flushDuring(db, 100_000);
		expect(seen).toContain('0 bytes / 0 bytes');
		expect(after).toBe(before);
		db.close();
	});
	it('the command line (no limit of its own) imports with DuckDB as it is', async () => {
		vi.stubEnv('MONITOR_IMPORT_FLUSH_MB', '0');
		const db = await MonitorDb.open(':memory:');
		const { before, seen, after } = await flushDuring(db, 100_000);
		expect([...seen]).toEqual([before]);
		expect(after).toBe(before);
		db.close();
	});
});

describe('memoryBytes', () => {
	it("reads DuckDB's units", async () => {
		const { memoryBytes } = await importerWith('2GB');
		expect(memoryBytes('128MB')).toBe(128_000_000);
		expect(memoryBytes('2GB')).toBe(2_000_000_000);
		expect(memoryBytes('122.0 MiB')).toBe(122 * 1024 * 1024);
		expect(memoryBytes('19.2 GiB')).toBeCloseTo(19.2 * 1024 ** 3);
		expect(memoryBytes('512 bytes')).toBeNaN();
	});
	it('never lowers a larger limit (the command line import has the whole machine)', async () => {
		const { runImport, memoryBytes } = await importerWith('20MB');
		const db = await MonitorDb.open(':memory:', { memoryLimit: '1GB' });
		const before = await limit(db);
		const report = await runImport(db, [writeFiles(exportFiles(30))], { user: 'test' });
		expect(report.ok).toBe(true);
		expect(memoryBytes(before)).toBeGreaterThan(900_000_000);
		expect(await limit(db)).toBe(before);
		db.close();
	});
});
