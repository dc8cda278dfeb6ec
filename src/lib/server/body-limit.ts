/**
 * How much of a request body the server reads. adapter-node's BODY_SIZE_LIMIT is set to the web
 * import's upload limit (scripts/start.js), so one limit for every route would let anyone without an
 * account post 100 MB to the login form; a few of those at once ran the server out of memory.
 * Every other route gets SMALL_BODY_BYTES, counted while reading, so a chunked body without a
 * Content-Length is stopped at the limit too; a body that says it is larger is not read at all.
 */
import type { RequestEvent } from '@sveltejs/kit';

/**
 * The largest form besides the upload is a toelichting of 10.000 characters: percent-encoded at
 * most 12 bytes each, 120.000 bytes, plus a few short fields.
 */
export const SMALL_BODY_BYTES = 128 * 1024;

/** The web import's upload (check): its size is bounded by IMPORT_MAX_MB in the route and by the adapter. */
function takesLargeBody(event: RequestEvent): boolean {
	return event.route.id === '/beheer/import' && event.url.searchParams.has('/controleer');
}

/**
 * After a 413 the rest of the body is read and thrown away (up to DRAIN_BYTES, then the connection is
 * cut): a client still sending only reads the answer if the server does not reset the connection first.
 */
const DRAIN_BYTES = 16 * 1024 * 1024;

function refuse(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Response {
	void (async () => {
		let drained = 0;
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) return;
				drained += value.byteLength;
				if (drained > DRAIN_BYTES) return void (await reader.cancel());
			}
		} catch {
			// The body was refused by the adapter or the client went away: nothing left to read.
		}
	})();
	return new Response(`Dit verzoek is te groot: de server neemt hier hoogstens ${Math.round(limit / 1024)} kB aan.`, {
		status: 413,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
	});
}

/**
 * Reads the body of a request up to `limit` bytes and puts it back on the event as a buffered
 * request; answers 413 (a Response) as soon as it is larger. Null when the request may go on.
 */
export async function limitBody(event: RequestEvent, limit = SMALL_BODY_BYTES): Promise<Response | null> {
	const { request } = event;
	if (!request.body || takesLargeBody(event)) return null;
	const reader = request.body.getReader();
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > limit) return refuse(reader, limit);
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) return refuse(reader, limit);
		chunks.push(value);
	}
	const body = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		body.set(c, at);
		at += c.byteLength;
	}
	event.request = new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
	return null;
}
