/**
 * The print browser talks to this server only. A page that asks for anything elsewhere (a picture, a
 * frame, a script's fetch, a redirect by meta refresh) gets nothing: a tiny "attacker" server counts
 * every hit and must count none. The queue refuses when full and stops a print at its time limit.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfBusy, PrintQueue, printOrigin, printPdf } from './pdf';

function listen(handler: (req: IncomingMessage) => string, host = '127.0.0.1'): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(handler(req));
	});
	return new Promise((resolve) => server.listen(0, host, () => resolve({ server, origin: `http://${host}:${(server.address() as AddressInfo).port}` })));
}

describe('printOrigin', () => {
	it('is PDF_ORIGIN, or the loopback address and PORT of the server, never anything from a request', () => {
		expect(printOrigin({ PORT: '3000' })).toBe('http://127.0.0.1:3000');
		expect(printOrigin({ PORT: '4205', HOST: '0.0.0.0' })).toBe('http://127.0.0.1:4205');
		expect(printOrigin({ PORT: '4205', HOST: '::1' })).toBe('http://[::1]:4205');
		expect(printOrigin({ PORT: '4205', PDF_ORIGIN: 'http://intern.swv:8080/pad' })).toBe('http://intern.swv:8080');
	});
});

describe('the print browser', () => {
	const hits: string[] = [];
	const own: { cookies: (string | undefined)[] } = { cookies: [] };
	let attacker: { server: Server; origin: string };
	let site: { server: Server; origin: string };
	const before = process.env.PDF_ORIGIN;

	beforeAll(async () => {
		attacker = await listen((req) => {
			hits.push(req.url ?? '');
			return '<h1>Intern</h1>';
		});
		const a = attacker.origin;
		site = await listen((req) => {
			own.cookies.push(req.headers.cookie);
			return `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=${a}/refresh"><link rel="stylesheet" href="${a}/css"></head>
<body><h1>Jaarverslag</h1><img src="${a}/img"><iframe src="${a}/frame"></iframe>
<script>fetch('${a}/fetch').catch(() => {}); new Image().src = '${a}/beacon';</script></body></html>`;
		});
		process.env.PDF_ORIGIN = site.origin;
	});
	afterAll(() => {
		attacker.server.close();
		site.server.close();
		if (before === undefined) delete process.env.PDF_ORIGIN;
		else process.env.PDF_ORIGIN = before;
	});

	it('fetches nothing outside its own origin and sends only the session cookie', async () => {
		const pdf = await printPdf('/jaarverslag/2024-2025?kring=Kring%20Noord', 'sessie-123');
		expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
		expect(hits).toEqual([]);
		expect(own.cookies[0]).toBe('pm_sessie=sessie-123');
	}, 60_000);

	it('refuses a path that would leave the origin', () => {
		expect(() => printPdf('//169.254.169.254/latest', 'x')).toThrow(/Geen pad op deze server/);
		expect(() => printPdf('http://169.254.169.254/', 'x')).toThrow(/Geen pad op deze server/);
	});
});

describe('print queue', () => {
	it('runs 2 at a time, lets 1 wait, and refuses the next at once with the Dutch message', async () => {
		const q = new PrintQueue(2, 1, 10_000);
		const release: (() => void)[] = [];
		const job = () => q.run(() => new Promise<string>((r) => release.push(() => r('klaar'))));
		const first = [job(), job(), job()];
		await new Promise((r) => setTimeout(r, 10));
		expect(release).toHaveLength(2);
		await expect(job()).rejects.toThrow(PdfBusy);
		await expect(job()).rejects.toThrow("Er worden nu te veel PDF's gemaakt; probeer het over een minuut opnieuw.");
		release.shift()!();
		await new Promise((r) => setTimeout(r, 10));
		expect(release).toHaveLength(2);
		release.splice(0).forEach((r) => r());
		expect(await Promise.all(first)).toEqual(['klaar', 'klaar', 'klaar']);
	});

	it('stops a print at its time limit and frees its place', async () => {
		const q = new PrintQueue(1, 0, 50);
		let aborted = false;
		const slow = q.run((signal) => new Promise<string>(() => signal.addEventListener('abort', () => (aborted = true))));
		await expect(slow).rejects.toThrow('De PDF was na 0 seconden niet klaar.');
		expect(aborted).toBe(true);
		await expect(q.run(async () => 'volgende')).resolves.toBe('volgende');
	});
});
