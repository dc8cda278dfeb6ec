/**
 * Stored HTML in the jaarverslag: a school named `</style><meta http-equiv=refresh …><style>` sent
 * every reader of its jaarverslag (and the PDF) to another site, because the running header was put
 * in a <style> with {@html}. The page is rendered on the server as SvelteKit does, with that name.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { fixtureDb } from './helpers';
import { FIXTURE } from './fixture';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { loadJaarverslag } from '../../src/lib/server/jaarverslag';
import { cssString } from '../../src/lib/jaarverslag';
import Page from '../../src/routes/jaarverslag/[schooljaar]/+page.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://127.0.0.1/jaarverslag/2024-2025?school=11AA00') } }));

const AANVAL = '</style><meta http-equiv=refresh content=0;url=https://aanvaller.example/><style>';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => {
	({ db, registry } = await fixtureDb(FIXTURE));
	await db.query(`UPDATE scholen SET naam = '${AANVAL}' WHERE brin = '11AA' AND vestiging = '00'`);
});
afterAll(() => db.close());

describe('jaarverslag with a hostile school name', () => {
	it('shows the name as text and puts no element of it in the page', async () => {
		const verslag = await loadJaarverslag(
			db,
			registry,
			{ schooljaar: '2024-2025', school: '11AA00' },
			{ scope: FULL_SCOPE, user: { name: 'Bert', role: 'bestuur' } }
		);
		expect(verslag.naam).toBe(AANVAL);
		const { head, body } = render(Page, { props: { data: { verslag, gemaakt: '2025-06-30' } } as never });
		for (const html of [head, body]) {
			expect(html).not.toMatch(/<meta/i);
			expect(html).not.toContain('aanvaller.example/><style>');
		}
		// One <style> in the head, whose header is the whole name as a CSS string.
		expect(head.match(/<style\b/g)).toHaveLength(1);
		expect(head.match(/<\/style>/g)).toHaveLength(1);
		expect(head).toContain(`@top-left { content: ${cssString(`Samenwerkingsverband — ${AANVAL} — Jaarverslag 2024-2025`)};`);
		expect(body).toContain('&lt;/style>&lt;meta http-equiv=refresh');
	});

	it('writes any text as a CSS string that cannot end itself', () => {
		expect(cssString('Kring "Noord" \\ <b>')).toBe('"Kring \\22 Noord\\22  \\5c  \\3c b\\3e "');
		expect(cssString('De Érfgoed 12')).toBe('"De Érfgoed 12"');
	});
});
