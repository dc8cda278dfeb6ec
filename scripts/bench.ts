/**
 * `npm run bench -- [--scales 1,50] [--runs 20] [--load-seconds 30] [--users 50] [--mixed-scale 20] [--bedenktijd 0] [--port 4390] [--zonder-vo] [--alleen-import] [--out bench/results/bench.json]`
 *
 * What each page costs, measured, with the budgets of the benchmark issue checked at the end
 * (exit 1 naming what is over). For every scale and every page:
 *  - server time of the page (HTTP, warm = median/p95 of --runs); cold: the page as the first person
 *    after an import gets it (a web import of a changed export on the serving server, which had served
 *    every page before it, as a server in use has; the page asked in a way the background did not
 *    render it); and, without a budget, "nieuw proces": the page asked of a server started afresh for
 *    that page alone (nothing computed or rendered yet), what the first person after a restart meets;
 *  - the same queries in this process: DuckDB directly (no layers) against our registry, cold
 *    (no cache) and warm (cache hit); the ratio is the overhead of our layers;
 *  - bytes per page load (HTML + JS + CSS), and Arrow against JSON size for /api/q;
 *  - in Chromium: navigation → KPI figures and → first chart drawn (the first frame with them in it, and
 *    not before the first contentful paint);
 *  - a changed export (one telling file) → the page showing the new figure;
 *  - import throughput against DuckDB's own read_csv; server peak RSS; a bounded load test on loopback;
 *  - a mixed load at --mixed-scale (default 20, added to the scales): 40 bestuur/adviseur users on
 *    filtered pages that are mostly not cached yet, beside 10 school users, each with a session of
 *    their own; the budget is p95 ≤ 1 s for every role (queries take turns per session, queries.ts).
 *    Beside it, without a budget, the ceiling rendering alone sets: filtered pages a second with every
 *    figure already computed (renderCeiling), and so the least mean wait of forty users without a pause.
 *  - the VO demo (data/demo-vo, "schaal 0" in the output; leave it out with --zonder-vo): every page of a
 *    VO SWV, with the demo scale's budgets.
 * Everything runs on this machine only (127.0.0.1). Nothing here is a unit test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import http from 'node:http';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../src/lib/server/chromium';
import { MonitorDb } from '../src/lib/server/db';
import { QueryRegistry } from '../src/lib/server/queries';
import { FULL_SCOPE } from '../src/lib/server/roles';
import { runImport } from '../src/lib/server/import/importer';
import { markDemo } from '../src/lib/server/auth/accounts';
import { writeDemo } from '../src/lib/server/demo/generate';
import { toArrow, toJson } from '../src/lib/server/export';

const { values } = parseArgs({
	options: {
		scales: { type: 'string', default: '1,50' },
		runs: { type: 'string', default: '20' },
		'load-seconds': { type: 'string', default: '30' },
		users: { type: 'string', default: '50' },
		'mixed-scale': { type: 'string', default: '20' },
		/** The servers listen on this port and the next ones (two per scale). */
		port: { type: 'string', default: '4390' },
		out: { type: 'string', default: 'bench/results/bench.json' },
		'skip-browser': { type: 'boolean', default: false },
		/** Only the mixed load (at --mixed-scale), to try a change to the query gate quickly. */
		'mixed-only': { type: 'boolean', default: false },
		/**
		 * Seconds a user of the mixed load reads a page before asking the next (the mean of an exponential
		 * pause; default 0, asking without pause, which is what the budget holds). Only to see what people who
		 * read their pages meet; a run with a pause never counts for the budget.
		 */
		bedenktijd: { type: 'string', default: '0' },
		/** Without the VO demo's pages (measured as "schaal 0", issue 16). */
		'zonder-vo': { type: 'boolean', default: false },
		/**
		 * Only the import, measured as the full bench does (the whole set into a fresh database, and
		 * expertteam_inzet against DuckDB's read_csv), at --scales; no server, no pages, no budgets.
		 */
		'alleen-import': { type: 'boolean', default: false }
	}
});
const MIXED_SCALE = Number(values['mixed-scale']);
const BEDENKTIJD_S = Number(values.bedenktijd);
/** The VO demo (data/demo-vo) is measured as "scale 0": a VO SWV of the demo's size, with the demo's budgets. */
const VO_DEMO = 0;
const SCALES = values['mixed-only']
	? [MIXED_SCALE]
	: [...new Set([...values.scales!.split(',').map(Number), ...(MIXED_SCALE > 0 ? [MIXED_SCALE] : []), ...(values['zonder-vo'] ? [] : [VO_DEMO])])].sort(
			(a, b) => a - b
		);
const RUNS = Number(values.runs);
const LOAD_SECONDS = Number(values['load-seconds']);
const USERS = Number(values.users);
const BENCH_DIR = 'bench/data';
const PORT = Number(values.port);

/** Pages of the monitor, with the parameters a user would typically open them with. */
const PAGES = [
	'/',
	'/deelname',
	'/verwijzingen',
	'/thuiszitters',
	'/arrangementen',
	'/expertteam',
	'/budget',
	'/financien',
	'/kringen',
	'/scholen',
	'/toelichtingen',
	'/jaarverslag'
];

const BUDGET = {
	overheadRatio: 1.25,
	overheadSlackMs: 5,
	warmServerMsAtScale50: 50,
	firstChartMs: 250,
	pageBytes: 500 * 1024,
	changeToPageMs: 3000,
	rssMbAtScale50: 400,
	/** Our validated import of expertteam_inzet at least half DuckDB's bare read_csv rate (issue 20), from demo scale up. */
	importShareOfReadCsv: 0.5,
	/** The whole scale-50 set into a fresh database (measured when the bench makes it, and by --alleen-import). */
	wholeImportSecondsAtScale50: 20,
	loadP95Ms: 200,
	mixedLoadP95Ms: 1000,
	/** A cold page (the first request after an import), server time: every page at demo scale; at scale 50, the jaarverslag of a schooljaar 400 ms. */
	coldMsAtDemo: 50,
	coldMsAtScale50: 150,
	coldJaarverslagMsAtScale50: 400
};

/** The cold budget of a page at a scale (null: none at this scale). */
function coldBudget(scale: number, path: string): number | null {
	if (scale === 1 || scale === VO_DEMO) return BUDGET.coldMsAtDemo;
	if (scale >= 50) return /^\/jaarverslag\/[^/?]+/.test(path) ? BUDGET.coldJaarverslagMsAtScale50 : BUDGET.coldMsAtScale50;
	return null;
}

