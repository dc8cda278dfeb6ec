import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../db';
import {
	addUser,
	checkPassword,
	createSession,
	endSession,
	removeUser,
	sessionUser,
	setPassword,
	listUsers,
	updateUser,
	demoUsers,
	isDemo,
	markDemo,
	scopeOf,
	SESSION_HOURS
} from './accounts';

let db: MonitorDb;
beforeAll(async () => {
	db = await MonitorDb.open(':memory:');
	await addUser(db, { name: 'An.Bestuur', role: 'bestuur', password: 'lang genoeg wachtwoord' });
	await addUser(db, { name: 'school1', role: 'school', schools: ['12AB00', '12AB01'], password: 'lang genoeg wachtwoord' });
});
afterAll(() => db.close());

describe('accounts', () => {
	it('stores names in lower case, a school account with its schools, and no password in clear', async () => {
		expect(await listUsers(db)).toEqual([
			{ name: 'an.bestuur', role: 'bestuur', schools: [], demo: false },
			{ name: 'school1', role: 'school', schools: ['12AB00', '12AB01'], demo: false }
		]);
		const raw = await db.query('SELECT wachtwoord FROM gebruikers');
		expect(JSON.stringify(raw.rows)).not.toContain('lang genoeg');
		expect(scopeOf((await listUsers(db))[1])).toEqual({ role: 'school', schools: ['12AB00', '12AB01'] });
	});

	it('refuses a bad role, a school account without a school, a short password and a duplicate name', async () => {
		await expect(addUser(db, { name: 'x1', role: 'koning', password: 'lang genoeg wachtwoord' })).rejects.toThrow();
		await expect(addUser(db, { name: 'x2', role: 'school', password: 'lang genoeg wachtwoord' })).rejects.toThrow(/school/);
		await expect(addUser(db, { name: 'x3', role: 'bestuur', schools: ['12AB00'], password: 'lang genoeg wachtwoord' })).rejects.toThrow(/school/);
		await expect(addUser(db, { name: 'x4', role: 'school', schools: ["12AB00' OR 1=1"], password: 'lang genoeg wachtwoord' })).rejects.toThrow(/brin/);
		await expect(addUser(db, { name: 'x5', role: 'bestuur', password: 'kort' })).rejects.toThrow(/10 tekens/);
		await expect(addUser(db, { name: 'AN.BESTUUR', role: 'bestuur', password: 'lang genoeg wachtwoord' })).rejects.toThrow(/al een account/);
	});

	it('checks passwords: right name and password gives the account, anything else null', async () => {
		expect((await checkPassword(db, 'AN.bestuur', 'lang genoeg wachtwoord'))?.role).toBe('bestuur');
		expect(await checkPassword(db, 'an.bestuur', 'verkeerd wachtwoord')).toBeNull();
		expect(await checkPassword(db, 'niemand', 'lang genoeg wachtwoord')).toBeNull();
	});
});

