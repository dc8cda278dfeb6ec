/**
 * The check of a web import reads the uploaded files in a child process of its own, with its own
 * memory limits (Node's heap and DuckDB's), so a file that needs more than that — or crashes the
 * reader — ends that process, never the web server: the import is then refused in Dutch.
 *
 * DuckDB allows one writing process and the web server holds the database, so the child never opens
 * it: it reads each file into the raw shape (text cells c0…cN and __rij, see read.ts) in a database of
 * its own in memory and writes that as Parquet into a folder of this import. The server then checks
 * the staged rows against its database and loads them in one transaction, as it does for the files
 * themselves: all of it or nothing. The folder goes when the import ends (and at server start).
 *
 * The same module is the child: run as a process with PM_IMPORT_CHILD=1 it waits for its work.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { stageFiles, isOutOfMemory, type StagedFile } from './read';
import type { Profiel } from './koppeling';
import { TABLES } from '../schema';
import { q } from './parse';
import { SPLIT_FIX, TOO_LARGE, envNumber } from './limits';
import { importWorkRoot } from './uploads';

/** Limits of the child: Node's heap (MB), DuckDB's memory, and how long a check may take. */
export const childLimits = () => ({
	heapMb: Math.round(envNumber('IMPORT_CHECK_HEAP_MB', 768)),
	duckdb: process.env.IMPORT_CHECK_DUCKDB_MEMORY ?? '512MB',
	seconds: envNumber('IMPORT_CHECK_TIMEOUT_S', 600)
});

interface Work {
	/** The server's IMPORT_* settings (limits.ts) now: a child started ahead has those of its start. */
	env: [string, string][];
	files: string[];
	names: [string, string][];
	dir: string;
	memory: string;
	koppelingen: Profiel[];
}

/** A staged file as the child sends it: the raw rows are in `parquet`. */
interface Sent {
	info: StagedFile['info'];
	spec: string | null;
	mapping: [string, string][];
	problems: StagedFile['problems'];
	groups: StagedFile['groups'];
	skipUnknownSchools?: boolean;
	parts?: StagedFile['parts'];
	koppeling?: StagedFile['koppeling'];
	monster?: StagedFile['monster'];
	parquet: string | null;
}

type Answer = { staged: Sent[] } | { error: string; outOfMemory: boolean };

const usable = (s: StagedFile) => !!s.spec && !s.problems.some((p) => p.level === 'fout') && !s.groups.some((g) => g.level === 'fout');

/** In the child: read every file, write the usable ones as Parquet. */
async function work(w: Work): Promise<Answer> {
	const instance = await DuckDBInstance.create(':memory:', { memory_limit: w.memory, temp_directory: join(w.dir, 'duckdb'), threads: '1' });
	const conn = await instance.connect();
	const names = new Map(w.names);
	const out: Sent[] = [];
	{
		for (const s of await stageFiles(conn, w.files, names, undefined, w.koppelingen)) {
			let parquet: string | null = null;
			if (usable(s)) {
				parquet = join(w.dir, `staged-${out.length + 1}.parquet`);
				await conn.run(`COPY (SELECT * FROM ${s.raw}) TO ${q(parquet)} (FORMAT parquet)`);
			}
			out.push({
				info: s.info,
				spec: s.spec?.name ?? null,
				mapping: [...s.mapping],
				problems: s.problems,
				groups: s.groups,
				skipUnknownSchools: s.skipUnknownSchools,
				parts: s.parts,
				koppeling: s.koppeling,
				monster: s.monster,
				parquet
			});
		}
	}
	return { staged: out };
}

if (process.env.PM_IMPORT_CHILD === '1' && process.send) {
	// A child started ahead (prepareChild) waits; when the server goes away, so does it.
	process.on('disconnect', () => process.exit(0));
	process.once('message', (w: Work) => {
		for (const k of Object.keys(process.env)) if (k.startsWith('IMPORT_')) delete process.env[k];
		Object.assign(process.env, Object.fromEntries(w.env));
		// Temporary files of the reader land in the folder of this import, and go with it.
		process.env.TMPDIR = join(w.dir, 'tmp');
		work(w)
			.catch((e: unknown): Answer => ({ error: e instanceof Error ? e.message.split('\n')[0] : String(e), outOfMemory: isOutOfMemory(e) }))
			.then((answer) => process.send!(answer, () => process.exit(0)));
	});
}

