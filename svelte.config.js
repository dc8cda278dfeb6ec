import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		alias: { $queries: 'queries' },
		// Content-Security-Policy on every page. SvelteKit adds a nonce (or, for prerendered pages, a
		// hash) for its own inline start-up script, so script-src needs no 'unsafe-inline'.
		// style-src allows inline styles: Observable Plot writes style attributes on its SVG elements
		// and Svelte's style: directive writes them too; style attributes cannot run code.
		csp: {
			mode: 'auto',
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
