/**
 * How the monitor starts the system's Chromium (never a downloaded browser): headless, without a
 * sandbox or GPU, and without the browser's own traffic (updates, sync, QUIC). One definition for the
 * PDF printer (pdf.ts), the browser tests (playwright.config.ts) and `npm run bench`.
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 *
 * Plain relative imports only: playwright.config.ts and scripts/bench.ts load this module outside Vite.
 */
export const CHROMIUM_LAUNCH = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
