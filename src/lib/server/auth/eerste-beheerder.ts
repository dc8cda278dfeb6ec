/**
 * The first real beheerder, asked for when a demo account imports data. The first import of other
 * data ends demo mode (accounts.ts, isDemo): the demo accounts stop working at once. Whoever does
 * that import with a demo account names, in the same step, the account they go on with; it is made
 * once the import has loaded, and they stay logged in with it. So nobody is locked out.
 * With MONITOR_KEEP_DEMO=ja (browser tests only) the import does not end demo mode, and the account
 * is asked for but not required.
 */
import type { Cookies } from '@sveltejs/kit';
import { AccountError, SESSION_COOKIE, addUser, createSession, getUser, isDemo, password, userName, type User } from './accounts';
import type { MonitorDb } from '../db';

export type Need = 'verplicht' | 'optioneel' | null;

/** Whether this import must (or may) name the first real beheerder account. */
export async function firstAccountNeeded(db: MonitorDb, user: User | null): Promise<Need> {
	if (!user?.demo || !(await isDemo(db))) return null;
	return process.env.MONITOR_KEEP_DEMO === 'ja' ? 'optioneel' : 'verplicht';
}

export interface FirstAccount {
	name: string;
	password: string;
}

/**
 * The account from the confirm form (fields beheerder_naam, beheerder_wachtwoord, beheerder_herhaal),
 * checked before anything is imported: null when not given, else the account or a Dutch message.
 */
export async function readFirstAccount(db: MonitorDb, form: FormData, need: Need): Promise<{ account: FirstAccount | null; fout?: string }> {
	if (!need) return { account: null };
	const naam = String(form.get('beheerder_naam') ?? '').trim();
	const wachtwoord = String(form.get('beheerder_wachtwoord') ?? '');
	const herhaal = String(form.get('beheerder_herhaal') ?? '');
	if (!naam && !wachtwoord && need === 'optioneel') return { account: null };
	if (!naam || !wachtwoord)
		return { account: null, fout: 'Vul de naam en het wachtwoord van uw eigen beheerdersaccount in: na dit inlezen werken de demo-accounts niet meer.' };
	const n = userName.safeParse(naam);
	if (!n.success) return { account: null, fout: `De naam van het beheerdersaccount is niet goed: ${n.error.issues[0].message}.` };
	const p = password.safeParse(wachtwoord);
	if (!p.success) return { account: null, fout: `Het wachtwoord van het beheerdersaccount is niet goed: ${p.error.issues[0].message}.` };
	if (wachtwoord !== herhaal) return { account: null, fout: 'De twee wachtwoorden van het beheerdersaccount zijn niet gelijk.' };
	if (await getUser(db, n.data)) return { account: null, fout: `Er is al een account "${n.data}". Kies een andere naam.` };
	return { account: { name: n.data, password: wachtwoord } };
}

/** After a successful import: the account exists, and this browser is logged in with it. */
export async function startFirstAccount(db: MonitorDb, account: FirstAccount, cookies: Cookies, url: URL): Promise<User> {
	const user = await addUser(db, { name: account.name, role: 'beheerder', password: account.password });
	const { token, expires } = await createSession(db, user.name);
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires });
	return user;
}

export { AccountError };
