import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { context } from '$lib/server/context';
import { SESSION_COOKIE, endSession } from '$lib/server/auth/accounts';
import { audit, clientAddress } from '$lib/server/audit';

/**
 * POST only (a form button): a link or an image on another site cannot log anyone out. SvelteKit's
 * own cross-site check looks at form posts only, so a post without a form body (fetch in no-cors
 * mode) is checked here: browsers send Origin with every POST, and it must be this site.
 */
export const POST: RequestHandler = async (event) => {
	if (event.request.headers.get('origin') !== event.url.origin) error(403, 'Uitloggen kan alleen met de knop Uitloggen op deze site.');
	const { db } = await context();
	await endSession(db, event.cookies.get(SESSION_COOKIE));
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
	if (event.locals.user) await audit(db, { user: event.locals.user.name, event: 'uitloggen', ip: clientAddress(event) });
	redirect(303, '/login');
};
