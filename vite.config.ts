import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The import in SvelteKit's server whose hash src/lib/server/kit-hashes.ts makes with Node's own
 * crypto: the CSP hash of the start-up script, 6–10 ms of a scale-50 page's render in JavaScript
 * (docs/performance.md). Importer (below node_modules) and the module it imports;
 * kit-hashes.test.ts checks they are still there.
 */
export const KIT_HASH_IMPORTS: [importer: string, source: string][] = [['/@sveltejs/kit/src/runtime/server/page/csp.js', './crypto.js']];

export function nativeKitHashes(): Plugin {
	const ours = fileURLToPath(new URL('./src/lib/server/kit-hashes.ts', import.meta.url));
	return {
		name: 'passend-monitor:native-kit-hashes',
		enforce: 'pre',
		resolveId(source, importer) {
			const from = importer?.replace(/\\/g, '/');
			if (from && KIT_HASH_IMPORTS.some(([i, s]) => s === source && from.endsWith(i))) return ours;
			return null;
		}
	};
}

export default defineConfig({
	plugins: [nativeKitHashes(), sveltekit()],
	server: { port: 5173 },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		pool: 'forks'
	}
});
