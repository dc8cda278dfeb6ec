/** The page cache never hands one account's page to another account, not even with the same role. */
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { CACHE_HEADER, cachedResolve } from './page-cache';

function event(name: string, role: 'bestuur' | 'school', schools: string[] = []): RequestEvent {
	const url = new URL('http://localhost/account');
	return { request: new Request(url), url, locals: { user: { name, role, schools, demo: false }, scope: { role, schools } } } as unknown as RequestEvent;
}
const render = async (e: RequestEvent) => new Response(`<p>${e.locals.user!.name}</p>`, { headers: { 'content-type': 'text/html' } });

describe('page cache', () => {
	it('keeps a page per account: two accounts with the same role each get their own', async () => {
		expect(await (await cachedResolve(event('an', 'bestuur'), render, 1)).text()).toBe('<p>an</p>');
		expect(await (await cachedResolve(event('bob', 'bestuur'), render, 1)).text()).toBe('<p>bob</p>');
		let rendered = 0;
		const counting = async (e: RequestEvent) => (rendered++, render(e));
		expect(await (await cachedResolve(event('an', 'bestuur'), counting, 1)).text()).toBe('<p>an</p>');
		expect(rendered).toBe(0);
	});
});

describe('a kept page served again', () => {
	it('goes out packed fast to the person who waited for it, and is kept packed well for every later view', async () => {
		const { gunzipSync } = await import('node:zlib');
		// A page of varied text (tables of figures), which level 6 packs tighter than level 1.
		const html = `<table>${Array.from({ length: 3000 }, (_, i) => `<tr><td>School ${i}</td><td>${((i * 7919) % 1000) / 10}%</td></tr>`).join('')}</table>`;
		const url = new URL('http://localhost/scholen');
		const ev = {
			request: new Request(url, { headers: { 'accept-encoding': 'gzip' } }),
			url,
			locals: { user: { name: 'pak', role: 'bestuur', schools: [] }, scope: { role: 'bestuur', schools: [] } }
		} as unknown as RequestEvent;
		const page = async () => new Response(html, { headers: { 'content-type': 'text/html' } });
		const first = await cachedResolve(ev, page, 8);
		expect(first.headers.get(CACHE_HEADER)).toBe('miss');
		const fast = new Uint8Array(await first.arrayBuffer());
		expect(gunzipSync(fast).toString()).toBe(html);
		await new Promise((r) => setTimeout(r, 200));
		const later = await cachedResolve(ev, page, 8);
		expect(later.headers.get(CACHE_HEADER)).toBe('hit');
		const well = new Uint8Array(await later.arrayBuffer());
		expect(gunzipSync(well).toString()).toBe(html);
		expect(well.byteLength).toBeLessThan(fast.byteLength);
	});

	it('is the same page each time, gzipped for a browser that accepts it, with its length', async () => {
		const { gunzipSync } = await import('node:zlib');
		const html = `<p>${'tellen en vertellen '.repeat(200)}</p>`;
		const url = new URL('http://localhost/deelname');
		const ev = (encoding: string) =>
			({
				request: new Request(url, { headers: { 'accept-encoding': encoding } }),
				url,
				locals: { user: { name: 'gz', role: 'bestuur', schools: [] }, scope: { role: 'bestuur', schools: [] } }
			}) as unknown as RequestEvent;
		const page = async () => new Response(html, { headers: { 'content-type': 'text/html' } });
		await cachedResolve(ev('gzip'), page, 7);
		for (let i = 0; i < 3; i++) {
			const gz = await cachedResolve(ev('gzip, deflate, br'), page, 7);
			const bytes = new Uint8Array(await gz.arrayBuffer());
			expect(gz.headers.get('content-encoding')).toBe('gzip');
			expect(Number(gz.headers.get('content-length'))).toBe(bytes.byteLength);
			expect(bytes.byteLength).toBeLessThan(html.length / 10);
			expect(gunzipSync(bytes).toString()).toBe(html);
			const plain = await cachedResolve(ev(''), page, 7);
			expect(plain.headers.get('content-encoding')).toBeNull();
			expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(html));
			expect(await plain.text()).toBe(html);
		}
	});
});

