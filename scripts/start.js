/**
 * `npm start`: builds the app when the build is missing or older than the sources, then serves it
 * (PORT, HOST honoured; default http://localhost:3000). The server builds the database from
 * data/demo/ on first start when MONITOR_DB does not exist; MONITOR_DEMO=vo serves the VO demo
 * (data/demo-vo/ into data/monitor-vo.duckdb) instead.
 */
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';

function newest(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const sources = Math.max(newest('src'), newest('static'), newest('svelte.config.js'), newest('vite.config.ts'), newest('package-lock.json'));
if (built < sources) {
	console.log('De monitor wordt gebouwd (eenmalig, ongeveer een halve minuut)…');
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
process.env.PORT ??= '3000';
// DuckDB's allocator keeps freed memory up to a second for the next query before it hands it back to
// the system (dirty_decay_ms:1000; muzzy_decay_ms:0: no second, lazier stage). Handing back everything at once
// (dirty_decay_ms:0) made every figure query two to three times slower: at scale 20 the figures of 120
// filtered pages took 157 ms a page against 51 with this, most of it in the kernel (docs/performance.md,
// 1 December 2026). The server's peak, an import, is kept small by the import itself (importer.ts,
// withImportMemory). Read when DuckDB loads, so it is set before the server is imported.
process.env.DUCKDB_JE_MALLOC_CONF ??= 'dirty_decay_ms:1000,muzzy_decay_ms:0';
// The adapter's body limit is the web import's upload (IMPORT_MAX_MB, which the route answers in
// Dutch) plus room for the form around it; every other route reads at most 128 kB (body-limit.ts).
const importMb = Number(process.env.IMPORT_MAX_MB ?? 100);
process.env.BODY_SIZE_LIMIT ??= String(Math.round(((importMb > 0 ? importMb : 100) + 1) * 1024 * 1024));
console.log(`Passend Monitor: http://${process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost'}:${process.env.PORT}`);
if (process.env.ORIGIN || process.env.PROTOCOL_HEADER) {
	await import(join(process.cwd(), 'build/index.js'));
} else {
	// Without ORIGIN, adapter-node takes every request to be https, so the login form would fail
	// SvelteKit's cross-site check (Origin http://… ≠ https://…) and the session cookie would be
	// Secure on plain http. This server itself speaks http: the protocol is http. X-Forwarded-Proto
	// is believed only with TRUST_PROXY=1 (an https proxy in front that sets it); from any other
	// client it would mark the session cookie Secure and send HSTS over plain http.
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	const trustProxy = /^(1|ja|true)$/i.test(process.env.TRUST_PROXY ?? '');
	const { handler } = await import(join(process.cwd(), 'build/handler.js'));
	const server = createServer((req, res) => {
		const told = req.headers['x-forwarded-proto'];
		req.headers['x-forwarded-proto'] = trustProxy && (told === 'https' || told === 'http') ? told : 'http';
		handler(req, res);
	});
	server.listen({ port: Number(process.env.PORT), host: process.env.HOST || '0.0.0.0' });
	const stop = () => server.close(() => process.exit(0));
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}
