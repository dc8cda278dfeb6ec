/**
 * The README's quick start: `npm start` without any settings serves plain http, and one click on a
 * demo account logs in (the login form passes SvelteKit's cross-site check, the cookie is not Secure
 * on http). Regression test: adapter-node takes requests to be https unless told otherwise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = 4300 + Math.floor(Math.random() * 500);
const base = `http://localhost:${PORT}`;
const dir = mkdtempSync(join(tmpdir(), 'pm-start-'));
let server: ChildProcess;

beforeAll(async () => {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', MONITOR_DB: join(dir, 'monitor.duckdb') };
	delete env.ORIGIN;
	delete env.PROTOCOL_HEADER;
	delete env.TRUST_PROXY;
	server = spawn(process.execPath, ['scripts/start.js'], { env, stdio: 'ignore' });
	// On a clean clone `npm start` first builds the app (vite build): on a 2-core machine running the other
	// unit tests beside it that took over two minutes in CI, so it may take up to four.
	for (let i = 0; i < 480; i++) {
		try {
			if ((await fetch(`${base}/login`)).ok) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error('npm start kwam niet op');
}, 270_000);
afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

describe('npm start (quick start)', () => {
	it('logs in with one click on a demo account over plain http, and refuses a cross-site post', async () => {
		const login = await fetch(`${base}/login?/demo`, {
			method: 'POST',
			headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'rol=bestuur&terug=/',
			redirect: 'manual'
		});
		expect(login.status).toBeLessThan(400);
		const cookie = login.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/pm_sessie=/);
		expect(cookie).not.toMatch(/Secure/i);
		const home = await fetch(`${base}/`, { headers: { Cookie: cookie.split(';')[0] } });
		expect(await home.text()).toContain('<h1>Overzicht 2025-2026</h1>');

		const forged = await fetch(`${base}/login?/demo`, {
			method: 'POST',
			headers: { Origin: 'http://aanvaller.example', 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'rol=bestuur'
		});
		expect(forged.status).toBe(403);
	});

	it('ignores X-Forwarded-Proto from a client when no proxy is trusted (TRUST_PROXY unset)', async () => {
		const page = await fetch(`${base}/login`, { headers: { 'X-Forwarded-Proto': 'https' } });
		expect(page.headers.get('strict-transport-security')).toBeNull();
		const login = await fetch(`${base}/login?/demo`, {
			method: 'POST',
			headers: { Origin: base, 'X-Forwarded-Proto': 'https', 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'rol=bestuur&terug=/',
			redirect: 'manual'
		});
		expect(login.status).toBeLessThan(400);
		expect(login.headers.get('set-cookie')).toMatch(/pm_sessie=/);
		expect(login.headers.get('set-cookie')).not.toMatch(/Secure/i);
	});

	it('prints the PDF from its own address whatever Host the request names (a forged Host made Chromium fetch it)', async () => {
		const hits: string[] = [];
		const attacker = createServer((req, res) => {
			hits.push(`${req.method} ${req.url}`);
			res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Intern</h1>');
		});
		await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
		const forgedHost = `127.0.0.1:${(attacker.address() as AddressInfo).port}`;
		try {
			const login = await fetch(`${base}/login?/demo`, {
				method: 'POST',
				headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
				body: 'rol=school&terug=/',
				redirect: 'manual'
			});
			const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
			expect(cookie).toMatch(/^pm_sessie=/);
			const answer = await new Promise<{ status: number; type: string; body: Buffer }>((resolve, reject) => {
				const req = httpRequest(`${base}/jaarverslag/2024-2025/pdf`, { headers: { Host: forgedHost, Cookie: cookie } }, (res) => {
					const parts: Buffer[] = [];
					res.on('data', (c: Buffer) => parts.push(c));
					res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(parts) }));
				});
				req.on('error', reject);
				req.end();
			});
			expect(hits).toEqual([]);
			expect(answer.status).toBe(200);
			expect(answer.type).toBe('application/pdf');
			expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
		} finally {
			attacker.close();
		}
	}, 90_000);
});
