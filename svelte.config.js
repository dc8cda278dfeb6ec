import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		alias: { $queries: 'queries' },
		// Absolute asset paths (/_app/…): a refused page (hooks.server.ts, refusalPage) is the rendered
		// /geen-toegang answered at the refused URL, and relative paths (./_app) would point below it.
		paths: { relative: false },
		// The page's CSS (about 10 kB, 3 kB packed) inside the page itself: the browser draws nothing until
		// every style sheet in the head has loaded, and a dashboard page linked 6–9 of them, each a request
		// after the HTML. Inlined, the first frame needs the HTML only (docs/performance.md, first chart).
		inlineStyleThreshold: Infinity,
		// Content-Security-Policy on every page. SvelteKit puts the hash of its own inline start-up
		// script in script-src, so no 'unsafe-inline' is needed for scripts. Hashes, not nonces: rendered
		// pages are cached (page-cache.ts), and a nonce served twice would be no nonce.
		// style-src allows inline styles: Observable Plot writes style attributes on its SVG elements
		// and Svelte's style: directive writes them too; style attributes cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};
