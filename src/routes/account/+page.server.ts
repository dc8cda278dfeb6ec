import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { SESSION_COOKIE, checkPassword, createSession, password, setPassword } from '$lib/server/auth/accounts';
import { audit, clientAddress } from '$lib/server/audit';
import { loginLimiter } from '$lib/server/auth/ratelimit';

export const load = (async ({ locals }) => ({ account: locals.user })) satisfies PageServerLoad;

export const actions = {
	/** A new password: the current one is asked again; all other sessions of the account end. */
	wachtwoord: async (event) => {
		const user = event.locals.user!;
		if (user.demo) return fail(400, { melding: 'Het wachtwoord van een demo-account kunt u niet wijzigen.', gelukt: false });
		const form = await event.request.formData();
		const huidig = String(form.get('huidig') ?? '');
		const nieuw = String(form.get('nieuw') ?? '');
		const herhaal = String(form.get('herhaal') ?? '');
		const { db } = await context();
		if (!huidig) return fail(400, { melding: 'Vul uw huidige wachtwoord in.', gelukt: false });
		const key = { name: user.name, ip: clientAddress(event) };
		if (loginLimiter.retryAfter(key) > 0) return fail(429, { melding: 'Te vaak een verkeerd wachtwoord. Probeer het later opnieuw.', gelukt: false });
		if (!(await checkPassword(db, user.name, huidig))) {
			loginLimiter.fail(key);
			await audit(db, { user: user.name, event: 'inloggen_mislukt', details: 'wachtwoord wijzigen', ip: clientAddress(event) });
			return fail(400, { melding: 'Uw huidige wachtwoord klopt niet.', gelukt: false });
		}
		const check = password.safeParse(nieuw);
		if (!check.success) return fail(400, { melding: `Het nieuwe wachtwoord is niet goed: ${check.error.issues[0].message}.`, gelukt: false });
		if (nieuw !== herhaal) return fail(400, { melding: 'De twee nieuwe wachtwoorden zijn niet gelijk.', gelukt: false });
		if (nieuw === huidig) return fail(400, { melding: 'Kies een ander wachtwoord dan het huidige.', gelukt: false });
		await setPassword(db, user.name, nieuw);
		const { token, expires } = await createSession(db, user.name);
		event.cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:', expires });
		await audit(db, { user: user.name, event: 'wachtwoord_gewijzigd', ip: clientAddress(event) });
		return { melding: 'Uw wachtwoord is gewijzigd. Op andere apparaten moet u opnieuw inloggen.', gelukt: true };
	}
} satisfies Actions;