let seq = 0;

/** What the child was asked and answered, kept in `keep` (KEPT) for the load after a check. */
const KEPT = 'gelezen.json';

/** The child's answer for exactly this work when `keep` holds it (same files, names and mappings), else null. */
function keptAnswer(keep: string, key: string): Answer | null {
	const file = join(keep, KEPT);
	if (!existsSync(file)) return null;
	try {
		const kept = JSON.parse(readFileSync(file, 'utf8')) as { key: string; answer: Answer };
		if (kept.key !== key || !('staged' in kept.answer)) return null;
		return kept.answer.staged.every((a) => a.parquet === null || existsSync(a.parquet)) ? kept.answer : null;
	} catch {
		return null;
	}
}

/**
 * Stage `files` in a child process and make their raw rows readable on `conn` (views on the Parquet
 * files). When the child dies or runs out of time, every file gets a refusal instead. The folder of
 * this import is in `dir` of the result: remove it when the import is over.
 *
 * With `keep` (a folder of the upload's own): the rows read stay there with what was asked, and a later
 * call for the same files, names and mappings — the load after the check the beheerder confirmed —
 * uses them without reading the files again. The caller removes `keep` with the upload.
 */
export async function stageApart(
	conn: DuckDBConnection,
	files: string[],
	names: Map<string, string> | undefined,
	koppelingen: Profiel[] = [],
	keep?: string
): Promise<{ staged: StagedFile[]; dir: string }> {
	const namen = [...(names ?? [])];
	const key = JSON.stringify({ files, names: namen, koppelingen });
	const kept = keep ? keptAnswer(keep, key) : null;
	const dir = keep ?? join(importWorkRoot(), `controle-${randomUUID()}`);
	const limits = childLimits();
	let answer: Answer;
	if (kept) answer = kept;
	else {
		// Another check of these files (other mappings): what was read for the earlier one goes first.
		if (keep) rmSync(keep, { recursive: true, force: true });
		mkdirSync(join(dir, 'tmp'), { recursive: true });
		const env = Object.entries(process.env).filter((e): e is [string, string] => e[0].startsWith('IMPORT_') && e[1] !== undefined);
		answer = await runChild({ env, files, names: namen, dir, memory: limits.duckdb, koppelingen }, dir, limits);
		if (keep && 'staged' in answer) writeFileSync(join(keep, KEPT), JSON.stringify({ key, answer }));
	}
	const nameOf = (f: string) => names?.get(f) ?? basename(f);
	if ('error' in answer) {
		const problem = `${TOO_LARGE}: ${answer.error}`;
		return {
			dir,
			staged: files.map((f) => ({
				info: { name: nameOf(f), size: sizeOf(f), sha256: '', table: null, rows: 0 },
				spec: null,
				raw: `staged_${++seq}`,
				mapping: new Map(),
				temps: [],
				groups: [],
				problems: [
					{
						level: 'fout',
						kind: 'bestand_te_groot',
						file: nameOf(f),
						row: null,
						column: null,
						value: null,
						problem,
						fix: `${SPLIT_FIX} Of lees het bestand in op de server met npm run import.`
					}
				]
			}))
		};
	}
	const staged: StagedFile[] = [];
	for (const a of answer.staged) {
		const s: StagedFile = {
			info: a.info,
			spec: TABLES.find((t) => t.name === a.spec) ?? null,
			raw: `staged_${++seq}`,
			mapping: new Map(a.mapping),
			problems: a.problems,
			groups: a.groups,
			skipUnknownSchools: a.skipUnknownSchools,
			parts: a.parts,
			koppeling: a.koppeling,
			monster: a.monster,
			temps: []
		};
		if (a.parquet) {
			await conn.run(`CREATE OR REPLACE TEMP VIEW ${s.raw} AS SELECT * FROM read_parquet(${q(a.parquet)})`);
			s.temps.push({ name: s.raw, kind: 'VIEW' });
		}
		staged.push(s);
	}
	return { staged, dir };
}

const sizeOf = (f: string) => {
	try {
		return statSync(f).size;
	} catch {
		return 0;
	}
};

