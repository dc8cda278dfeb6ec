import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './src/lib/server/chromium';

/**
 * Browser tests in Debian's Chromium (never a downloaded browser). The server runs the production
 * build on a fresh database made from the demo data, on its own port.
 *
 * Every spec runs logged in as the demo `bestuur` account: the `setup` project (auth.setup.ts) logs
 * in once per demo role and saves the cookies; use `loginAs(page, role)` or `stateFor(role)` from
 * tests/e2e/auth.ts for another role, and `test.use({ storageState: NO_SESSION })` for none.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const db = process.env.E2E_DB ?? `test-results/e2e-${port}.duckdb`;
/** The OpenID Connect test provider (tests/e2e/oidc-provider.ts): derived from the app's port. */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? port + 10000);
/** The VO demo (issue 16, MONITOR_DEMO=vo) on the next port, from the same build: tests/e2e/vo.spec.ts. */
export const VO_PORT = port + 1;
const voDb = `test-results/e2e-${VO_PORT}-vo.duckdb`;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	expect: { timeout: 10_000 },
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
		launchOptions: CHROMIUM_LAUNCH
	},
	projects: [
		{ name: 'setup', testMatch: /auth\.setup\.ts$/ },
		{ name: 'chromium', testMatch: /\.spec\.ts$/, dependencies: ['setup'], use: { storageState: 'test-results/.auth/bestuur.json' } }
	],
	webServer: [
		{
			command: `node --import tsx tests/e2e/oidc-provider.ts ${OIDC_PORT} ${port}`,
			url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
			timeout: 60_000,
			reuseExistingServer: false,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: `rm -f ${db} ${db}.wal && npx vite build --logLevel error && node --import tsx tests/e2e/prepare-db.ts ${db} && node build/index.js`,
			url: `http://127.0.0.1:${port}/`,
			timeout: 180_000,
			reuseExistingServer: false,
			// MONITOR_KEEP_DEMO: demo accounts keep working after a spec imports files (auth/accounts.ts, isDemo).
			// A small web-import limit, so the size-limit test needs no huge file; the adapter's own limit above it.
			env: {
				PORT: String(port),
				HOST: '127.0.0.1',
				MONITOR_DB: db,
				ORIGIN: `http://127.0.0.1:${port}`,
				MONITOR_KEEP_DEMO: 'ja',
				IMPORT_MAX_MB: '2',
				BODY_SIZE_LIMIT: '3M',
				OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
				OIDC_CLIENT_ID: 'passend-monitor',
				OIDC_CLIENT_SECRET: 'e2e-geheim-van-de-testprovider',
				OIDC_NAAM: 'Testorganisatie'
			},
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			// Started after the server above is up, so the build is there.
			command: `rm -f ${voDb} ${voDb}.wal && node build/index.js`,
			url: `http://127.0.0.1:${VO_PORT}/login`,
			timeout: 120_000,
			reuseExistingServer: false,
			env: { PORT: String(VO_PORT), HOST: '127.0.0.1', MONITOR_DB: voDb, MONITOR_DEMO: 'vo', ORIGIN: `http://127.0.0.1:${VO_PORT}` },
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
