/** `npm run user`: add, list, reset and remove accounts in a database file, as the beheerder would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../src/lib/server/db';
import { checkPassword } from '../src/lib/server/auth/accounts';

const dir = mkdtempSync(join(tmpdir(), 'pm-user-'));
const db = join(dir, 'monitor.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function user(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', '--db', db, ...args], { encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run user', () => {
	it('adds a school account with its school and a bestuur account with a generated password, and lists them', () => {
		const school = user('add', 'juf.jansen', '--rol', 'school', '--school', '12ab00', '--wachtwoord', 'een lang wachtwoord');
		expect(school.code, school.err).toBe(0);
		expect(school.out).toContain('Account juf.jansen (school, 12AB00) toegevoegd.');
		const bestuur = user('add', 'bestuurder', '--rol', 'bestuur');
		expect(bestuur.code, bestuur.err).toBe(0);
		expect(bestuur.out).toMatch(/Wachtwoord \(wordt niet nog eens getoond\): \w{20}/);
		const list = user('list');
		expect(list.out).toMatch(/bestuurder\s+bestuur/);
		expect(list.out).toMatch(/juf\.jansen\s+school\s+12AB00/);
	});

	it('refuses what is not right, in Dutch, with exit code 1 or 2', () => {
		expect(user('add', 'x.y', '--rol', 'school').code).toBe(1);
		expect(user('add', 'x.y', '--rol', 'koning').code).toBe(1);
		expect(user('remove', 'niemand').err).toContain('Er is geen account "niemand".');
		expect(user('verzin').code).toBe(2);
	});

	it('resets a password and removes an account', async () => {
		expect(user('reset', 'juf.jansen', '--wachtwoord', 'nog een lang wachtwoord').code).toBe(0);
		const m = await MonitorDb.open(db, { poolSize: 1 });
		try {
			expect(await checkPassword(m, 'juf.jansen', 'nog een lang wachtwoord')).not.toBeNull();
			expect(await checkPassword(m, 'juf.jansen', 'een lang wachtwoord')).toBeNull();
			const log = await m.query(`SELECT gebeurtenis FROM audit_log ORDER BY id`);
			expect(log.rows.map((r) => r.gebeurtenis)).toEqual(['account_toegevoegd', 'account_toegevoegd', 'wachtwoord_gereset']);
		} finally {
			m.close();
		}
		expect(user('remove', 'juf.jansen').code).toBe(0);
		expect(user('list').out).not.toContain('juf.jansen');
	});
});
