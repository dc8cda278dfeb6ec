/**
 * Local accounts and sessions, stored in the monitor's own tables (db.ts: gebruikers, sessies).
 * A session is a random token in an HttpOnly cookie; only its SHA-256 is stored, so a copy of the
 * database does not hold usable sessions. Sessions expire after SESSION_HOURS; changing or resetting
 * a password ends all sessions of that account.
 *
 * Demo accounts (one per role) exist only in the demo database, with random passwords nobody
 * knows: the login page logs in to them with one click while meta demo = 'ja'.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { MonitorDb } from '../db';
import { ROLES, type Role, type Scope } from '../roles';
import { burnTime, hashPassword, randomPassword, verifyPassword } from './password';

export const SESSION_COOKIE = 'pm_sessie';
export const SESSION_HOURS = 8;

export interface User {
	name: string;
	role: Role;
	/** School locations (brin + vestiging) of a school account; empty for other roles. */
	schools: string[];
	demo: boolean;
}

export const userName = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[a-z0-9][a-z0-9._@-]{1,63}$/, 'een naam van 2 tot 64 tekens: letters, cijfers, punt, streepje, @');
export const password = z.string().min(10, 'een wachtwoord heeft minstens 10 tekens').max(200, 'een wachtwoord heeft hoogstens 200 tekens');
export const schoolCode = z.string().regex(/^\d{2}[A-Z]{2}\d{2}$/, 'schrijf de school als brin + vestiging, bijvoorbeeld 12AB00');
const newUser = z
	.object({ name: userName, role: z.enum(ROLES), schools: z.array(schoolCode).default([]), password, demo: z.boolean().default(false) })
	.refine((u) => (u.role === 'school') === u.schools.length > 0, {
		message: 'een schoolaccount heeft één of meer scholen (--school 12AB00); andere rollen geen',
		path: ['schools']
	});

export class AccountError extends Error {}

/** A timestamp DuckDB reads as TIMESTAMP (UTC). */
const ts = (d: Date) => d.toISOString().slice(0, 23).replace('T', ' ');
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

function toUser(r: Record<string, unknown>): User {
	return {
		name: String(r.naam),
		role: r.rol as Role,
		schools: String(r.scholen ?? '')
			.split(',')
			.filter(Boolean),
		demo: r.demo === true
	};
}

export function scopeOf(user: User): Scope {
	return user.role === 'school' ? { role: 'school', schools: user.schools } : { role: user.role };
}

export async function listUsers(db: MonitorDb): Promise<User[]> {
	const r = await db.query(`SELECT naam, rol, scholen, demo FROM gebruikers ORDER BY naam`);
	return r.rows.map(toUser);
}

export async function getUser(db: MonitorDb, name: string): Promise<User | null> {
	const r = await db.query(`SELECT naam, rol, scholen, demo FROM gebruikers WHERE naam = $naam`, { naam: name.trim().toLowerCase() });
	return r.rows[0] ? toUser(r.rows[0]) : null;
}

export async function addUser(db: MonitorDb, input: { name: string; role: string; schools?: string[]; password: string; demo?: boolean }): Promise<User> {
	const parsed = newUser.safeParse(input);
	if (!parsed.success) throw new AccountError(parsed.error.issues.map((i) => i.message).join('; '));
	const u = parsed.data;
	if (await getUser(db, u.name)) throw new AccountError(`Er is al een account "${u.name}".`);
	const now = ts(new Date());
	await db.query(
		`INSERT INTO gebruikers (naam, rol, scholen, wachtwoord, demo, aangemaakt, gewijzigd)
		 VALUES ($naam, $rol, $scholen, $hash, $demo = 'true', CAST($nu AS TIMESTAMP), CAST($nu AS TIMESTAMP))`,
		{ naam: u.name, rol: u.role, scholen: u.schools.join(','), hash: await hashPassword(u.password), demo: String(u.demo), nu: now }
	);
	return { name: u.name, role: u.role, schools: u.schools, demo: u.demo };
}

