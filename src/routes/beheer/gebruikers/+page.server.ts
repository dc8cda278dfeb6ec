/**
 * Accounts in the web page, for the beheerder: add (a random password, shown once), reset a password
 * (a new random one, shown once), change role or schools, remove. Every change is in the audit log
 * with who made it; every action checks the role and the origin on the server again (the access
 * table already refuses other roles). A beheerder cannot remove or demote the account they are
 * logged in with, so the monitor always keeps someone who can manage it. Demo accounts go away by
 * themselves at the first import of real data; here they can only be removed.
 * The first account of a new monitor is still made with `npm run user` (scripts/user.ts).
 */
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { requireRole } from '$lib/server/guard';
import { requireSameOrigin } from '$lib/server/auth/csrf';
import { AccountError, addUser, getUser, listUsers, removeUser, setPassword, updateUser, type User } from '$lib/server/auth/accounts';
import { randomPassword } from '$lib/server/auth/password';
import { audit, clientAddress } from '$lib/server/audit';
import { ROLES, type Role } from '$lib/server/roles';
import { DOMAIN_ROLES, allowDomain, domainName, listDomains, oidcSettings, removeDomain, validDomain } from '$lib/server/auth/oidc';

export const load = (async ({ locals }) => {
	requireRole(locals, 'beheerder');
	const { db } = await context();
	const scholen = await db.query(`SELECT brin || vestiging AS code, naam FROM scholen ORDER BY naam, code`);
	return {
		gebruikers: await listUsers(db),
		ik: locals.user!.name,
		oidc: oidcSettings()?.naam ?? null,
		domeinen: await listDomains(db),
		domeinRollen: [...DOMAIN_ROLES],
		rollen: [...ROLES],
		scholen: scholen.rows.map((r) => ({ code: String(r.code), naam: String(r.naam) }))
	};
}) satisfies PageServerLoad;

/** The beheerder's own checks before any action: role and origin, on the server. */
async function begin(event: RequestEvent) {
	requireRole(event.locals, 'beheerder');
	requireSameOrigin(event);
	const form = await event.request.formData();
	const { db } = await context();
	const log = (
		e: 'account_toegevoegd' | 'account_verwijderd' | 'account_gewijzigd' | 'wachtwoord_gereset' | 'domein_toegestaan' | 'domein_verwijderd',
		details: string
	) => audit(db, { user: event.locals.user!.name, event: e, details, ip: clientAddress(event) });
	return { form, db, log, ik: event.locals.user!.name };
}

const describe = (u: Pick<User, 'name' | 'role' | 'schools'>) => `${u.name} (${u.role}${u.schools.length ? ' ' + u.schools.join(',') : ''})`;

function schoolsOf(form: FormData): string[] {
	return form
		.getAll('scholen')
		.flatMap((s) => String(s).split(','))
		.map((s) => s.trim().toUpperCase())
		.filter(Boolean);
}

/**
 * Schools an account names must be schools of this SWV (when the scholen table has any): the Dutch
 * refusal naming the ones that are not, or null.
 */
async function unknownSchools(db: Awaited<ReturnType<typeof context>>['db'], schools: string[]): Promise<string | null> {
	if (!schools.length) return null;
	const known = new Set((await db.query(`SELECT brin || vestiging AS code FROM scholen`)).rows.map((r) => String(r.code)));
	const onbekend = known.size ? schools.filter((s) => !known.has(s)) : [];
	return onbekend.length ? `School ${onbekend.join(', ')} staat niet in de scholentabel. Kies een school uit de lijst.` : null;
}

