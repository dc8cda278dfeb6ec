/**
 * The CLI as a user runs it, in real child processes: exit codes, --json, a database held open by
 * another process (the running monitor), and a crash halfway through loading.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonitorDb } from '../../src/lib/server/db';
import { writeInzetCsv } from '../../scripts/big-inzet';
import { tableChecksums } from './helpers';

/** `node --import tsx`: one process, so a kill reaches the import itself (the tsx binary would be a wrapper). */
const NODE_ARGS = ['--import', 'tsx', 'scripts/import.ts'];
const cli = (...args: string[]) => spawnSync(process.execPath, [...NODE_ARGS, ...args], { encoding: 'utf8', timeout: 120_000 });

let dir: string;
let dbFile: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
	dbFile = join(dir, 'monitor.duckdb');
	const r = cli('--db', dbFile, '--user', 'test', 'tests/fixtures/good');
	expect(r.status, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checksums(file: string) {
	const db = await MonitorDb.open(file, { poolSize: 1 });
	try {
		return { sums: await tableChecksums(db), version: db.version };
	} finally {
		db.close();
	}
}

describe('npm run import', () => {
	it('exits 0 on a dry run of good files and 1 with the report on bad ones; --json gives the report as JSON', async () => {
		const before = await checksums(dbFile);
		const ok = cli('--db', dbFile, '--dry-run', 'tests/fixtures/good/telling.csv');
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('Geen fouten gevonden (proefrun');
		const bad = cli('--db', dbFile, '--json', 'tests/fixtures/bad/telling-31-02-2024.csv');
		expect(bad.status).toBe(1);
		const report = JSON.parse(bad.stdout);
		expect(report.groups[0]).toMatchObject({ kind: 'date_ongeldig', examples: [{ row: 2, value: '31-02-2024' }] });
		const text = cli('--db', dbFile, 'tests/fixtures/bad/telling-31-02-2024.csv');
		expect(text.stdout).toContain('FOUT (1×) telling-31-02-2024.csv, kolom teldatum: Dit is geen geldige datum.');
		expect(text.stdout).toContain('De gegevens in de monitor zijn niet veranderd.');
		expect(await checksums(dbFile)).toEqual(before);
	});

	it('--help shows the usage in Dutch; an unknown or incomplete option says which, without a stack trace (it printed one)', () => {
		const help = cli('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('--profiel-opslaan NAAM');
		const onbekend = cli('--hulp');
		expect(onbekend.status).toBe(2);
		expect(onbekend.stderr).toMatch(/^Onbekende optie '--hulp'\.\n\nGebruik: npm run import/);
		expect(onbekend.stderr).not.toMatch(/at .*\.ts:\d+/);
		const leeg = cli('--db');
		expect(leeg.status).toBe(2);
		expect(leeg.stderr).toContain("Bij optie '--db <value>' hoort een waarde.");
	});

	it('refuses with a clear Dutch message while another process holds the database', async () => {
		const holder: ChildProcess = spawn(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`import { DuckDBInstance } from '@duckdb/node-api'; const i = await DuckDBInstance.create(${JSON.stringify(dbFile)}); await i.connect(); console.log('open'); setInterval(() => {}, 1000);`
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		try {
			await new Promise<void>((r) => holder.stdout!.once('data', () => r()));
			const r = cli('--db', dbFile, 'tests/fixtures/good/telling.csv');
			expect(r.status).toBe(1);
			expect(r.stderr).toContain('is in gebruik door een ander proces');
			expect(r.stderr).toContain(`procesnummer ${holder.pid}`);
			expect(r.stderr).toContain('Beheer → Importeren');
			expect(r.stderr).not.toMatch(/IO Error|Conflicting lock|at .*\.js/);
		} finally {
			holder.kill('SIGTERM');
			await new Promise((r) => holder.once('exit', r));
		}
	});

	it('a crash halfway through loading leaves the previous data intact', async () => {
		const before = await checksums(dbFile);
		const big = join(dir, 'expertteam_inzet.csv');
		await writeInzetCsv(big, 300_000, [
			{ brin: '11AA', vestiging: '00', kring: 'Kring Noord' },
			{ brin: '11BB', vestiging: '00', kring: 'Kring Zuid' }
		]);
		const child = spawn(process.execPath, [...NODE_ARGS, '--db', dbFile, big], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		child.stdout!.on('data', (d) => (stdout += d));
		const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
		// Kill it the moment it starts writing: validation is done, the transaction is open.
		await new Promise<void>((r) => child.stderr!.on('data', (d: Buffer) => String(d).includes('Laden in de database') && r()));
		await new Promise((r) => setTimeout(r, 50));
		child.kill('SIGKILL');
		expect(await exited).toBe('SIGKILL');
		expect(stdout).not.toContain('Ingelezen');
		expect(await checksums(dbFile)).toEqual(before);
		// And the database still works: the same import now completes.
		const again = cli('--db', dbFile, big);
		expect(again.status, again.stdout).toBe(0);
		const after = await checksums(dbFile);
		expect(after.version).toBe(before.version + 1);
		expect(after.sums.expertteam_inzet).toMatch(/^300000:/);
	}, 180_000);
});