/** Another role or other schools for an account; its sessions end, so the change counts at once. */
export async function updateUser(db: MonitorDb, name: string, change: { role: string; schools?: string[] }): Promise<User> {
	const naam = name.trim().toLowerCase();
	const before = await getUser(db, naam);
	if (!before) throw new AccountError(`Er is geen account "${naam}".`);
	const parsed = z
		.object({ role: z.enum(ROLES), schools: z.array(schoolCode).default([]) })
		.refine((u) => (u.role === 'school') === u.schools.length > 0, {
			message: 'een schoolaccount heeft één of meer scholen; andere rollen geen',
			path: ['schools']
		})
		.safeParse(change);
	if (!parsed.success) throw new AccountError(parsed.error.issues.map((i) => i.message).join('; '));
	const { role, schools } = parsed.data;
	forgetSessions(db);
	await db.query(`DELETE FROM sessies WHERE gebruiker = $naam`, { naam });
	await db.query(`UPDATE gebruikers SET rol = $rol, scholen = $scholen, gewijzigd = CAST($nu AS TIMESTAMP) WHERE naam = $naam`, {
		naam,
		rol: role,
		scholen: schools.join(','),
		nu: ts(new Date())
	});
	return { ...before, role, schools };
}

export async function removeUser(db: MonitorDb, name: string): Promise<boolean> {
	const naam = name.trim().toLowerCase();
	forgetSessions(db);
	await db.query(`DELETE FROM sessies WHERE gebruiker = $naam`, { naam });
	const r = await db.query(`DELETE FROM gebruikers WHERE naam = $naam RETURNING naam`, { naam });
	return r.rows.length > 0;
}

/** A new password; every session of the account ends (also after a reset by the beheerder). */
export async function setPassword(db: MonitorDb, name: string, newPassword: string): Promise<void> {
	const p = password.safeParse(newPassword);
	if (!p.success) throw new AccountError(p.error.issues[0].message);
	const naam = name.trim().toLowerCase();
	if (!(await getUser(db, naam))) throw new AccountError(`Er is geen account "${naam}".`);
	forgetSessions(db);
	await db.query(`DELETE FROM sessies WHERE gebruiker = $naam`, { naam });
	await db.query(`UPDATE gebruikers SET wachtwoord = $hash, gewijzigd = CAST($nu AS TIMESTAMP) WHERE naam = $naam`, {
		naam,
		hash: await hashPassword(newPassword),
		nu: ts(new Date())
	});
}

/** The account when name and password match, else null (in the same time either way). */
export async function checkPassword(db: MonitorDb, name: string, attempt: string): Promise<User | null> {
	const r = await db.query(`SELECT naam, rol, scholen, demo, wachtwoord FROM gebruikers WHERE naam = $naam`, { naam: name.trim().toLowerCase() });
	const row = r.rows[0];
	if (!row) {
		await burnTime(attempt);
		return null;
	}
	return (await verifyPassword(attempt, String(row.wachtwoord))) ? toUser(row) : null;
}

export async function createSession(db: MonitorDb, name: string, now = new Date()): Promise<{ token: string; expires: Date }> {
	const token = randomBytes(32).toString('base64url');
	const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
	await db.query(`DELETE FROM sessies WHERE verloopt < CAST($nu AS TIMESTAMP)`, { nu: ts(now) });
	await db.query(`INSERT INTO sessies VALUES ($hash, $naam, CAST($nu AS TIMESTAMP), CAST($tot AS TIMESTAMP))`, {
		hash: sha256(token),
		naam: name,
		nu: ts(now),
		tot: ts(expires)
	});
	return { token, expires };
}

/**
 * Sessions looked up in the last minute, so a page view needs no query to know its viewer. Every
 * change to sessions or accounts in this process (the only writer of the database) clears it.
 */
const sessionCache = new WeakMap<MonitorDb, Map<string, { user: User | null; until: number }>>();
function forgetSessions(db: MonitorDb): void {
	sessionCache.get(db)?.clear();
}

