/**
 * The hash SvelteKit makes of every page it renders for the Content-Security-Policy: the SHA-256 of
 * its inline start-up script (svelte.config.js, `csp.mode: 'hash'`), which holds the page's data. That
 * script is some 475 kB on a scale-50 page, and SvelteKit's SHA-256 in JavaScript
 * (`@sveltejs/kit/src/runtime/server/page/crypto.js`) takes 6–10 ms for it on every render; Node's
 * own takes 0,7 ms. vite.config.ts puts this module in the place of SvelteKit's for that one import.
 * It must be the same hash, or the browser refuses the script: `kit-hashes.test.ts` compares.
 */
import { createHash } from 'node:crypto';

export function sha256(data: string): string {
	return createHash('sha256').update(data, 'utf8').digest('base64');
}