describe('notes written in the monitor', () => {
	it('clear the rendered pages, so a saved note shows at once', async () => {
		const { MonitorDb } = await import('./db');
		const { opslaan } = await import('./toelichtingen');
		const { cachedResolve } = await import('./page-cache');
		const db = await MonitorDb.open(':memory:');
		let renders = 0;
		const event = {
			request: new Request('http://x/'),
			url: new URL('http://x/'),
			locals: { user: { name: 'a', role: 'adviseur' }, scope: { role: 'adviseur' } }
		} as unknown as Parameters<typeof cachedResolve>[0];
		const resolve = async () => new Response(`render ${++renders}`, { headers: { 'content-type': 'text/html' } });
		await cachedResolve(event, resolve, db.version);
		await cachedResolve(event, resolve, db.version);
		expect(renders).toBe(1);
		await opslaan(
			db,
			{ metric: 'deelname_sbo_pct', plek: { niveau: 'swv', sleutel: '', schooljaar: '2025-2026' }, tekst: 'Uitleg' },
			{ scope: { role: 'adviseur' }, user: { name: 'a', role: 'adviseur' } }
		);
		await cachedResolve(event, resolve, db.version);
		expect(renders).toBe(2);
		db.close();
	});
});

describe('a page and its data request', () => {
	it('are kept apart: a reload after an in-app navigation gets the page, not the JSON', async () => {
		// SvelteKit gives the page and its `__data.json` request the same event.url; only the request
		// URL and isDataRequest tell them apart.
		const url = new URL('http://localhost/arrangementen?schooljaar=2024-2025');
		const locals = { user: { name: 'nav', role: 'bestuur', schools: [] }, scope: { role: 'bestuur', schools: [] } };
		const data = {
			request: new Request('http://localhost/arrangementen/__data.json?schooljaar=2024-2025&x-sveltekit-invalidated=01'),
			url,
			isDataRequest: true,
			locals
		} as unknown as RequestEvent;
		const page = { request: new Request(url), url, isDataRequest: false, locals } as unknown as RequestEvent;
		const answer = async (e: RequestEvent) =>
			e.isDataRequest
				? new Response('{"type":"data","nodes":[]}', { headers: { 'content-type': 'application/json' } })
				: new Response('<!doctype html><p>Arrangementen</p>', { headers: { 'content-type': 'text/html' } });
		expect(await (await cachedResolve(data, answer, 3)).text()).toBe('{"type":"data","nodes":[]}');
		const reload = await cachedResolve(page, answer, 3);
		expect(reload.headers.get('content-type')).toBe('text/html');
		expect(await reload.text()).toBe('<!doctype html><p>Arrangementen</p>');
		// And both stay kept under their own key.
		const again = async () => new Response('opnieuw getekend', { headers: { 'content-type': 'text/html' } });
		expect(await (await cachedResolve(data, again, 3)).text()).toBe('{"type":"data","nodes":[]}');
		expect(await (await cachedResolve(page, again, 3)).text()).toBe('<!doctype html><p>Arrangementen</p>');
	});
});

describe('a page that says "today"', () => {
	it('is rendered anew after midnight in the Netherlands, not after midnight UTC', async () => {
		const { vi } = await import('vitest');
		let renders = 0;
		const page = async () => new Response(`render ${++renders}`, { headers: { 'content-type': 'text/html' } });
		const ev = event('middernacht', 'bestuur');
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			vi.setSystemTime(new Date('2026-03-02T22:50:00Z')); // 23:50 on 2 March in Amsterdam
			await cachedResolve(ev, page, 11);
			vi.setSystemTime(new Date('2026-03-02T23:10:00Z')); // 00:10 on 3 March in Amsterdam, still 2 March in UTC
			expect(await (await cachedResolve(ev, page, 11)).text()).toBe('render 2');
		} finally {
			vi.useRealTimers();
		}
	});
});
