import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { context } from '$lib/server/context';
import { SESSION_COOKIE, createSession } from '$lib/server/auth/accounts';
import { PENDING_COOKIE, accountFor, finishLogin, oidcSettings, type Pending } from '$lib/server/auth/oidc';
import { audit, clientAddress } from '$lib/server/audit';

/** Back from the provider: check the answer, find or make the account, start a session. */
export const GET: RequestHandler = async (event) => {
	const { url, cookies } = event;
	const s = oidcSettings();
	const raw = cookies.get(PENDING_COOKIE);
	cookies.delete(PENDING_COOKIE, { path: '/login/oidc' });
	if (!s || !raw) redirect(303, '/login?fout=oidc');
	let pending: Pending;
	try {
		pending = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
	} catch {
		redirect(303, '/login?fout=oidc');
	}
	const { db } = await context();
	const ip = clientAddress(event);
	let email: string | null;
	try {
		email = await finishLogin(s, url, pending);
	} catch (e) {
		console.error('OpenID Connect: het antwoord van de provider klopt niet:', (e as Error).message);
		await audit(db, { user: null, event: 'inloggen_mislukt', details: `OpenID Connect: ${(e as Error).message}`, ip });
		redirect(303, '/login?fout=oidc');
	}
	if (!email) {
		await audit(db, { user: null, event: 'inloggen_mislukt', details: 'OpenID Connect: geen bevestigd e-mailadres', ip });
		redirect(303, '/login?fout=email');
	}
	const found = await accountFor(db, email);
	if (!found) {
		await audit(db, { user: email, event: 'inloggen_mislukt', details: 'OpenID Connect: domein niet toegestaan', ip });
		redirect(303, `/login?fout=domein&domein=${encodeURIComponent(email.split('@')[1] ?? '')}`);
	}
	if (found.created)
		await audit(db, {
			user: 'OpenID Connect',
			event: 'account_toegevoegd',
			details: `${found.user.name} (${found.user.role}), eerste login met toegestaan domein`,
			ip
		});
	const { token, expires } = await createSession(db, found.user.name);
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires });
	await audit(db, { user: found.user.name, event: 'inloggen', details: 'OpenID Connect', ip });
	redirect(303, pending.terug || '/');
};
