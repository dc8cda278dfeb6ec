import { defineConfig } from '@playwright/test';

/**
 * Browser tests in Debian's Chromium (never a downloaded browser). The server runs the production
 * build on a fresh database made from the demo data, on its own port.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const db = process.env.E2E_DB ?? `test-results/e2e-${port}.duckdb`;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	expect: { timeout: 5_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	outputDir: 'test-results/e2e',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		viewport: { width: 1280, height: 900 },
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	webServer: {
		command: `rm -f ${db} ${db}.wal && npx vite build --logLevel error && node build/index.js`,
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: false,
		// A small web-import limit, so the size-limit test needs no huge file; the adapter's own limit above it.
		env: { PORT: String(port), HOST: '127.0.0.1', MONITOR_DB: db, ORIGIN: `http://127.0.0.1:${port}`, IMPORT_MAX_MB: '2', BODY_SIZE_LIMIT: '20M' },
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