// ── small helpers ───────────────────────────────────────────────────────────
const now = () => performance.now();
function stats(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
	return { median: q(0.5), p95: q(0.95), n: s.length };
}
const ms = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

function get(
	port: number,
	path: string,
	cookie = '',
	agent?: http.Agent,
	encoding = ''
): Promise<{ status: number; body: Buffer; ms: number; link: string; cache: string }> {
	return new Promise((resolve, reject) => {
		const t0 = now();
		const req = http.get(
			{ host: '127.0.0.1', port, path, agent, headers: { ...(cookie ? { cookie } : {}), ...(encoding ? { 'accept-encoding': encoding } : {}) } },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						body: Buffer.concat(chunks),
						ms: now() - t0,
						link: String(res.headers.link ?? ''),
						cache: String(res.headers['x-paginacache'] ?? '')
					})
				);
			}
		);
		req.on('error', reject);
		req.setTimeout(60_000, () => req.destroy(new Error(`timeout ${path}`)));
	});
}

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

// ── data and database per scale ────────────────────────────────────────────
async function prepare(scale: number) {
	const dataDir = scale === 1 ? 'data/demo' : scale === VO_DEMO ? 'data/demo-vo' : join(BENCH_DIR, `scale-${scale}`);
	if (scale !== 1 && scale !== VO_DEMO && !existsSync(join(dataDir, 'telling.csv'))) {
		const t0 = now();
		await writeDemo(dataDir, { scale, years: 10, firstYear: 2016 });
		console.log(`  gegenereerd: ${dataDir} in ${ms((now() - t0) / 1000)} s`);
	}
	const dbFile = join(BENCH_DIR, `scale-${scale}.duckdb`);
	mkdirSync(BENCH_DIR, { recursive: true });
	let importStats: { rows: number; seconds: number; rowsPerSecond: number } | null = null;
	if (!existsSync(dbFile) || statSync(dbFile).mtimeMs < newest(dataDir)) {
		rmSync(dbFile, { force: true });
		rmSync(`${dbFile}.wal`, { force: true });
		const db = await MonitorDb.open(dbFile);
		const t0 = now();
		const report = await runImport(db, [dataDir], { user: 'demo' });
		const seconds = (now() - t0) / 1000;
		// A demo database: the server offers its demo accounts, which the bench logs in with.
		await markDemo(db);
		db.close();
		if (!report.ok) throw new Error(`import scale ${scale} mislukt`);
		const rows = Object.values(report.rows).reduce((a, b) => a + b, 0);
		importStats = { rows, seconds, rowsPerSecond: rows / seconds };
		console.log(`  ingelezen: ${rows} rijen in ${seconds.toFixed(1)} s`);
	} else {
		// A bench database from an earlier run: make sure the server will offer its demo accounts.
		const db = await MonitorDb.open(dbFile, { poolSize: 1 });
		await markDemo(db);
		db.close();
	}
	return { dataDir, dbFile, importStats };
}

/** DuckDB's own read_csv of the largest file, beside our import of the same file (validation cost). */
async function importVersusReadCsv(dataDir: string) {
	const file = join(dataDir, 'expertteam_inzet.csv');
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	// Processor time of this process (DuckDB's threads included): steadier than the clock on a shared machine.
	const cpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
	let c0 = cpu();
	let t0 = now();
	const r = await conn.runAndReadAll(`CREATE TABLE x AS SELECT * FROM read_csv('${file}', header = true); SELECT count(*)::INTEGER FROM x`);
	const duckSeconds = (now() - t0) / 1000;
	const duckCpu = cpu() - c0;
	const rows = Number(r.getRows()[0][0]);
	conn.closeSync();
	inst.closeSync();
	const db = await MonitorDb.open(':memory:');
	const ref = await runImport(db, [join(dataDir, 'scholen.csv')], { user: 'bench' });
	if (!ref.ok) throw new Error('scholen niet ingelezen');
	c0 = cpu();
	t0 = now();
	const rep = await runImport(db, [file], { user: 'bench' });
	const oursSeconds = (now() - t0) / 1000;
	const oursCpu = cpu() - c0;
	db.close();
	if (!rep.ok) throw new Error('inzet niet ingelezen');
	return {
		rows,
		duckdbReadCsvRowsPerSecond: rows / duckSeconds,
		importRowsPerSecond: rows / oursSeconds,
		ratio: oursSeconds / duckSeconds,
		cpuSeconds: { duckdbReadCsv: duckCpu, import: oursCpu }
	};
}

// ── the server ─────────────────────────────────────────────────────────────
function buildIfNeeded() {
	const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
	if (built < Math.max(newest('src'), newest('static'), newest('svelte.config.js'))) {
		console.log('  build…');
		const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
		if (r.status !== 0) throw new Error('build mislukt');
	}
}

interface Server {
	proc: ChildProcess;
	port: number;
	/** Trace lines of the queries the server ran since the last `take()`. */
	take(): { name: string; params: Record<string, unknown>; berekend: boolean }[];
	/** The server's other log lines so far. */
	log: string[];
	cookie: string;
}

const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((p) => p.kill()));

async function stopServer(server: Server) {
	if (server.proc.exitCode !== null || server.proc.signalCode !== null) return;
	const gone = once(server.proc, 'exit');
	server.proc.kill();
	await gone;
}

