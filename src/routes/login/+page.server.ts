import { fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { SESSION_COOKIE, checkPassword, createSession, demoUsers, listUsers, type User } from '$lib/server/auth/accounts';
import { loginLimiter as limiter } from '$lib/server/auth/ratelimit';
import { audit, clientAddress } from '$lib/server/audit';
import { oidcSettings } from '$lib/server/auth/oidc';

/** Why an OpenID Connect login came back to this page (routes/login/oidc). */
function oidcMelding(url: URL): string | null {
	const fout = url.searchParams.get('fout');
	if (fout === 'domein') {
		const domein = (url.searchParams.get('domein') ?? '').replace(/[^a-z0-9.-]/gi, '').slice(0, 100);
		return `Met een e-mailadres van ${domein || 'dit domein'} kunt u niet inloggen: de beheerder heeft dat domein niet toegestaan. Vraag de beheerder om een account.`;
	}
	if (fout === 'email') return 'Uw organisatie gaf geen bevestigd e-mailadres door. Vraag de beheerder om een account.';
	if (fout === 'oidc') return 'Inloggen met uw organisatie-account lukte niet. Probeer het opnieuw of vraag de beheerder.';
	return null;
}

/** Only a path on this site: never an absolute or protocol-relative address (open redirect). */
function safeReturn(v: FormDataEntryValue | string | null): string {
	const s = typeof v === 'string' ? v : '';
	return /^\/(?![/\\])[^\s]*$/.test(s) && !s.startsWith('/login') ? s : '/';
}

async function startSession(cookies: Cookies, url: URL, user: User): Promise<void> {
	const { db } = await context();
	const { token, expires } = await createSession(db, user.name);
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires });
}

export const load = (async ({ locals, url }) => {
	if (locals.user) redirect(303, safeReturn(url.searchParams.get('terug')));
	const { db } = await context();
	const demo = await demoUsers(db);
	const schoolNames = new Map<string, string>();
	if (demo.some((u) => u.role === 'school')) {
		const r = await db.query(`SELECT brin || vestiging AS code, naam FROM scholen`);
		for (const row of r.rows) schoolNames.set(String(row.code), String(row.naam));
	}
	const oidc = oidcSettings();
	return {
		oidc: oidc ? { naam: oidc.naam } : null,
		oidcMelding: oidcMelding(url),
		terug: safeReturn(url.searchParams.get('terug')),
		geenAccounts: demo.length === 0 && (await listUsers(db)).every((u) => u.demo),
		demo: demo.map((u) => ({ role: u.role, school: u.schools.map((s) => schoolNames.get(s) ?? s).join(', ') }))
	};
}) satisfies PageServerLoad;

export const actions = {
	login: async (event) => {
		const { request, cookies, url } = event;
		const form = await request.formData();
		const name = String(form.get('naam') ?? '').slice(0, 100);
		const attempt = String(form.get('wachtwoord') ?? '').slice(0, 200);
		const terug = safeReturn(form.get('terug'));
		const ip = clientAddress(event);
		// Refused before counting: an empty attempt cannot be right, and must not take room in the limiter.
		if (!name.trim() || !attempt) return fail(400, { naam: name, melding: 'Vul uw naam en uw wachtwoord in.' });
		const { db } = await context();
		const key = { name, ip };
		const wait = limiter.retryAfter(key);
		if (wait > 0) {
			await audit(db, { user: name, event: 'inloggen_geblokkeerd', ip });
			return fail(429, { naam: name, melding: `Te vaak een verkeerd wachtwoord. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.` });
		}
		const user = await checkPassword(db, name, attempt);
		if (!user) {
			limiter.fail(key);
			await audit(db, { user: name || null, event: 'inloggen_mislukt', ip });
			return fail(400, { naam: name, melding: 'De naam of het wachtwoord klopt niet.' });
		}
		limiter.succeed(key);
		await startSession(cookies, url, user);
		await audit(db, { user: user.name, event: 'inloggen', ip });
		redirect(303, terug);
	},

	/** Demo mode only: log in to a demo account in one click, without a password. */
	demo: async (event) => {
		const { request, cookies, url } = event;
		const form = await request.formData();
		const { db } = await context();
		const user = (await demoUsers(db)).find((u) => u.role === form.get('rol'));
		if (!user) return fail(400, { naam: '', melding: 'Demo-accounts zijn er alleen op de demodatabase.' });
		await startSession(cookies, url, user);
		await audit(db, { user: user.name, event: 'inloggen', details: 'demo-account', ip: clientAddress(event) });
		redirect(303, safeReturn(form.get('terug')));
	}
} satisfies Actions;
