import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { context } from '$lib/server/context';
import { SESSION_COOKIE, endSession } from '$lib/server/auth/accounts';
import { audit, clientAddress } from '$lib/server/audit';

/** POST only (a form button): a link or an image on another site cannot log anyone out. */
export const POST: RequestHandler = async (event) => {
	const { db } = await context();
	await endSession(db, event.cookies.get(SESSION_COOKIE));
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
	if (event.locals.user) await audit(db, { user: event.locals.user.name, event: 'uitloggen', ip: clientAddress(event) });
	redirect(303, '/login');
};
