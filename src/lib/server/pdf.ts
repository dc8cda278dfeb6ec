/**
 * Prints a page of the monitor to PDF with the system's Chromium (playwright-core; never a downloaded
 * browser). The page's own print CSS decides the layout: A4, running header, page numbers.
 *
 * The print browser only ever talks to this server itself, at a fixed origin: PDF_ORIGIN, or the
 * server's own loopback address and PORT — never the Host of the request, which a caller chooses (a
 * forged Host made the server fetch an internal address and hand it back as a PDF, with the session
 * cookie). Every request and navigation to another origin is aborted, and only the session cookie is
 * given, for that origin only.
 *
 * Prints are queued: at most PRINTS_AT_ONCE at a time, at most PRINTS_WAITING waiting, each given
 * PRINT_TIMEOUT_MS; a full queue is refused at once (PdfBusy) instead of making everyone wait.
 * Chromium starts as chromium.ts says. One browser is started on first use and reused; each
 * PDF gets its own context (its own cookies).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SESSION_COOKIE } from './auth/accounts';
import { CHROMIUM_LAUNCH } from './chromium';

const PRINTS_AT_ONCE = 2;
const PRINTS_WAITING = 4;
const PRINT_TIMEOUT_MS = 60_000;

/** The queue is full: answered with 503. */
export class PdfBusy extends Error {
	constructor() {
		super("Er worden nu te veel PDF's gemaakt; probeer het over een minuut opnieuw.");
	}
}

/** At most `active` jobs at a time and `waiting` in line; each job gets `timeoutMs` once it runs. */
export class PrintQueue {
	private running = 0;
	private line: (() => void)[] = [];

	constructor(
		readonly active: number,
		readonly waiting: number,
		readonly timeoutMs: number
	) {}

	/** `job` gets an AbortSignal that fires at the time limit; the job must then stop (close its context). */
	async run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
		if (this.running >= this.active) {
			if (this.line.length >= this.waiting) throw new PdfBusy();
			await new Promise<void>((resolve) => this.line.push(resolve));
		} else this.running++;
		const timer = new AbortController();
		const timeout = setTimeout(() => timer.abort(), this.timeoutMs);
		try {
			return await Promise.race([
				job(timer.signal),
				new Promise<never>((_, reject) =>
					timer.signal.addEventListener('abort', () => reject(new Error(`De PDF was na ${Math.round(this.timeoutMs / 1000)} seconden niet klaar.`)))
				)
			]);
		} finally {
			clearTimeout(timeout);
			const next = this.line.shift();
			if (next) next();
			else this.running--;
		}
	}
}

const queue = new PrintQueue(PRINTS_AT_ONCE, PRINTS_WAITING, PRINT_TIMEOUT_MS);

/** Where the print browser reaches this server: PDF_ORIGIN, or its own loopback address and PORT. */
export function printOrigin(env: NodeJS.ProcessEnv = process.env): string {
	if (env.PDF_ORIGIN) return new URL(env.PDF_ORIGIN).origin;
	const host = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
	return `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT ?? 3000}`;
}

let browser: Promise<Browser> | null = null;

function getBrowser(): Promise<Browser> {
	browser ??= chromium.launch(CHROMIUM_LAUNCH).then((b) => {
		b.on('disconnected', () => (browser = null));
		return b;
	});
	browser.catch(() => (browser = null));
	return browser;
}

/** Prints `path` (a path with its query, e.g. /jaarverslag/2024-2025?kring=…) as the holder of `session`. */
export function printPdf(path: string, session: string | undefined): Promise<Uint8Array> {
	const origin = printOrigin();
	const url = new URL(path, origin);
	if (!path.startsWith('/') || url.origin !== origin) throw new Error(`Geen pad op deze server: ${path}`);
	return queue.run((signal) => print(url, session, signal));
}

