/**
 * Request bodies are bounded: without an account, large posts to the login form (150 MB, or many of
 * 12 MB at once) ran the server out of memory. Every route but the import upload reads at most 128 kB,
 * counted while reading (also a chunked body without a Content-Length); the upload keeps its own limit
 * (IMPORT_MAX_MB = 2 in playwright.config.ts).
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { NO_SESSION, stateFor } from './auth';

interface Sent {
	status: number;
	body: string;
	/** Bytes the client had written when the answer arrived. */
	sentBeforeAnswer: number;
	ms: number;
}

/**
 * Posts to the login form in 64 kB chunks a body of `total` bytes (declared, or chunked without a
 * length), but sends only its first `upTo` bytes and then waits: an answer can only come from a
 * server that refuses before the end of the body. (Counting bytes written before the answer said
 * little: the kernel's socket buffers here take 32 MB and more, so on an idle machine all 50 MB were
 * "written" before the 413 was read.)
 */
function postLogin(baseURL: string, total: number, chunked: boolean, upTo = 1024 * 1024): Promise<Sent> {
	const url = new URL('/login?/login', baseURL);
	const started = Date.now();
	return new Promise((resolve, reject) => {
		let sent = 0;
		let answered = false;
		const req = httpRequest(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url.origin, ...(chunked ? {} : { 'Content-Length': String(total) }) }
		});
		req.on('response', (res) => {
			answered = true;
			const at = sent;
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (c) => (body += c));
			res.on('end', () => {
				resolve({ status: res.statusCode!, body, sentBeforeAnswer: at, ms: Date.now() - started });
				req.destroy();
			});
		});
		req.on('error', (e) => (sent > 0 ? undefined : reject(e)));
		const chunk = Buffer.alloc(64 * 1024, 'a');
		chunk.write('naam=x&wachtwoord=');
		const write = () => {
			while (sent < Math.min(total, upTo) && !answered && !req.destroyed) {
				sent += chunk.length;
				if (!req.write(chunk)) return void req.once('drain', write);
			}
			if (sent >= total && !answered && !req.destroyed) req.end();
		};
		write();
	});
}

test.describe('body limits', () => {
	test.use({ storageState: NO_SESSION });

	for (const chunked of [false, true]) {
		test(`an oversize login post ${chunked ? 'without a Content-Length (chunked)' : 'with a Content-Length'} gets 413 at once, and the server stays up`, async ({
			baseURL
		}) => {
			const answers = await Promise.all(Array.from({ length: 4 }, () => postLogin(baseURL!, 50 * 1024 * 1024, chunked)));
			for (const a of answers) {
				expect(a.status).toBe(413);
				expect(a.body).toContain('Dit verzoek is te groot: de server neemt hier hoogstens 128 kB aan.');
				// Answered while the body was still incomplete (1 MB of 50 sent, the request not ended).
				expect(a.sentBeforeAnswer).toBeLessThan(50 * 1024 * 1024);
				expect(a.ms).toBeLessThan(5000);
			}
			const after = await fetch(new URL('/login', baseURL));
			expect(after.status).toBe(200);
		});
	}

	test('a login post under the limit is read as before', async ({ request, baseURL }) => {
		const r = await request.post('/login?/login', { form: { naam: 'niemand', wachtwoord: 'x'.repeat(100 * 1024) }, headers: { Origin: baseURL! } });
		expect(await r.text()).toContain('De naam of het wachtwoord klopt niet.');
	});
});

test.describe('the import upload', () => {
	test.use({ storageState: stateFor('beheerder') });

	test('still takes a file up to its own limit (1,9 MB of 2 MB)', async ({ page }) => {
		const file = readFileSync('data/demo/expertteam_inzet.csv');
		expect(file.length).toBeGreaterThan(1_900_000);
		await page.goto('/beheer/import');
		await page.getByLabel('Bestanden').setInputFiles({ name: 'expertteam_inzet.csv', mimeType: 'text/csv', buffer: file });
		await page.getByRole('button', { name: 'Controleren' }).click();
		await expect(page.getByTestId('rapport')).toContainText('Geen fouten gevonden', { timeout: 30_000 });
		await page.getByRole('button', { name: 'Annuleren' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'De bestanden zijn weggegooid' })).toBeVisible();
	});
});
