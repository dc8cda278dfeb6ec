/**
 * Every request passes here: the session cookie gives `locals.user` and `locals.scope`, the access
 * table (access.ts) decides whether the route may be opened, and every response gets the security
 * headers. The Content-Security-Policy itself comes from `kit.csp` (svelte.config.js), which puts
 * the hash of SvelteKit's own inline script in the header.
 */
import { error, redirect, type Handle, type HandleServerError, type RequestEvent, type ServerInit } from '@sveltejs/kit';
import { context } from '$lib/server/context';
import { decide } from '$lib/server/access';
import { SESSION_COOKIE, scopeOf, sessionUser, type User } from '$lib/server/auth/accounts';
import { audit, clientAddress } from '$lib/server/audit';
import { queryCaller, REQUEST_TIMEOUT_MS, type QueryCaller } from '$lib/server/queries';
import type { Scope } from '$lib/server/roles';
import { installPlotDocument } from '$lib/server/plot-document';
import { cachedResolve } from '$lib/server/page-cache';
import { limitBody } from '$lib/server/body-limit';
import { persoonBegint, persoonKlaar, warmAfterStart, warmingUser } from '$lib/server/voorverwarmen';
import { negeerGeslotenPijp } from '$lib/server/gesloten-pijp';

export const init: ServerInit = async () => {
	// A log line written after whoever reads the server's output went away must not stop the server.
	negeerGeslotenPijp();
	installPlotDocument();
	await context();
};

/** Without a session nothing can be read: the most restricted scope, with no school. */
const NO_SCOPE: Scope = { role: 'school', schools: [] };

const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()'
};

/** A refusal from the API: a JSON message, never cached. */
function refusal(status: 401 | 403, message: string): Response {
	return Response.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * A refused page, for a signed-in account: the app's own "Geen toegang" page (src/routes/geen-toegang),
 * rendered like every page with the site's header, the menu of what this account may open, and the
 * refusal in the main landmark; answered at the refused URL with status 403.
 */
async function refusalPage(event: RequestEvent): Promise<Response> {
	const page = await event.fetch('/geen-toegang');
	const headers = new Headers(page.headers);
	headers.set('Cache-Control', 'no-store');
	return new Response(page.body, { status: 403, headers });
}

/**
 * Figure queries of this request take turns with other sessions' at the query gate (queries.ts) and
 * give up with a 503 after REQUEST_TIMEOUT_MS: a crowd on heavy pages cannot starve everyone else.
 * A session is one person at one browser; a token's first characters tell sessions apart.
 */
function callerOf(event: RequestEvent, user: User | null): QueryCaller {
	const session = event.cookies.get(SESSION_COOKIE)?.slice(0, 12) ?? '';
	return { caller: user ? `${user.name}|${session}` : `adres:${clientAddress(event)}`, deadline: Date.now() + REQUEST_TIMEOUT_MS };
}

/** MONITOR_TRACE_MEMORY=1: a line per request with the process's memory, to see what a page costs. */
const TRACE_MEMORY = process.env.MONITOR_TRACE_MEMORY === '1';

const afhandelen: Handle = async ({ event, resolve }) => {
	// Bodies are bounded before anything else, also for requests without a session (body-limit.ts).
	const tooLarge = await limitBody(event);
	if (tooLarge) return tooLarge;

	const { db } = await context();
	// A background render after an import (voorverwarmen.ts) is made for the account it names,
	// never for a cookie: only code in this process can set that.
	const warming = warmingUser();
	// The first request after a start renders the most opened pages in the background (once).
	if (!warming) warmAfterStart(db, (path) => event.fetch(path));
	const user = warming ?? (await sessionUser(db, event.cookies.get(SESSION_COOKIE)));
	event.locals.user = user;
	event.locals.scope = user ? scopeOf(user) : NO_SCOPE;

	const api = event.url.pathname.startsWith('/api/');
	const decision = decide(event.route.id, event.params, user);
	let response: Response;
	if (decision === 'login') {
		if (api) response = refusal(401, 'Log eerst in.');
		else {
			const back = event.url.pathname + event.url.search;
			const location = back === '/' ? '/login' : `/login?terug=${encodeURIComponent(back)}`;
			if (event.isDataRequest) redirect(303, location);
			response = new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
		}
	} else if (decision === 'forbidden') {
		await audit(db, { user: user!.name, event: 'geweigerd', details: event.url.pathname, ip: clientAddress(event) });
		const message = 'U heeft geen toegang tot deze pagina met uw account.';
		if (event.isDataRequest) error(403, message);
		response = api ? refusal(403, message) : await refusalPage(event);
	} else {
		// Pages are cached per viewer (page-cache.ts) only after the access check above.
		// Background renders share one place in the line at the query gate, behind the people asking.
		const caller = warming ? { caller: 'voorverwarmen', deadline: Date.now() + REQUEST_TIMEOUT_MS, achtergrond: true } : callerOf(event, user);
		response = await queryCaller.run(caller, () => cachedResolve(event, resolve, db.version));
	}
	if (TRACE_MEMORY) {
		const m = process.memoryUsage();
		const mb = (n: number) => Math.round(n / 1048576);
		console.log(
			`[memory] ${JSON.stringify({ path: event.url.pathname, rss: mb(m.rss), heap: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) })}`
		);
	}
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
	if (event.url.protocol === 'https:') response.headers.set('Strict-Transport-Security', 'max-age=31536000');
	if (user) response.headers.set('Cache-Control', response.headers.get('Cache-Control') ?? 'private, no-cache');
	return response;
};

/** Every request; those of people are counted while they run, so the warm-up after a start waits for a quiet moment. */
export const handle: Handle = async (input) => {
	if (warmingUser()) return afhandelen(input);
	persoonBegint();
	try {
		return await afhandelen(input);
	} finally {
		persoonKlaar();
	}
};

/** Never a stack trace or SQL to the browser: log it, answer plainly. */
export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Deze pagina bestaat niet.' : 'Er ging iets mis bij het ophalen van de cijfers.' };
};