/** The user of a session token, or null when it is unknown, expired or its account is gone. */
export async function sessionUser(db: MonitorDb, token: string | undefined, now = new Date()): Promise<User | null> {
	if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
	const hash = sha256(token);
	let cache = sessionCache.get(db);
	if (!cache) sessionCache.set(db, (cache = new Map()));
	const hit = cache.get(hash);
	if (hit && now.getTime() < hit.until) {
		if (hit.user?.demo && !(await isDemo(db))) return null;
		return hit.user;
	}
	const user = await lookupSession(db, hash, now);
	if (cache.size > 10_000) cache.clear();
	cache.set(hash, { user, until: now.getTime() + 60_000 });
	if (user?.demo && !(await isDemo(db))) return null;
	return user;
}

async function lookupSession(db: MonitorDb, hash: string, now: Date): Promise<User | null> {
	const r = await db.query(
		`SELECT g.naam, g.rol, g.scholen, g.demo FROM sessies s JOIN gebruikers g ON g.naam = s.gebruiker
		 WHERE s.token_hash = $hash AND s.verloopt > CAST($nu AS TIMESTAMP)`,
		{ hash, nu: ts(now) }
	);
	return r.rows[0] ? toUser(r.rows[0]) : null;
}

export async function endSession(db: MonitorDb, token: string | undefined): Promise<void> {
	forgetSessions(db);
	if (token) await db.query(`DELETE FROM sessies WHERE token_hash = $hash`, { hash: sha256(token) });
}

/**
 * Demo mode: the database was built from the demo exports (context.ts) and nobody has imported
 * other data into it since. The first import by anyone else ends it — the demo accounts stop
 * working at once — so real pupils' figures are never one click away on a login page.
 * MONITOR_KEEP_DEMO=ja keeps demo mode after imports: for the browser tests only.
 */
const demoCache = new WeakMap<MonitorDb, { version: number; demo: boolean }>();

/** Mark a database as the demo database (built from data/demo/). */
export async function markDemo(db: MonitorDb): Promise<void> {
	await db.query(`INSERT OR REPLACE INTO meta VALUES ('demo', 'ja')`);
	demoCache.delete(db);
}

export async function isDemo(db: MonitorDb): Promise<boolean> {
	// Only an import can end demo mode, and every import changes the data version.
	const hit = demoCache.get(db);
	if (hit && hit.version === db.version) return hit.demo;
	const demo = await readDemo(db);
	demoCache.set(db, { version: db.version, demo });
	return demo;
}

async function readDemo(db: MonitorDb): Promise<boolean> {
	const r = await db.query(
		`SELECT coalesce((SELECT value FROM meta WHERE key = 'demo') = 'ja', false)
			AND ($keep = 'ja' OR NOT EXISTS (SELECT 1 FROM import_log WHERE uitkomst = 'ingelezen' AND gebruiker <> 'demo')) AS demo`,
		{ keep: process.env.MONITOR_KEEP_DEMO ?? 'nee' }
	);
	return r.rows[0].demo === true;
}

/** The demo school: the first bao school (VO demo: vo school) of the demo data with the fewest pupils (small counts show "<5"). */
async function demoSchool(db: MonitorDb): Promise<string | null> {
	const r = await db.query(
		`SELECT brin || vestiging AS school FROM scholen s WHERE soort IN ('bao', 'vo')
		 ORDER BY (SELECT max(leerlingen) FROM telling t WHERE t.brin = s.brin AND t.vestiging = s.vestiging) NULLS LAST, brin, vestiging LIMIT 1`
	);
	return (r.rows[0]?.school as string | undefined) ?? null;
}

/** One account per role, named after the role, with an unknown random password. */
export async function ensureDemoAccounts(db: MonitorDb): Promise<void> {
	const school = await demoSchool(db);
	for (const role of ROLES) {
		if (await getUser(db, role)) continue;
		if (role === 'school' && !school) continue;
		await addUser(db, { name: role, role, schools: role === 'school' ? [school!] : [], password: randomPassword(), demo: true });
	}
}

export async function demoUsers(db: MonitorDb): Promise<User[]> {
	if (!(await isDemo(db))) return [];
	const order: Role[] = ['bestuur', 'adviseur', 'school', 'beheerder'];
	return (await listUsers(db)).filter((u) => u.demo).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}
