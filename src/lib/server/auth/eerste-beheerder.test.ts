import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../db';
import { addUser, checkPassword, createSession, getUser, isDemo, markDemo, sessionUser } from './accounts';
import { firstAccountNeeded, readFirstAccount, startFirstAccount } from './eerste-beheerder';

let db: MonitorDb;
beforeAll(async () => {
	db = await MonitorDb.open(':memory:');
	await markDemo(db);
	await addUser(db, { name: 'beheerder', role: 'beheerder', password: 'onbekend wachtwoord', demo: true });
	await addUser(db, { name: 'e.echt', role: 'beheerder', password: 'lang genoeg wachtwoord' });
});
afterAll(() => db.close());
const keep = process.env.MONITOR_KEEP_DEMO;
afterEach(() => {
	if (keep === undefined) delete process.env.MONITOR_KEEP_DEMO;
	else process.env.MONITOR_KEEP_DEMO = keep;
});

const form = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, v);
	return f;
};

describe('the first real beheerder, asked when a demo account imports', () => {
	it('is required from a demo account on the demo database, optional when tests keep demo mode, never for a real account', async () => {
		delete process.env.MONITOR_KEEP_DEMO;
		const demo = (await getUser(db, 'beheerder'))!;
		expect(await firstAccountNeeded(db, demo)).toBe('verplicht');
		expect(await firstAccountNeeded(db, (await getUser(db, 'e.echt'))!)).toBeNull();
		process.env.MONITOR_KEEP_DEMO = 'ja';
		expect(await firstAccountNeeded(db, demo)).toBe('optioneel');
	});

	it('refuses a missing, short, unequal or taken account before anything is imported, in Dutch', async () => {
		const leeg = await readFirstAccount(db, form({}), 'verplicht');
		expect(leeg.fout).toMatch(/demo-accounts niet meer/);
		expect((await readFirstAccount(db, form({}), 'optioneel')).account).toBeNull();
		expect((await readFirstAccount(db, form({}), 'optioneel')).fout).toBeUndefined();
		expect((await readFirstAccount(db, form({ beheerder_naam: 'an', beheerder_wachtwoord: 'kort', beheerder_herhaal: 'kort' }), 'verplicht')).fout).toMatch(
			/10 tekens/
		);
		expect(
			(await readFirstAccount(db, form({ beheerder_naam: 'an', beheerder_wachtwoord: 'lang genoeg 1', beheerder_herhaal: 'lang genoeg 2' }), 'verplicht')).fout
		).toMatch(/niet gelijk/);
		expect(
			(await readFirstAccount(db, form({ beheerder_naam: 'E.Echt', beheerder_wachtwoord: 'lang genoeg 1', beheerder_herhaal: 'lang genoeg 1' }), 'verplicht'))
				.fout
		).toMatch(/al een account "e.echt"/);
		expect((await readFirstAccount(db, form({ beheerder_naam: 'an', beheerder_wachtwoord: 'x' }), null)).account).toBeNull();
	});

	it('after the import: the account exists with its password, and the cookie set is a session of it that outlives demo mode', async () => {
		const checked = await readFirstAccount(
			db,
			form({ beheerder_naam: 'An.Smit', beheerder_wachtwoord: 'het eigen wachtwoord', beheerder_herhaal: 'het eigen wachtwoord' }),
			'verplicht'
		);
		expect(checked).toEqual({ account: { name: 'an.smit', password: 'het eigen wachtwoord' } });
		const demoSession = await createSession(db, 'beheerder');
		const set: Record<string, string> = {};
		const cookies = { set: (name: string, value: string) => void (set[name] = value) } as never;
		const user = await startFirstAccount(db, checked.account!, cookies, new URL('http://monitor.test/beheer/import'));
		expect(user).toEqual({ name: 'an.smit', role: 'beheerder', schools: [], demo: false });
		// The import by the demo account ends demo mode (as the importer logs it).
		await db.query(
			`INSERT INTO import_log (tijdstip, gebruiker, uitkomst, bestanden, rijen, meldingen) VALUES (now()::TIMESTAMP, 'beheerder', 'ingelezen', '[]', '{}', 0)`
		);
		await db.withConnection((c) => db.changeData(c, async () => {}));
		delete process.env.MONITOR_KEEP_DEMO;
		expect(await isDemo(db)).toBe(false);
		expect(await sessionUser(db, demoSession.token)).toBeNull();
		expect((await sessionUser(db, set.pm_sessie))?.name).toBe('an.smit');
		expect((await checkPassword(db, 'an.smit', 'het eigen wachtwoord'))?.role).toBe('beheerder');
	});
});