/** The file of this module as the child runs it: the built chunk, or the TypeScript source under tsx. */
const self = fileURLToPath(import.meta.url);

function forkChild(heapMb: number): ChildProcess {
	return fork(self, [], {
		execArgv: [`--max-old-space-size=${heapMb}`, ...(self.endsWith('.ts') ? ['--import', 'tsx'] : [])],
		env: { ...process.env, PM_IMPORT_CHILD: '1' },
		stdio: ['ignore', 'ignore', 'pipe', 'ipc']
	});
}

/**
 * A child started ahead, when a beheerder opens the import page (prepareChild): starting Node and
 * loading the reader and DuckDB take some 0,5–0,7 s, which the check then does not wait for. It is
 * used for one import only (a fresh process each time, as before), only with the heap it was started
 * with, and stops after SPARE_IDLE_MS unused or when the server stops.
 */
let spare: { child: ChildProcess; heapMb: number; timer: ReturnType<typeof setTimeout> } | null = null;
const SPARE_IDLE_MS = 10 * 60_000;
let started = 0;

const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null && c.connected;

/** The child started ahead when it can do work with this heap (alive, started with it), else null. */
const usableSpare = (heapMb: number) => (spare && spare.heapMb === heapMb && alive(spare.child) ? spare : null);

/** Start a child ahead for the next import (the import page, when a beheerder opens it). */
export function prepareChild(): void {
	const { heapMb } = childLimits();
	const kept = usableSpare(heapMb);
	if (kept) {
		kept.timer.refresh();
		return;
	}
	stopSpareChild();
	const child = forkChild(heapMb);
	started++;
	const timer = setTimeout(stopSpareChild, SPARE_IDLE_MS);
	timer.unref();
	child.on('error', () => {});
	child.on('exit', () => {
		if (spare?.child === child) stopSpareChild();
	});
	spare = { child, heapMb, timer };
}

/** Stop the child started ahead, if any (also for tests). */
export function stopSpareChild(): void {
	const s = spare;
	spare = null;
	if (!s) return;
	clearTimeout(s.timer);
	if (alive(s.child)) s.child.kill();
}

/** How many children were started so far (tests: whether an import used the one started ahead). */
export const childrenStarted = () => started;

/** The child started ahead when it can do this work (alive, the same heap), else a new one. */
function childFor(heapMb: number): ChildProcess {
	const s = usableSpare(heapMb);
	if (s) {
		spare = null;
		clearTimeout(s.timer);
		return s.child;
	}
	stopSpareChild();
	started++;
	return forkChild(heapMb);
}

function runChild(w: Work, dir: string, limits: ReturnType<typeof childLimits>): Promise<Answer> {
	return new Promise((resolve) => {
		const child = childFor(limits.heapMb);
		let answered: Answer | null = null;
		let stderr = '';
		child.stderr?.on('data', (d: Buffer) => {
			stderr = (stderr + d.toString()).slice(-4000);
		});
		const timer = setTimeout(() => {
			answered ??= { error: `het controleren duurde langer dan ${Math.round(limits.seconds / 60)} minuten en is gestopt.`, outOfMemory: false };
			child.kill('SIGKILL');
		}, limits.seconds * 1000);
		child.on('message', (m: Answer) => {
			answered ??= m;
		});
		child.on('error', (e) => {
			answered ??= { error: `het controleren kon niet beginnen (${e.message}).`, outOfMemory: false };
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (answered && 'error' in answered && answered.outOfMemory) {
				answered = { error: `het controleren had meer geheugen nodig dan het mag gebruiken (${limits.duckdb}).`, outOfMemory: true };
			}
			const oom = /heap out of memory|Allocation failed/i.test(stderr) || signal === 'SIGKILL' || code === 134;
			if (!answered && process.env.IMPORT_DEBUG) console.error(stderr);
			resolve(
				answered ?? {
					error: oom
						? `het controleren had meer geheugen nodig dan het mag gebruiken (${limits.heapMb} MB) en is gestopt; de monitor zelf draait gewoon door.`
						: `het controleren is onverwacht gestopt (${signal ?? `code ${code}`}); de monitor zelf draait gewoon door.`,
					outOfMemory: oom
				}
			);
		});
		child.send(w);
	});
}
