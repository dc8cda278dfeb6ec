import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { context } from '$lib/server/context';
import { installPlotDocument } from '$lib/server/plot-document';
import { cachedResolve } from '$lib/server/page-cache';

export const init: ServerInit = async () => {
	installPlotDocument();
	await context();
};

export const handle: Handle = async ({ event, resolve }) => {
	// Until accounts exist (roles issue), every visitor acts as beheerder of the whole SWV.
	event.locals.scope = { role: 'beheerder' };
	event.locals.user = { name: 'demo', role: 'beheerder' };
	const { db } = await context();
	const response = await cachedResolve(event, resolve, db.version);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

/** Never a stack trace or SQL to the browser: log it, answer plainly. */
export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Deze pagina bestaat niet.' : 'Er ging iets mis bij het ophalen van de cijfers.' };
};