/** `warmAtStart: false`: without the pages rendered in the background at the first request (voorverwarmen.ts). */
async function startServer(dbFile: string, port: number, { warmAtStart = true } = {}): Promise<Server> {
	// Started exactly as `npm start` starts it: its environment (MALLOC_ARENA_MAX), node flags (a bounded
	// heap) and scripts/start.js (the memory defaults for DuckDB).
	const words: string[] = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start.split(/\s+/);
	const isEnv = (w: string) => /^[A-Z_]+=/.test(w);
	const startEnv = Object.fromEntries(words.filter(isEnv).map((w) => w.split(/=(.*)/s, 2)));
	const [command, ...args] = words.filter((w) => !isEnv(w));
	const proc = spawn(command, args, {
		env: {
			...process.env,
			...startEnv,
			PORT: String(port),
			HOST: '127.0.0.1',
			MONITOR_DB: dbFile,
			MONITOR_TRACE: '1',
			MONITOR_KEEP_DEMO: 'ja',
			ORIGIN: `http://127.0.0.1:${port}`,
			BODY_SIZE_LIMIT: '200M',
			...(warmAtStart ? {} : { MONITOR_WARM_AT_START: '0' })
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let trace: { name: string; params: Record<string, unknown>; berekend: boolean }[] = [];
	const log: string[] = [];
	let buf = '';
	proc.stdout!.on('data', (d: Buffer) => {
		buf += d.toString();
		let i;
		while ((i = buf.indexOf('\n')) >= 0) {
			const line = buf.slice(0, i);
			buf = buf.slice(i + 1);
			if (line.startsWith('[query] ')) trace.push(JSON.parse(line.slice(8)));
			else log.push(line);
		}
	});
	for (let i = 0; i < 600; i++) {
		try {
			await get(port, '/favicon.svg');
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	// Never leave a server behind, also when the bench stops on an error.
	running.add(proc);
	proc.on('exit', () => running.delete(proc));
	const server: Server = { proc, port, cookie: '', log, take: () => trace.splice(0) };
	server.cookie = await login(server, 'bestuur');
	return server;
}

/** Log in with a demo account (one click on the login page); without accounts, no cookie. */
async function login(server: Server, rol: string): Promise<string> {
	// A path no page has: without accounts it is a plain 404, with accounts a redirect or 401.
	const probe = await get(server.port, '/bench-probe-zonder-pagina');
	if (probe.status === 404) return '';
	const body = new URLSearchParams({ rol, terug: '/' }).toString();
	return new Promise((resolve) => {
		const req = http.request(
			{
				host: '127.0.0.1',
				port: server.port,
				path: '/login?/demo',
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://127.0.0.1:${server.port}` }
			},
			(res) => {
				res.resume();
				const set = res.headers['set-cookie'] ?? [];
				resolve(set.map((c) => c.split(';')[0]).join('; '));
			}
		);
		req.end(body);
	});
}

function rssPeakMb(pid: number, field = 'VmHWM'): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
	return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * What a first visit downloads, as a browser receives it (gzip/brotli where the server offers them):
 * the HTML and every script and stylesheet SvelteKit preloads for it. `raw` is the same uncompressed.
 */
async function pageBytes(server: Server, path: string, html: string, link: string): Promise<{ html: number; assets: number; raw: number }> {
	const assets = new Set<string>();
	for (const m of link.matchAll(/<\.?(\/_app\/[^>]+)>/g)) assets.add(m[1]);
	for (const m of html.matchAll(/(?:href|src)="\.?(\/_app\/[^"]+\.(?:js|css))"/g)) assets.add(m[1]);
	for (const m of html.matchAll(/import\("\.?(\/_app\/[^"]+\.js)"\)/g)) assets.add(m[1]);
	let total = 0;
	let raw = Buffer.byteLength(html);
	for (const a of assets) {
		total += (await get(server.port, a, server.cookie, undefined, 'gzip, br')).body.length;
		raw += (await get(server.port, a, server.cookie)).body.length;
	}
	const transferred = (await get(server.port, path, server.cookie, undefined, 'gzip, br')).body.length;
	return { html: transferred, assets: total, raw };
}

// ── in-process: DuckDB directly against our layers, same SQL ────────────────
async function compareLayers(dbFile: string, queries: { name: string; params: Record<string, unknown> }[]) {
	const db = await MonitorDb.open(dbFile, { readOnly: true, poolSize: 1 });
	const registry = new QueryRegistry(db);
	const raw = async () => {
		for (const q of queries) {
			const def = registry.get(q.name);
			const params = registry.bindParams(def, q.params, FULL_SCOPE);
			await db.withConnection(async (c) => {
				const keys = Object.keys(params);
				const reader = keys.length ? await c.runAndReadAll(def.sql, params as Record<string, string | null>) : await c.runAndReadAll(def.sql);
				reader.getRows();
			});
		}
	};
	const cold = async () => {
		for (const q of queries) await registry.runUncached(q.name, q.params, FULL_SCOPE);
	};
	const warm = async () => {
		for (const q of queries) await registry.run(q.name, q.params, FULL_SCOPE);
	};
	// Interleaved, so both sides see the same machine load; the first round warms DuckDB's caches.
	const samples = { duckdb: [] as number[], cold: [] as number[], warm: [] as number[] };
	for (let i = 0; i <= RUNS; i++) {
		for (const [k, fn] of [
			['duckdb', raw],
			['cold', cold],
			['warm', warm]
		] as const) {
			const t0 = now();
			await fn();
			if (i > 0) samples[k].push(now() - t0);
		}
	}
	const out = { duckdb: stats(samples.duckdb), cold: stats(samples.cold), warm: stats(samples.warm) };
	db.close();
	return out;
}

// ── the browser ────────────────────────────────────────────────────────────
async function browserTimes(server: Server, pages: string[]) {
	const browser = await chromium.launch(CHROMIUM_LAUNCH);
	const out: Record<string, { kpiMs: number | null; firstChartMs: number | null }> = {};
	for (const path of pages) {
		const samples: { kpi: number | null; chart: number | null }[] = [];
		for (let i = 0; i < 5; i++) {
			const ctx = await browser.newContext();
			if (server.cookie) {
				await ctx.addCookies(
					server.cookie.split('; ').map((c) => ({ name: c.split('=')[0], value: c.split('=').slice(1).join('='), domain: '127.0.0.1', path: '/' }))
				);
			}
			const page = await ctx.newPage();
			// A string, not a function: tsx would wrap a function in helpers the page does not have.
			// Drawn, not only parsed: the time is the first frame after the element is in the document
			// (requestAnimationFrame). While a style sheet is still loading the browser draws nothing, so
			// an element parsed at 80 ms can first be seen at 900 (docs/performance.md).
			await page.addInitScript(`
				const check = () => {
					if (window.__kpiIn === undefined && document.querySelector('[data-testid^="tegel-"], main h1')) {
						window.__kpiIn = performance.now();
						requestAnimationFrame(() => (window.__kpi = performance.now()));
					}
					if (window.__chartIn === undefined && document.querySelector('.chart svg, figure svg[aria-label]')) {
						window.__chartIn = performance.now();
						requestAnimationFrame(() => (window.__chart = performance.now()));
					}
				};
				new MutationObserver(check).observe(document, { childList: true, subtree: true });
			`);
			await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'load' });
			await page.waitForFunction('window.__chart !== undefined', null, { timeout: 5000 }).catch(() => {});
			await page.waitForFunction('window.__kpi !== undefined', null, { timeout: 5000 }).catch(() => {});
			// Nothing is on screen before the browser's first contentful paint (its presentation time): an
			// animation frame starts before its style, layout and paint, and the first one is presented
			// later still (on the demo 50–150 ms after the frame began). So drawn = not before FCP.
			await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0", null, { timeout: 5000 }).catch(() => {});
			const t = (await page.evaluate(`(() => {
				const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
				const na = (x) => (x === undefined ? null : fcp === null ? x : Math.max(x, fcp));
				return { kpi: na(window.__kpi), chart: na(window.__chart) };
			})()`)) as { kpi: number | null; chart: number | null };
			samples.push({ kpi: t.kpi, chart: t.chart });
			await ctx.close();
		}
		const med = (xs: (number | null)[]) => {
			const k = xs.filter((x): x is number => x !== null);
			return k.length ? stats(k).median : null;
		};
		out[path] = { kpiMs: med(samples.map((s) => s.kpi)), firstChartMs: med(samples.map((s) => s.chart)) };
	}
	await browser.close();
	return out;
}

// ── a changed export reaching the page ─────────────────────────────────────
function postAction(server: Server, cookie: string, path: string, body: Buffer, type: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				host: '127.0.0.1',
				port: server.port,
				path,
				method: 'POST',
				headers: { cookie, 'content-type': type, 'content-length': body.length, origin: `http://127.0.0.1:${server.port}`, 'x-sveltekit-action': 'true' }
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => resolve(Buffer.concat(chunks).toString()));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

/**
 * As a beheerder would: upload one changed telling file on the web import page, confirm, and reload
 * the overview until it shows the new figure. Returns the milliseconds from upload to that page.
 */
/**
 * A web import of one changed export (the newest October telling, 40 pupils more at every sbo school;
 * unchanged for a VO SWV, which has none), as a beheerder does it. Returns how long until the overview
 * shows the new sbo figure (PO; null for VO), after waiting until the server's background work after the
 * import is done (its log line: figures computed again, pages warmed).
 */
async function importChange(server: Server, dbFile: string, vo: boolean): Promise<number | null> {
	const logged = server.log.length;
	const change = await changeToPage(server, dbFile, vo);
	for (let i = 0; i < 6000 && !server.log.slice(logged).some((l) => l.startsWith('Na de import')); i++) await new Promise((r) => setTimeout(r, 50));
	const line = server.log.slice(logged).find((l) => l.startsWith('Na de import'));
	if (!line) throw new Error('het werk na de import werd niet klaar');
	console.log(`  ${line}`);
	return change;
}

async function changeToPage(server: Server, dbFile: string, vo: boolean): Promise<number | null> {
	const db = await MonitorDb.open(dbFile, { readOnly: true, poolSize: 1 });
	const last = (await db.query(`SELECT max(teldatum) AS t FROM telling WHERE month(teldatum) = 10`)).rows[0].t as string;
	const rows = await db.query(
		`SELECT t.brin, t.vestiging, t.leerlingen + CASE WHEN s.soort = 'sbo' THEN 40 ELSE 0 END AS leerlingen
		 FROM telling t JOIN scholen s USING (brin, vestiging) WHERE teldatum = $t::DATE`,
		{ t: last }
	);
	db.close();
	const csv = ['teldatum,brin,vestiging,leerlingen', ...rows.rows.map((r) => `${last},${r.brin},${r.vestiging},${r.leerlingen}`)].join('\n') + '\n';
	const cookie = await login(server, 'beheerder');
	const boundary = '----bench' + Date.now();
	const multipart = Buffer.concat([
		Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="bestanden"; filename="telling.csv"\r\nContent-Type: text/csv\r\n\r\n`),
		Buffer.from(csv),
		Buffer.from(`\r\n--${boundary}--\r\n`)
	]);
	const sj = `${last.slice(0, 4)}-${Number(last.slice(0, 4)) + 1}`;
	const before = (await get(server.port, `/?schooljaar=${sj}`, server.cookie)).body.toString();
	const tile = (html: string) => /data-testid="tegel-deelname_sbo_pct"[^>]*>([^<]*)</.exec(html)?.[1];
	const t0 = now();
	const checked = await postAction(server, cookie, '/beheer/import?/controleer', multipart, `multipart/form-data; boundary=${boundary}`);
	const token = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(checked)?.[0];
	if (!token) throw new Error(`geen token: ${checked.slice(0, 300)}`);
	await postAction(server, cookie, '/beheer/import?/inlezen', Buffer.from(new URLSearchParams({ token }).toString()), 'application/x-www-form-urlencoded');
	if (vo) return null;
	for (let i = 0; i < 100; i++) {
		const page = (await get(server.port, `/?schooljaar=${sj}`, server.cookie)).body.toString();
		if (tile(page) !== tile(before)) return now() - t0;
		await new Promise((r) => setTimeout(r, 20));
	}
	throw new Error('de nieuwe telling verscheen niet op de pagina');
}

// ── load test on loopback ──────────────────────────────────────────────────
async function loadTest(server: Server, pages: string[]) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: USERS });
	const latencies: number[] = [];
	let errors = 0;
	const until = now() + LOAD_SECONDS * 1000;
	const maxRequests = 200_000;
	let i = 0;
	await Promise.all(
		Array.from({ length: USERS }, async (_, u) => {
			while (now() < until && i < maxRequests) {
				const path = pages[(i++ + u) % pages.length];
				try {
					// As a browser asks: every browser accepts gzip.
					const r = await get(server.port, path, server.cookie, agent, 'gzip, deflate, br');
					if (r.status !== 200) errors++;
					latencies.push(r.ms);
				} catch {
					errors++;
				}
			}
		})
	);
	agent.destroy();
	return { requests: latencies.length, errors, ...stats(latencies), perSecond: latencies.length / LOAD_SECONDS };
}

// ── mixed load: roles and filters ──────────────────────────────────────────
interface Choices {
	schooljaren: string[];
	kringen: string[];
	gemeenten: string[];
	schools: string[];
}

/**
 * A small deterministic random generator, so two runs ask for the same pages. The seed is mixed first
 * (a 32-bit finaliser): seeded with 1, 2, 3, … directly, every user's first number was nearly the same
 * (0,236–0,255 for 50 users), so all forty staff users opened the same page first and, with a
 * bedenktijd, all fifty clicked at the same moment.
 */
function random(seed: number) {
	let x = seed >>> 0;
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
	x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
	x = (x ^ (x >>> 16)) >>> 0 || 1;
	return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** What a bestuur or adviseur opens: a figure page with one to three filters set. */
function filteredPage(c: Choices, r: () => number): string {
	const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
	const page = pick(['/deelname', '/verwijzingen', '/thuiszitters', '/arrangementen', '/kringen', '/scholen', '/expertteam', '/budget', '/']);
	const q = new URLSearchParams({ schooljaar: pick(c.schooljaren) });
	if (page === '/') return `/?${q}`;
	const place = r();
	if (place < 0.5) q.set('kring', pick(c.kringen));
	else if (place < 0.75 && page !== '/expertteam' && page !== '/budget') q.set('gemeente', pick(c.gemeenten));
	if (r() < 0.3 && !['/expertteam', '/budget'].includes(page)) q.set('schoolsoort', pick(['bao', 'sbo']));
	return `${page}?${q}`;
}

/** What a school opens (access.ts): its own school page or the overview, for a schooljaar. */
function schoolPage(c: Choices, own: string, r: () => number): string {
	const jaar = c.schooljaren[Math.floor(r() * c.schooljaren.length)];
	return r() < 0.5 ? `/scholen/${own}?schooljaar=${jaar}` : `/?schooljaar=${jaar}`;
}

async function mixedLoad(server: Server, c: Choices) {
	const roles = [...Array(20).fill('bestuur'), ...Array(20).fill('adviseur'), ...Array(10).fill('school')] as string[];
	// Each user logs in for a session of their own (the query gate gives each session its turn).
	const cookies = await Promise.all(roles.map((rol) => login(server, rol)));
	const home = await get(server.port, '/', cookies[roles.indexOf('school')]);
	const own = /href="\/scholen\/(\w+)"/.exec(home.body.toString())?.[1] ?? c.schools[0];
	const agent = new http.Agent({ keepAlive: true, maxSockets: roles.length });
	const per: Record<string, { ms: number[]; errors: number; busy: number }> = {};
	const start = now();
	const until = start + LOAD_SECONDS * 1000;
	/** Every answer's start (s after the load began), time and status: the load told per 10 s. */
	const answers: { t: number; ms: number; busy: boolean; school: boolean }[] = [];
	await Promise.all(
		roles.map(async (rol, u) => {
			const r = random(u + 1);
			const mine = (per[rol] ??= { ms: [], errors: 0, busy: 0 });
			// Users who read their pages do not all click at the same moment: each starts after a pause too.
			const pauze = () => new Promise((klaar) => setTimeout(klaar, -Math.log(1 - r()) * BEDENKTIJD_S * 1000));
			if (BEDENKTIJD_S > 0) await pauze();
			while (now() < until) {
				const path = rol === 'school' ? schoolPage(c, own, r) : filteredPage(c, r);
				try {
					const res = await get(server.port, path, cookies[u], agent, 'gzip, deflate, br');
					mine.ms.push(res.ms);
					answers.push({ t: (now() - res.ms - start) / 1000, ms: res.ms, busy: res.status === 503, school: rol === 'school' });
					if (res.status === 503) mine.busy++;
					else if (res.status !== 200) mine.errors++;
				} catch {
					mine.errors++;
				}
				if (BEDENKTIJD_S > 0) await pauze();
			}
		})
	);
	agent.destroy();
	const all = Object.values(per).flatMap((p) => p.ms);
	const byRole = Object.fromEntries(Object.entries(per).map(([rol, p]) => [rol, { requests: p.ms.length, errors: p.errors, busy: p.busy, ...stats(p.ms) }]));
	const per10s = [];
	for (let from = 0; from < LOAD_SECONDS; from += 10) {
		const xs = answers.filter((a) => a.t >= from && a.t < from + 10);
		const staf = xs.filter((a) => !a.school);
		if (xs.length)
			per10s.push({
				from,
				answers: xs.length,
				busy: xs.filter((a) => a.busy).length,
				...stats(xs.map((a) => a.ms)),
				bestuurAdviseur: { answers: staf.length, busy: staf.filter((a) => a.busy).length, ...stats(staf.map((a) => a.ms)) }
			});
	}
	return { users: roles.length, seconds: LOAD_SECONDS, requests: all.length, ...stats(all), byRole, per10s };
}

/**
 * The ceiling the server's rendering alone sets, without a budget: CEILING_PAGES different staff pages
 * as the mixed load draws them, asked once one after another (so every figure they need is computed), then asked again
 * with a parameter no page reads (`_plafond`): the page cache misses, the registry has every figure, so
 * DuckDB does nothing and what is left is rendering (Svelte, the server-side charts, packing). With 16
 * at once that gives the most pages a second this machine renders; forty users who ask without a pause
 * wait on average at least 40 ÷ that many seconds, whatever the queries cost.
 */
const CEILING_PAGES = 100;
async function renderCeiling(server: Server, c: Choices) {
	const cookie = await login(server, 'bestuur');
	const r = random(4242);
	// Different pages (a page drawn twice would come from the page cache the second time), few enough
	// that the registry keeps every figure they need (CACHE_LIMIT in queries.ts): checked by the trace.
	const drawn = new Set<string>();
	while (drawn.size < CEILING_PAGES) drawn.add(filteredPage(c, r));
	const pages = [...drawn];
	for (const p of pages) await get(server.port, p, cookie, undefined, 'gzip, deflate, br');
	const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
	let i = 0;
	let fouten = 0;
	server.take();
	const t0 = now();
	await Promise.all(
		Array.from({ length: 16 }, async () => {
			while (i < pages.length) {
				const res = await get(server.port, `${pages[i++]}&_plafond=1`, cookie, agent, 'gzip, deflate, br');
				if (res.status !== 200 || res.cache !== 'miss') fouten++;
			}
		})
	);
	const perSecond = pages.length / ((now() - t0) / 1000);
	// A few may still be computed: a figure of a page that the first round got from the page cache may have left the registry since.
	const berekend = server.take().filter((q) => !q.berekend).length;
	agent.destroy();
	return { pages: pages.length, berekend, renderOnlyPerSecond: perSecond, minMeanWaitFor40Ms: (40 / perSecond) * 1000, fouten };
}

function printCeiling(p: Awaited<ReturnType<typeof renderCeiling>>) {
	console.log(
		`  plafond van het renderen (zonder budget): ${p.renderOnlyPerSecond.toFixed(1)} gefilterde pagina's per s met alle cijfers al berekend (${p.pages} pagina's, 16 tegelijk, ${p.berekend} cijfers toch berekend${p.fouten ? `, ${p.fouten} niet als nieuwe pagina beantwoord` : ''}); 40 gebruikers zonder pauze wachten dan gemiddeld ten minste ${ms(p.minMeanWaitFor40Ms)} ms`
	);
}

/** The mixed load per 10 s (when the answers were asked): a fresh server's first seconds apart from the rest. */
function printPer10s(mixed: {
	per10s: { from: number; answers: number; busy: number; median: number; p95: number; bestuurAdviseur: { answers: number; busy: number; p95: number } }[];
}) {
	console.log(
		`  per 10 s: ${mixed.per10s.map((b) => `${b.from}–${b.from + 10} s ${b.answers} antwoorden, ${b.busy} × te druk, p95 ${ms(b.p95)} ms`).join('; ')}`
	);
	console.log(
		`  per 10 s, bestuur en adviseur: ${mixed.per10s.map((b) => `${b.from}–${b.from + 10} s ${b.bestuurAdviseur.answers} antwoorden, ${b.bestuurAdviseur.busy} × te druk, p95 ${ms(b.bestuurAdviseur.p95)} ms`).join('; ')}`
	);
}

/** The import's budgets (issue 20): its share of read_csv's rate from demo scale up, and the whole scale-50 set when measured. */
function importOvers(scale: number, deel: number, seconds: number | null): string[] {
	const out: string[] = [];
	if (scale >= 1 && deel < BUDGET.importShareOfReadCsv)
		out.push(`schaal ${scale}: import expertteam_inzet ${deel.toFixed(2)} × read_csv (< ${BUDGET.importShareOfReadCsv} ×)`);
	if (scale >= 50 && seconds !== null && seconds > BUDGET.wholeImportSecondsAtScale50)
		out.push(`schaal ${scale}: volledige import ${seconds.toFixed(1)} s (> ${BUDGET.wholeImportSecondsAtScale50} s)`);
	return out;
}

// ── main ───────────────────────────────────────────────────────────────────
if (values['alleen-import']) {
	const importOver: string[] = [];
	for (const scale of values.scales!.split(',').map(Number)) {
		console.log(`\nSchaal ${scale}: alleen de import`);
		const dbFile = join(BENCH_DIR, `scale-${scale}.duckdb`);
		rmSync(dbFile, { force: true });
		rmSync(`${dbFile}.wal`, { force: true });
		const { dataDir, importStats } = await prepare(scale);
		const i = await importVersusReadCsv(dataDir);
		console.log(`  volledige import: ${importStats!.rows} rijen in ${importStats!.seconds.toFixed(1)} s, ${importStats!.rowsPerSecond.toFixed(0)} rijen/s`);
		console.log(
			`  import expertteam_inzet: ${i.rows} rijen, onze import ${i.importRowsPerSecond.toFixed(0)} rijen/s, DuckDB read_csv ${i.duckdbReadCsvRowsPerSecond.toFixed(0)} rijen/s (× ${(i.importRowsPerSecond / i.duckdbReadCsvRowsPerSecond).toFixed(2)}); processortijd read_csv ${i.cpuSeconds.duckdbReadCsv.toFixed(1)} s, import ${i.cpuSeconds.import.toFixed(1)} s (× ${(i.cpuSeconds.duckdbReadCsv / i.cpuSeconds.import).toFixed(2)})`
		);
		importOver.push(...importOvers(scale, i.importRowsPerSecond / i.duckdbReadCsvRowsPerSecond, importStats?.seconds ?? null));
	}
	if (importOver.length) console.log(`\nBOVEN BUDGET (${importOver.length}):\n${importOver.map((o) => `  - ${o}`).join('\n')}`);
	process.exit(importOver.length ? 1 : 0);
}
const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, scales: {} };
const over: string[] = [];
buildIfNeeded();
for (const scale of SCALES) {
	console.log(scale === VO_DEMO ? `\nSchaal 0 (VO-demo)` : `\nSchaal ${scale}`);
	const { dataDir, dbFile, importStats } = await prepare(scale);
	const serverDb = `${dbFile}.server.duckdb`;
	copyFileSync(dbFile, serverDb);
	rmSync(`${serverDb}.wal`, { force: true });
	const server = await startServer(serverDb, PORT + 2 * SCALES.indexOf(scale));
	// Cold pages are asked of a server of their own, on its own copy, started afresh for every page.
	const coldDb = `${dbFile}.koud.duckdb`;
	copyFileSync(dbFile, coldDb);
	rmSync(`${coldDb}.wal`, { force: true });
	const pages: Record<string, unknown>[] = [];
	const reachable: string[] = [];
	// A kring page, a school page and the last jaarverslag of this data.
	const probe = await MonitorDb.open(dbFile, { readOnly: true, poolSize: 1 });
	const some = (
		await probe.query(
			`SELECT (SELECT min(kring) FROM scholen WHERE soort IN ('bao', 'vo')) AS kring,
			(SELECT min(brin || vestiging) FROM scholen WHERE soort IN ('bao', 'vo')) AS school,
			(SELECT max(schooljaar(teldatum)) FROM telling) AS schooljaar`
		)
	).rows[0];
	const list = async (sql: string) => (await probe.query(sql)).rows.map((r) => String(Object.values(r)[0]));
	const choices: Choices = {
		schooljaren: await list(`SELECT DISTINCT schooljaar(teldatum) FROM telling ORDER BY 1`),
		kringen: await list(`SELECT DISTINCT kring FROM scholen WHERE kring IS NOT NULL ORDER BY 1`),
		gemeenten: await list(`SELECT DISTINCT gemeente FROM scholen WHERE gemeente IS NOT NULL ORDER BY 1 LIMIT 40`),
		schools: await list(`SELECT brin || vestiging FROM scholen ORDER BY 1 LIMIT 1`)
	};
	probe.close();
	const extra = [
		`/deelname?kring=${encodeURIComponent(String(some.kring))}`,
		`/kringen/${encodeURIComponent(String(some.kring))}`,
		`/scholen/${some.school}`,
		`/jaarverslag/${some.schooljaar}`
	];
	if (values['mixed-only']) {
		const mixed = await mixedLoad(server, choices);
		const ceiling = await renderCeiling(server, choices);
		await stopServer(server);
		rmSync(coldDb, { force: true });
		rmSync(`${coldDb}.wal`, { force: true });
		rmSync(serverDb, { force: true });
		rmSync(`${serverDb}.wal`, { force: true });
		for (const [rol, m] of Object.entries(mixed.byRole)) {
			console.log(
				`  gemengde belasting (${mixed.users} gebruikers, ${mixed.seconds} s${BEDENKTIJD_S > 0 ? `, bedenktijd gemiddeld ${BEDENKTIJD_S} s: telt niet voor het budget` : ''}), ${rol}: ${m.requests} antwoorden, ${m.errors} fouten, ${m.busy} × te druk, p50 ${ms(m.median)} ms, p95 ${ms(m.p95)} ms`
			);
			if (BEDENKTIJD_S === 0 && (m.errors > 0 || m.busy > 0 || m.p95 > BUDGET.mixedLoadP95Ms))
				over.push(`schaal ${scale} gemengde belasting, ${rol}: ${m.errors} fouten, ${m.busy} keer te druk (503), p95 ${ms(m.p95)} ms (budget 0, 0, p95 ≤ 1 s)`);
		}
		printPer10s(mixed);
		printCeiling(ceiling);
		(results.scales as Record<string, unknown>)[scale] = { mixed, ceiling };
		continue;
	}
	for (const path of [...PAGES, ...extra]) {
		// A fresh process: the first request of the page to a server that has computed nothing yet (started
		// afresh on the same data): what the first person meets after a restart. Shown, without a budget.
		// Without the warm-up at start: this is the page as the first person meets it when the warm-up has
		// not reached it yet (or for a page it does not render), and its queries are the page's alone.
		const fresh = await startServer(coldDb, PORT + 2 * SCALES.indexOf(scale) + 1, { warmAtStart: false });
		// The process itself warmed first on a page without figures (its code loaded, DuckDB opened), so
		// the time is the page's figures and rendering, not the start of a server.
		await get(fresh.port, '/account', fresh.cookie);
		fresh.take();
		const cold = await get(fresh.port, path, fresh.cookie);
		const queries = fresh.take();
		await stopServer(fresh);
		if (cold.status !== 200) {
			console.log(`  ${path}: HTTP ${cold.status}, overgeslagen`);
			continue;
		}
		reachable.push(path);
		// The serving server's first request of the page: its body is what a visit loads.
		const first = await get(server.port, path, server.cookie);
		const warm: number[] = [];
		// Asked for as a browser asks (gzip); the cold request above took the page unpacked, to read it.
		for (let i = 0; i < RUNS; i++) warm.push((await get(server.port, path, server.cookie, undefined, 'gzip, deflate, br')).ms);
		const bytes = await pageBytes(server, path, first.body.toString(), first.link);
		const layers = await compareLayers(dbFile, queries);
		const ratio = layers.cold.median / Math.max(layers.duckdb.median, 1e-6);
		const w = stats(warm);
		pages.push({ path, queries: queries.map((q) => q.name), freshMs: cold.ms, warm: w, layers, overheadRatio: ratio, bytes });
		if (layers.cold.median > layers.duckdb.median * BUDGET.overheadRatio + BUDGET.overheadSlackMs)
			over.push(`schaal ${scale} ${path}: lagen ${ms(layers.cold.median)} ms tegen DuckDB ${ms(layers.duckdb.median)} ms (> 1,25× + 5 ms)`);
		if (scale >= 50 && w.median > BUDGET.warmServerMsAtScale50)
			over.push(`schaal ${scale} ${path}: warm ${ms(w.median)} ms (> ${BUDGET.warmServerMsAtScale50} ms)`);
		if (bytes.html + bytes.assets > BUDGET.pageBytes) over.push(`schaal ${scale} ${path}: ${kb(bytes.html + bytes.assets)} per laadbeurt (> 500 KB)`);
	}
	// Cold: the first request of each page after an import (a web import of a changed export, as a
	// beheerder does it), once the server's work after the import is done. The page is asked with a
	// parameter no page reads, so it is never one the background rendered (X-Paginacache: miss): the
	// page is rendered for this request, its figures as the import left them.
	const change = await importChange(server, dbFile, scale === VO_DEMO);
	for (const p of pages as { path: string; coldMs?: number; coldBudgetMs?: number | null; coldCache?: string; coldLive?: string[] }[]) {
		server.take();
		// Asked as a browser asks (gzip): the time includes packing the page.
		const cold = await get(server.port, `${p.path}${p.path.includes('?') ? '&' : '?'}na-import=1`, server.cookie, undefined, 'gzip, deflate, br');
		if (cold.status !== 200) throw new Error(`${p.path} na de import: HTTP ${cold.status}`);
		p.coldMs = cold.ms;
		p.coldCache = cold.cache;
		// The figures the page still had to compute (not asked before the import, or of another day).
		p.coldLive = server
			.take()
			.filter((q) => !q.berekend)
			.map((q) => q.name);
		p.coldBudgetMs = coldBudget(scale, p.path);
		if (p.coldBudgetMs !== null && cold.ms > p.coldBudgetMs) over.push(`schaal ${scale} ${p.path}: koud ${ms(cold.ms)} ms (> ${p.coldBudgetMs} ms)`);
	}
	// /api/q: Arrow against JSON for the overview's query.
	const arrow = await get(server.port, '/api/q/kerncijfers', server.cookie);
	const json = await get(server.port, '/api/q/kerncijfers?format=json', server.cookie);
	const rssStages: Record<string, number> = { paginas: rssPeakMb(server.proc.pid!) };
	const browser = values['skip-browser'] ? {} : await browserTimes(server, reachable);
	rssStages.browser = rssPeakMb(server.proc.pid!);
	for (const [path, t] of Object.entries(browser))
		if (t.firstChartMs !== null && t.firstChartMs > BUDGET.firstChartMs)
			over.push(`schaal ${scale} ${path}: eerste grafiek na ${ms(t.firstChartMs)} ms (> 250 ms)`);
	const load = scale === Math.max(...SCALES) ? await loadTest(server, reachable) : null;
	if (load && (load.errors > 0 || load.p95 > BUDGET.loadP95Ms))
		over.push(`schaal ${scale} belasting: ${load.errors} fouten, p95 ${ms(load.p95)} ms (budget 0 fouten, p95 ≤ 200 ms)`);
	const mixed = MIXED_SCALE > 0 && scale === MIXED_SCALE ? await mixedLoad(server, choices) : null;
	if (mixed && BEDENKTIJD_S === 0)
		for (const [rol, m] of Object.entries(mixed.byRole))
			if (m.errors > 0 || m.busy > 0 || m.p95 > BUDGET.mixedLoadP95Ms)
				over.push(`schaal ${scale} gemengde belasting, ${rol}: ${m.errors} fouten, ${m.busy} keer te druk (503), p95 ${ms(m.p95)} ms (budget 0, 0, p95 ≤ 1 s)`);
	const rss = rssPeakMb(server.proc.pid!);
	if (load) rssStages.belasting = rss;
	rssStages.nu = rssPeakMb(server.proc.pid!, 'VmRSS');
	if (scale >= 50 && rss > BUDGET.rssMbAtScale50) over.push(`schaal ${scale}: server-RSS ${rss.toFixed(0)} MB (> 400 MB)`);
	// After the memory is read: the ceiling is a measurement beside the mixed load, not part of the server's use.
	const ceiling = mixed ? await renderCeiling(server, choices) : null;
	await stopServer(server);
	rmSync(coldDb, { force: true });
	rmSync(`${coldDb}.wal`, { force: true });
	rmSync(serverDb, { force: true });
	rmSync(`${serverDb}.wal`, { force: true });
	if (scale === 1 && change !== null && change > BUDGET.changeToPageMs) over.push(`schaal 1: export → pagina ${ms(change)} ms (> 3 s)`);
	const importVsReadCsv = await importVersusReadCsv(dataDir);
	over.push(...importOvers(scale, importVsReadCsv.importRowsPerSecond / importVsReadCsv.duckdbReadCsvRowsPerSecond, importStats?.seconds ?? null));

	// The table.
	console.log(`\n  pagina            queries  koud/budget(ms)  nieuw proces  warm med/p95  DuckDB  lagen koud/warm  ratio  bytes gezonden (ruw)  chart  kpi`);
	for (const p of pages as {
		path: string;
		queries: string[];
		coldMs: number;
		coldBudgetMs: number | null;
		freshMs: number;
		warm: { median: number; p95: number };
		layers: { duckdb: { median: number }; cold: { median: number }; warm: { median: number } };
		overheadRatio: number;
		bytes: { html: number; assets: number; raw: number };
	}[]) {
		const b = (browser as Record<string, { firstChartMs: number | null; kpiMs: number | null }>)[p.path];
		console.log(
			`  ${p.path.padEnd(17)} ${String(p.queries.length).padStart(7)}  ${`${ms(p.coldMs)}/${p.coldBudgetMs ?? '—'}`.padStart(15)}  ${ms(p.freshMs).padStart(12)}  ${`${ms(p.warm.median)}/${ms(p.warm.p95)}`.padStart(12)}  ${ms(p.layers.duckdb.median).padStart(6)}  ${`${ms(p.layers.cold.median)}/${ms(p.layers.warm.median)}`.padStart(15)}  ${p.overheadRatio.toFixed(2).padStart(5)}  ${kb(p.bytes.html + p.bytes.assets).padStart(7)} (${kb(p.bytes.raw)} ruw)  ${ms(b?.firstChartMs).padStart(5)}  ${ms(b?.kpiMs)}`
		);
	}
	for (const p of pages as { path: string; coldLive: string[]; coldCache: string }[])
		if (p.coldLive.length || p.coldCache !== 'miss')
			console.log(`  ${p.path} na de import: pagina uit de cache: ${p.coldCache}; nog berekend: ${p.coldLive.join(', ') || 'niets'}`);
	console.log(`  /api/q/kerncijfers: Arrow ${arrow.body.length} B, JSON ${json.body.length} B`);
	console.log(
		`  export → pagina: ${ms(change)} ms; server-RSS piek: ${rss.toFixed(0)} MB (piek na de pagina's ${rssStages.paginas.toFixed(0)}, na de browser ${rssStages.browser.toFixed(0)}${load ? `, na de belasting ${rss.toFixed(0)}` : ''}; daarna ${rssStages.nu.toFixed(0)} MB)`
	);
	if (importStats)
		console.log(`  volledige import: ${importStats.rows} rijen in ${importStats.seconds.toFixed(1)} s, ${importStats.rowsPerSecond.toFixed(0)} rijen/s`);
	else console.log(`  volledige import: niet gemeten (de database bestond al; --alleen-import meet haar)`);
	console.log(
		`  import expertteam_inzet: ${importVsReadCsv.rows} rijen, onze import ${importVsReadCsv.importRowsPerSecond.toFixed(0)} rijen/s, DuckDB read_csv ${importVsReadCsv.duckdbReadCsvRowsPerSecond.toFixed(0)} rijen/s (× ${importVsReadCsv.ratio.toFixed(1)})`
	);
	if (load)
		console.log(
			`  belasting: ${USERS} gebruikers, ${LOAD_SECONDS} s: ${load.requests} verzoeken (${load.perSecond.toFixed(0)}/s), ${load.errors} fouten, p50 ${ms(load.median)} ms, p95 ${ms(load.p95)} ms`
		);
	if (mixed)
		for (const [rol, m] of Object.entries(mixed.byRole))
			console.log(
				`  gemengde belasting (${mixed.users} gebruikers, ${mixed.seconds} s, gefilterde pagina's${BEDENKTIJD_S > 0 ? `, bedenktijd gemiddeld ${BEDENKTIJD_S} s: telt niet voor het budget` : ''}), ${rol}: ${m.requests} antwoorden, ${m.errors} fouten, ${m.busy} × te druk, p50 ${ms(m.median)} ms, p95 ${ms(m.p95)} ms`
			);
	if (mixed) printPer10s(mixed);
	if (ceiling) printCeiling(ceiling);
	(results.scales as Record<string, unknown>)[scale] = {
		pages,
		api: { arrowBytes: arrow.body.length, jsonBytes: json.body.length },
		browser,
		load,
		mixed,
		ceiling,
		rssMb: rss,
		rssStages,
		changeToPageMs: change,
		importStats,
		importVsReadCsv
	};
}
results.overBudget = over;
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify(results, null, 2));
console.log(`\nResultaten: ${values.out}`);
if (over.length) {
	console.log(`\nBOVEN BUDGET (${over.length}):\n${over.map((o) => `  - ${o}`).join('\n')}`);
	process.exit(1);
}
console.log(
	BEDENKTIJD_S > 0
		? '\nAlle budgetten gehaald, behalve de gemengde belasting: die is met bedenktijd niet tegen haar budget gemeten.'
		: '\nAlle budgetten gehaald.'
);
