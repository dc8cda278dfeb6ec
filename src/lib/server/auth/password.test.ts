import { describe, expect, it } from 'vitest';
import { hashPassword, randomPassword, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
	it('stores a salted scrypt hash with its parameters, never the password', async () => {
		const h = await hashPassword('correct paard batterij');
		expect(h).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
		expect(h).not.toContain('paard');
		expect(await hashPassword('correct paard batterij')).not.toBe(h); // another salt
	});

	it('accepts the right password and refuses a wrong one or a damaged hash', async () => {
		const h = await hashPassword('correct paard batterij');
		expect(await verifyPassword('correct paard batterij', h)).toBe(true);
		expect(await verifyPassword('Correct paard batterij', h)).toBe(false);
		expect(await verifyPassword('', h)).toBe(false);
		expect(await verifyPassword('correct paard batterij', h.replace('scrypt$15', 'scrypt$30'))).toBe(false);
		expect(await verifyPassword('correct paard batterij', 'md5$abc')).toBe(false);
	});

	it('treats the same characters in another Unicode form as the same password', async () => {
		const h = await hashPassword('Zoë-wachtwoord');
		expect(await verifyPassword('Zoe\u0308-wachtwoord', h)).toBe(true);
	});

	it('makes random passwords of 20 characters without look-alikes', () => {
		const p = randomPassword();
		expect(p).toHaveLength(20);
		expect(p).not.toMatch(/[0O1lI]/);
		expect(randomPassword()).not.toBe(p);
	});
});