/** Only this server: anything else the page asks for (a picture, a frame, a navigation) is aborted. */
async function fence(context: BrowserContext, origin: string): Promise<void> {
	await context.route('**/*', (route) => {
		let target = '';
		try {
			target = new URL(route.request().url()).origin;
		} catch {
			/* not a URL with an origin (data:, about:): refused below */
		}
		return target === origin ? route.continue() : route.abort('blockedbyclient');
	});
}

/** One chart of a page, photographed: the id of its chapter, its caption, and a PNG (or the page's words when it had nothing to draw). */
export interface ChartImage {
	sectie: string;
	titel: string;
	png: Uint8Array | null;
	breedte: number;
	hoogte: number;
	/** The page's words for a chart without values ("geen gegevens …"). */
	leeg?: string;
}

/**
 * Photographs every chart (`figure.grafiek` inside a `[data-sectie]` chapter) of `path` as the holder
 * of `session`, in the same queue, browser and fence as a PDF: for the Word version of the jaarverslag.
 * The caption is left out of the picture (the document writes it as text) and the legend kept.
 */
export function chartImages(path: string, session: string | undefined): Promise<ChartImage[]> {
	const origin = printOrigin();
	const url = new URL(path, origin);
	if (!path.startsWith('/') || url.origin !== origin) throw new Error(`Geen pad op deze server: ${path}`);
	return queue.run((signal) =>
		withPage(
			url,
			session,
			signal,
			async (page) => {
				await page.addStyleTag({
					content:
						'figure.grafiek > figcaption { display: none !important; } figure.grafiek { margin: 0 !important; padding: 4px !important; border: 0 !important; background: #fff !important; }'
				});
				const images: ChartImage[] = [];
				for (const figure of await page.locator('[data-sectie] figure.grafiek').all()) {
					const info = await figure.evaluate((el) => ({
						sectie: el.closest('[data-sectie]')?.getAttribute('data-sectie') ?? '',
						titel: el.querySelector('figcaption')?.textContent?.trim() ?? '',
						svg: el.querySelector('[data-grafiek] svg') !== null,
						leeg: el.querySelector('.leeg')?.textContent?.trim() ?? null
					}));
					if (!info.svg) {
						images.push({ sectie: info.sectie, titel: info.titel, png: null, breedte: 0, hoogte: 0, leeg: info.leeg ?? 'Geen gegevens om te tekenen.' });
						continue;
					}
					const box = await figure.boundingBox();
					const png = await figure.screenshot({ type: 'png', animations: 'disabled', scale: 'device' });
					images.push({
						sectie: info.sectie,
						titel: info.titel,
						png: new Uint8Array(png),
						breedte: Math.round(box?.width ?? 720),
						hoogte: Math.round(box?.height ?? 260)
					});
				}
				return images;
			},
			2
		)
	);
}

async function print(url: URL, session: string | undefined, signal: AbortSignal): Promise<Uint8Array> {
	return withPage(url, session, signal, async (page) => {
		await page.emulateMedia({ media: 'print' });
		return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
}

/** Opens `url` as the holder of `session` in a fresh fenced context, waits for the charts, and hands the page to `job`. */
async function withPage<T>(url: URL, session: string | undefined, signal: AbortSignal, job: (page: Page) => Promise<T>, deviceScaleFactor = 1): Promise<T> {
	const b = await getBrowser();
	// A4 at 96 dpi minus the page margins: charts are drawn at the width they will be printed (photographed
	// for Word at twice the pixels, so they stay sharp on paper).
	const context = await b.newContext({
		viewport: { width: 720, height: 1000 },
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		serviceWorkers: 'block',
		acceptDownloads: false,
		deviceScaleFactor
	});
	const stop = () => void context.close().catch(() => undefined);
	signal.addEventListener('abort', stop);
	try {
		await fence(context, url.origin);
		if (session) await context.addCookies([{ name: SESSION_COOKIE, value: session, url: url.origin, httpOnly: true, sameSite: 'Lax' }]);
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
		return await job(page);
	} finally {
		signal.removeEventListener('abort', stop);
		await context.close().catch(() => undefined);
	}
}