export const actions = {
	toevoegen: async (event) => {
		const { form, db, log } = await begin(event);
		const naam = String(form.get('naam') ?? '').slice(0, 100);
		const rol = String(form.get('rol') ?? '');
		const scholen = rol === 'school' ? schoolsOf(form) : [];
		const onbekend = await unknownSchools(db, scholen);
		if (onbekend) return fail(400, { gelukt: false, actie: 'toevoegen', naam, melding: onbekend });
		const wachtwoord = randomPassword();
		try {
			const u = await addUser(db, { name: naam, role: rol, schools: scholen, password: wachtwoord });
			await log('account_toegevoegd', describe(u));
			return { gelukt: true, actie: 'toevoegen', naam: u.name, wachtwoord, melding: `Account ${u.name} (${u.role}) is toegevoegd.` };
		} catch (e) {
			if (!(e instanceof AccountError)) throw e;
			return fail(400, { gelukt: false, actie: 'toevoegen', naam, melding: `Het account is niet toegevoegd: ${e.message}.` });
		}
	},

	reset: async (event) => {
		const { form, db, log } = await begin(event);
		const naam = String(form.get('naam') ?? '');
		const u = await getUser(db, naam);
		if (!u) return fail(404, { gelukt: false, actie: 'reset', naam, melding: `Er is geen account "${naam}".` });
		if (u.demo) return fail(400, { gelukt: false, actie: 'reset', naam, melding: 'Een demo-account heeft geen wachtwoord om te herstellen.' });
		const wachtwoord = randomPassword();
		await setPassword(db, u.name, wachtwoord);
		await log('wachtwoord_gereset', u.name);
		return {
			gelukt: true,
			actie: 'reset',
			naam: u.name,
			wachtwoord,
			melding: `${u.name} heeft een nieuw wachtwoord; de sessies van ${u.name} zijn beëindigd.`
		};
	},

	wijzigen: async (event) => {
		const { form, db, log, ik } = await begin(event);
		const naam = String(form.get('naam') ?? '');
		const rol = String(form.get('rol') ?? '');
		const u = await getUser(db, naam);
		if (!u) return fail(404, { gelukt: false, actie: 'wijzigen', naam, melding: `Er is geen account "${naam}".` });
		if (u.demo) return fail(400, { gelukt: false, actie: 'wijzigen', naam, melding: 'Een demo-account kunt u niet wijzigen, alleen verwijderen.' });
		if (u.name === ik && rol !== 'beheerder')
			return fail(400, {
				gelukt: false,
				actie: 'wijzigen',
				naam,
				melding: 'U kunt uw eigen rol niet veranderen: dan kan niemand de monitor meer beheren. Laat een andere beheerder dat doen.'
			});
		const scholen = rol === 'school' ? schoolsOf(form) : [];
		const onbekend = await unknownSchools(db, scholen);
		if (onbekend) return fail(400, { gelukt: false, actie: 'wijzigen', naam, melding: onbekend });
		try {
			const after = await updateUser(db, u.name, { role: rol, schools: scholen });
			await log('account_gewijzigd', `${describe(u)} → ${describe(after)}`);
			return {
				gelukt: true,
				actie: 'wijzigen',
				naam: u.name,
				melding: `${u.name} is nu ${after.role}${after.schools.length ? ` (${after.schools.join(', ')})` : ''}.`
			};
		} catch (e) {
			if (!(e instanceof AccountError)) throw e;
			return fail(400, { gelukt: false, actie: 'wijzigen', naam, melding: `Het account is niet gewijzigd: ${e.message}.` });
		}
	},

	verwijderen: async (event) => {
		const { form, db, log, ik } = await begin(event);
		const naam = String(form.get('naam') ?? '');
		const u = await getUser(db, naam);
		if (!u) return fail(404, { gelukt: false, actie: 'verwijderen', naam, melding: `Er is geen account "${naam}".` });
		if (u.name === ik) return fail(400, { gelukt: false, actie: 'verwijderen', naam, melding: 'U kunt het account waarmee u bent ingelogd niet verwijderen.' });
		await removeUser(db, u.name);
		await log('account_verwijderd', describe(u));
		return { gelukt: true, actie: 'verwijderen', naam: u.name, melding: `Account ${u.name} is verwijderd; de sessies ervan zijn beëindigd.` };
	},

	/** OpenID Connect: people with an address in this domain get an account at their first login, with this role. */
	domeinToestaan: async (event) => {
		const { form, db, log, ik } = await begin(event);
		const domein = domainName(String(form.get('domein') ?? '')).slice(0, 253);
		const rol = String(form.get('rol') ?? '');
		if (!validDomain(domein))
			return fail(400, {
				gelukt: false,
				actie: 'domein',
				naam: domein,
				melding: `"${domein}" is geen domein. Schrijf het deel na de @, bijvoorbeeld swv-voorbeeld.nl.`
			});
		if (!(DOMAIN_ROLES as string[]).includes(rol))
			return fail(400, {
				gelukt: false,
				actie: 'domein',
				naam: domein,
				melding: 'Kies de rol bestuur, adviseur of beheerder (een schoolaccount maakt u hierboven, met de school).'
			});
		await allowDomain(db, domein, rol as Role, ik);
		await log('domein_toegestaan', `${domein} (${rol})`);
		return { gelukt: true, actie: 'domein', naam: domein, melding: `Mensen met een e-mailadres van ${domein} krijgen bij hun eerste login de rol ${rol}.` };
	},

	domeinVerwijderen: async (event) => {
		const { form, db, log } = await begin(event);
		const domein = domainName(String(form.get('domein') ?? ''));
		if (!(await removeDomain(db, domein)))
			return fail(404, { gelukt: false, actie: 'domein', naam: domein, melding: `Het domein ${domein} stond niet in de lijst.` });
		await log('domein_verwijderd', domein);
		return { gelukt: true, actie: 'domein', naam: domein, melding: `Met ${domein} komen er geen nieuwe accounts meer bij; bestaande accounts blijven.` };
	}
} satisfies Actions;
