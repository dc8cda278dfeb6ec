import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256 } from './kit-hashes';
import { KIT_HASH_IMPORTS, nativeKitHashes } from '../../../vite.config';

const kit = (p: string) => resolve('node_modules', p.slice(1));

describe("the CSP hash SvelteKit makes of a page, with Node's crypto", () => {
	it('sha256 is the hash of the standard (FIPS 180-2 example "abc")', () => {
		expect(sha256('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
	});

	it("sha256 gives what SvelteKit's own gives, for Dutch text, emoji, lone surrogates and a 400 kB script", async () => {
		const { sha256: kitSha256 } = await import(pathToFileURL(kit('/@sveltejs/kit/src/runtime/server/page/crypto.js')).href);
		const big = Array.from({ length: 20_000 }, (_, i) => `{naam:"Kring ${i} ë €",waarde:${i * 1.5}}`).join(',');
		for (const s of ['', 'a', 'Deelname sbo 1,97% — “gunstiger” ë € 😀', 'los \ud800 half', big]) expect(sha256(s)).toBe(kitSha256(s));
	});

	it("the build puts it in place of SvelteKit's: the import is still where vite.config.ts looks", () => {
		const plugin = nativeKitHashes();
		const resolveId = plugin.resolveId as (source: string, importer?: string) => string | null;
		for (const [importer, source] of KIT_HASH_IMPORTS) {
			const code = readFileSync(kit(importer), 'utf8');
			expect(code).toContain(`import { sha256 } from '${source}';`);
			expect(resolveId(source, kit(importer))).toBe(resolve('src/lib/server/kit-hashes.ts'));
		}
		// Anything else resolves as it always did.
		expect(resolveId('./crypto.js', kit('/@sveltejs/kit/src/runtime/server/page/render.js'))).toBeNull();
		expect(resolveId('../../../utils/hash.js', kit('/@sveltejs/kit/src/runtime/server/page/render.js'))).toBeNull();
	});
});
