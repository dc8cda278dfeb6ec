/**
 * Rendered pages, cached per (data version, account and its scope, URL). The data change only with
 * an import, so a page rendered once stays the same for that viewer until then: later views skip
 * rendering altogether. hooks.server.ts checks access before it asks this cache. The CSP uses hashes
 * (svelte.config.js), not nonces, so a cached page still matches its own cached CSP header. Only plain GETs of pages and their data (`__data.json`) that set no
 * cookie are kept; the API has its own cache in the query registry.
 */
import { gunzipSync, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { SizedCache } from '../sized-cache';
import { vandaagInNederland } from '../format';

/**
 * Kept pages at most, and their bytes at most. Pages are kept gzipped only (most of a page is SVG and
 * table text, which packs 5–15 times): every browser accepts gzip; another client gets it unpacked.
 */
const LIMIT = 300;
const MAX_BYTES = 24 * 1024 * 1024;
interface Entry {
	gzip: Uint8Array;
	status: number;
	headers: [string, string][];
}
const cache = new SizedCache<Entry>(LIMIT, MAX_BYTES);
let cachedVersion = -1;

/**
 * The kept bytes as a body, without copying them: a Response made from an ArrayBuffer or Uint8Array
 * copies it for every request (hundreds of MB a second under load, which the process then holds on to).
 */
function bodyOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		}
	});
}

/** Tells whether a page came from the cache (`hit`) or was rendered for this request (`miss`). */
export const CACHE_HEADER = 'X-Paginacache';

/** The page's bytes as asked: `gzip` when the client accepts it, else `plain` (unpacked when not given). */
function respond(e: Entry, acceptsGzip: boolean, state: 'hit' | 'miss', plain?: Uint8Array): Response {
	const headers = new Headers(e.headers);
	headers.set(CACHE_HEADER, state);
	headers.append('Vary', 'Accept-Encoding');
	const bytes = acceptsGzip ? e.gzip : (plain ?? gunzipSync(e.gzip));
	if (acceptsGzip) headers.set('Content-Encoding', 'gzip');
	headers.set('Content-Length', String(bytes.byteLength));
	return new Response(bodyOf(bytes), { status: e.status, headers });
}

const gzipAsync = promisify(gzip);
/** Packed fast for the person waiting (level 1); packed well for every later view (level 6, below). */
const FAST = { level: 1 };
const WELL = { level: 6 };

/** Per account, not only per scope: a page shows who is logged in (and /account is about them). */
function scopeKey(locals: App.Locals): string {
	const s = locals.scope;
	return `${locals.user?.name ?? '-'}:${s.role}:${(s.schools ?? []).join(',')}`;
}

export async function cachedResolve(
	event: RequestEvent,
	resolve: (event: RequestEvent, opts?: ResolveOptions) => Response | Promise<Response>,
	version: number
): Promise<Response> {
	const { request, url } = event;
	const cacheable = request.method === 'GET' && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/beheer');
	if (!cacheable) return resolve(event);
	if (version !== cachedVersion) {
		clearPageCache();
		cachedVersion = version;
	}
	// Some figures depend on today (the expertteam's pace), so a page is kept for one day at most.
	// The key is the URL as the browser asked for it. SvelteKit's event.url is the same for a page and
	// for its data request (`…/__data.json?x-sveltekit-invalidated=…`, which answers JSON): keyed on
	// that, a reload after an in-app navigation was answered with the cached JSON.
	const asked = new URL(request.url);
	const kind = event.isDataRequest ? 'data' : 'page';
	const key = `${vandaagInNederland()}|${scopeKey(event.locals)}|${kind}|${asked.pathname}${asked.search}`;
	const acceptsGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	const hit = cache.get(key);
	if (hit) return respond(hit, acceptsGzip, 'hit');
	const response = await resolve(event);
	const type = response.headers.get('content-type') ?? '';
	if (response.status !== 200 || response.headers.has('set-cookie') || !(type.startsWith('text/html') || type.startsWith('application/json'))) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const meta = { status: response.status, headers: [...response.headers.entries()] };
	// The page rendered for this request goes out at once: as it is, or packed fast (a 600 kB page takes
	// some 12 ms at level 6 against 4 at level 1), and is kept so until the well packed bytes, made off
	// the request's path in zlib's thread pool, replace it. Not kept when an import came in between.
	const fast: Entry = { gzip: gzipSync(body, FAST), ...meta };
	cache.set(key, fast, fast.gzip.byteLength);
	gzipAsync(body, WELL).then(
		(well) => {
			const now = cache.get(key);
			if (cachedVersion === version && (now === undefined || now === fast)) cache.set(key, { gzip: well, ...meta }, well.byteLength);
		},
		() => {}
	);
	return respond(fast, acceptsGzip, 'miss', body);
}

/** Forget every rendered page, for a change that is not an import (a toelichting written or deleted). */
export function clearPageCache(): void {
	cache.clear();
}
