/**
 * Prints a page of the monitor to PDF with the system's Chromium (playwright-core; never a downloaded
 * browser). The page's own print CSS decides the layout: A4, running header, page numbers.
 *
 * CHROMIUM_PATH overrides /usr/bin/chromium. PDF_ORIGIN (e.g. http://127.0.0.1:3000) is where the
 * server reaches itself when its public address does not work from inside. One browser is started on
 * first use and reused; each PDF gets its own context (its own cookies).
 */
import { chromium, type Browser } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Promise<Browser> | null = null;

/** At most two PDFs are printed at a time (a print takes a few seconds of CPU); others wait their turn. */
const MAX_TEGELIJK = 2;
let bezig = 0;
const wachtrij: (() => void)[] = [];
async function beurt<T>(fn: () => Promise<T>): Promise<T> {
	if (bezig >= MAX_TEGELIJK) await new Promise<void>((r) => wachtrij.push(r));
	bezig++;
	try {
		return await fn();
	} finally {
		bezig--;
		wachtrij.shift()?.();
	}
}

function getBrowser(): Promise<Browser> {
	browser ??= chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS }).then((b) => {
		b.on('disconnected', () => (browser = null));
		return b;
	});
	browser.catch(() => (browser = null));
	return browser;
}

/** "a=1; b=2" → cookies for the page's origin. */
function parseCookies(header: string | null, url: URL) {
	if (!header) return [];
	return header
		.split(';')
		.map((p) => p.trim())
		.filter((p) => p.includes('='))
		.map((p) => {
			const i = p.indexOf('=');
			return { name: p.slice(0, i), value: p.slice(i + 1), url: url.origin };
		});
}

export function printPdf(publicUrl: URL, cookieHeader: string | null): Promise<Uint8Array> {
	const url = process.env.PDF_ORIGIN ? new URL(publicUrl.pathname + publicUrl.search, process.env.PDF_ORIGIN) : publicUrl;
	return beurt(() => print(url, cookieHeader));
}

async function print(url: URL, cookieHeader: string | null): Promise<Uint8Array> {
	const b = await getBrowser();
	// A4 at 96 dpi minus the page margins: charts are drawn at the width they will be printed.
	const context = await b.newContext({ viewport: { width: 720, height: 1000 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
	try {
		await context.addCookies(parseCookies(cookieHeader, url));
		const page = await context.newPage();
		const response = await page.goto(url.toString(), { waitUntil: 'networkidle', timeout: 30_000 });
		if (!response || !response.ok()) throw new Error(`De pagina ${url.pathname} gaf ${response?.status() ?? 'geen antwoord'}.`);
		// Charts arrive drawn by the server at a default width; wait until the browser has redrawn each
		// at the width of the page (a server drawing would print, only smaller).
		await page
			.waitForFunction(
				() =>
					[...document.querySelectorAll('[data-grafiek]')].every((el) => {
						const svg = el.querySelector('svg');
						return svg !== null && Number(svg.getAttribute('width')) <= el.clientWidth + 1;
					}),
				undefined,
				{ timeout: 10_000 }
			)
			.catch(() => undefined);
		await page.emulateMedia({ media: 'print' });
		return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	} finally {
		await context.close();
	}
}
