/**
 * Password hashing with scrypt (node:crypto), a memory-hard function: N = 2^15, r = 8 takes 32 MiB
 * and roughly 100 ms per hash, which makes guessing a stolen hash expensive. The parameters are
 * stored with each hash, so they can be raised later without breaking existing accounts.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const LOG_N = 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
	const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r };
	return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** "scrypt$15$8$1$<salt>$<hash>" (base64url). */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, LOG_N, R, P);
	return ['scrypt', LOG_N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [logN, r, p] = parts.slice(1, 4).map(Number);
	if (![logN, r, p].every(Number.isInteger) || logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
	const expected = Buffer.from(parts[5], 'base64url');
	const key = await derive(password, Buffer.from(parts[4], 'base64url'), logN, r, p);
	return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of nothing in particular: checked against when the account does not exist, so a wrong
 *  name takes as long as a wrong password and reveals nothing. */
let dummy: Promise<string> | null = null;
export async function burnTime(password: string): Promise<void> {
	dummy ??= hashPassword(randomBytes(16).toString('hex'));
	await verifyPassword(password, await dummy);
}

/** A random password for new accounts: 20 characters, easy to copy (no look-alike characters). */
export function randomPassword(length = 20): string {
	const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	const bytes = randomBytes(length);
	let out = '';
	for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
	return out;
}