describe('sessions', () => {
	it('stores only a hash of the random token; the token finds the account until it expires', async () => {
		const now = new Date('2026-01-05T08:00:00Z');
		const { token, expires } = await createSession(db, 'school1', now);
		expect(token).toMatch(/^[\w-]{43}$/);
		expect(expires.getTime() - now.getTime()).toBe(SESSION_HOURS * 3600_000);
		const stored = await db.query('SELECT token_hash FROM sessies');
		expect(JSON.stringify(stored.rows)).not.toContain(token);
		expect((await sessionUser(db, token, new Date('2026-01-05T15:59:00Z')))?.name).toBe('school1');
		expect(await sessionUser(db, token, new Date('2026-01-05T16:00:01Z'))).toBeNull();
		expect(await sessionUser(db, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), now)).toBeNull();
		expect(await sessionUser(db, "' OR 1=1 --", now)).toBeNull();
		expect(await sessionUser(db, undefined, now)).toBeNull();
	});

	it('ends on logout, on a password change and when the account is removed', async () => {
		const a = await createSession(db, 'an.bestuur');
		await endSession(db, a.token);
		expect(await sessionUser(db, a.token)).toBeNull();

		const b = await createSession(db, 'an.bestuur');
		await setPassword(db, 'an.bestuur', 'een nieuw lang wachtwoord');
		expect(await sessionUser(db, b.token)).toBeNull();
		expect(await checkPassword(db, 'an.bestuur', 'lang genoeg wachtwoord')).toBeNull();
		expect(await checkPassword(db, 'an.bestuur', 'een nieuw lang wachtwoord')).not.toBeNull();

		const c = await createSession(db, 'school1');
		expect(await removeUser(db, 'school1')).toBe(true);
		expect(await sessionUser(db, c.token)).toBeNull();
		expect(await removeUser(db, 'school1')).toBe(false);
	});

	it('offers demo accounts only on the demo database', async () => {
		await addUser(db, { name: 'bestuur', role: 'bestuur', password: 'lang genoeg wachtwoord', demo: true });
		expect(await demoUsers(db)).toEqual([]);
		await markDemo(db);
		expect((await demoUsers(db)).map((u) => u.name)).toEqual(['bestuur']);
	});

	it('ends demo mode at the first import of other data: demo accounts and their sessions stop working', async () => {
		const session = await createSession(db, 'bestuur');
		expect((await sessionUser(db, session.token))?.name).toBe('bestuur');
		// As the importer does: every loaded import is logged and changes the data version.
		const log = async (gebruiker: string, uitkomst: string) => {
			await db.query(`INSERT INTO import_log (tijdstip, gebruiker, uitkomst, bestanden, rijen, meldingen) VALUES (now()::TIMESTAMP, $g, $u, '[]', '{}', 0)`, {
				g: gebruiker,
				u: uitkomst
			});
			if (uitkomst === 'ingelezen') await db.withConnection((c) => db.changeData(c, async () => {}));
		};
		await log('demo', 'ingelezen');
		await log('beheerder', 'geweigerd');
		expect(await isDemo(db)).toBe(true);
		await log('beheerder', 'ingelezen');
		expect(await isDemo(db)).toBe(false);
		expect(await demoUsers(db)).toEqual([]);
		expect(await sessionUser(db, session.token)).toBeNull();
		// A real account is not affected.
		const real = await createSession(db, 'an.bestuur');
		expect((await sessionUser(db, real.token))?.name).toBe('an.bestuur');
	});
});

describe('changing an account', () => {
	it('gives another role or other schools, ends its sessions, and refuses a school account without a school', async () => {
		await addUser(db, { name: 'wissel', role: 'school', schools: ['12AB00'], password: 'lang genoeg wachtwoord' });
		const s = await createSession(db, 'wissel');
		expect((await sessionUser(db, s.token))?.role).toBe('school');
		expect(await updateUser(db, 'WISSEL', { role: 'bestuur' })).toEqual({ name: 'wissel', role: 'bestuur', schools: [], demo: false });
		expect(await sessionUser(db, s.token)).toBeNull();
		expect(scopeOf((await listUsers(db)).find((u) => u.name === 'wissel')!)).toEqual({ role: 'bestuur' });
		await updateUser(db, 'wissel', { role: 'school', schools: ['12AB01', '12AB02'] });
		expect((await listUsers(db)).find((u) => u.name === 'wissel')?.schools).toEqual(['12AB01', '12AB02']);
		await expect(updateUser(db, 'wissel', { role: 'school', schools: [] })).rejects.toThrow(/school/);
		await expect(updateUser(db, 'wissel', { role: 'koning' })).rejects.toThrow();
		await expect(updateUser(db, 'niemand', { role: 'bestuur' })).rejects.toThrow(/geen account/);
		await removeUser(db, 'wissel');
	});
});
