import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { PENDING_COOKIE, oidcSettings, startLogin } from '$lib/server/auth/oidc';

/** Only a path on this site (as the login page's terug). */
const safeReturn = (s: string | null) => (s && /^\/(?![/\\])[^\s]*$/.test(s) && !s.startsWith('/login') ? s : '/');

/** "Inloggen met …": off to the organisation's provider, with PKCE, state and nonce kept in a cookie. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const s = oidcSettings();
	if (!s) error(404, 'Inloggen met een organisatie-account is op deze monitor niet ingesteld.');
	let started;
	try {
		started = await startLogin(s, `${url.origin}/login/oidc/callback`, safeReturn(url.searchParams.get('terug')));
	} catch (e) {
		console.error('OpenID Connect: de provider is niet bereikbaar:', e);
		redirect(303, '/login?fout=oidc');
	}
	cookies.set(PENDING_COOKIE, Buffer.from(JSON.stringify(started.pending)).toString('base64url'), {
		path: '/login/oidc',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 600
	});
	redirect(303, started.url.href);
};
