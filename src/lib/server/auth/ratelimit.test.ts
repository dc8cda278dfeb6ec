import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './ratelimit';

const MIN = 60_000;
const bestuur = { name: ' Bestuur ', ip: '10.0.0.1' };

describe('login rate limit per account + IP', () => {
	it('allows 5 failures in 15 minutes, then refuses until the first leaves the window', () => {
		const l = new LoginLimiter(5, 15 * MIN);
		const t0 = 1_000_000;
		for (let i = 0; i < 5; i++) {
			expect(l.retryAfter(bestuur, t0 + i * 1000)).toBe(0);
			l.fail(bestuur, t0 + i * 1000);
		}
		expect(l.retryAfter(bestuur, t0 + 5000)).toBe(15 * 60 - 5);
		expect(l.retryAfter(bestuur, t0 + 15 * MIN + 1)).toBe(0);
	});

	it('counts per name and address: another IP or account is not blocked', () => {
		const l = new LoginLimiter(2, MIN);
		l.fail(bestuur, 0);
		l.fail(bestuur, 1);
		expect(l.retryAfter(bestuur, 2)).toBeGreaterThan(0);
		expect(l.retryAfter({ name: 'bestuur', ip: '10.0.0.2' }, 2)).toBe(0);
		expect(l.retryAfter({ name: 'adviseur', ip: '10.0.0.1' }, 2)).toBe(0);
		expect(l.retryAfter({ name: 'BESTUUR', ip: '10.0.0.1' }, 2)).toBeGreaterThan(0);
	});

	it('forgets the failures of this address after a successful login', () => {
		const l = new LoginLimiter(2, MIN);
		l.fail(bestuur, 0);
		l.succeed(bestuur);
		l.fail(bestuur, 1);
		expect(l.retryAfter(bestuur, 2)).toBe(0);
	});
});

describe('login rate limit per account across addresses', () => {
	it('blocks the account after 20 failures from 20 different addresses, for every address', () => {
		const l = new LoginLimiter(5, 15 * MIN, 20);
		for (let i = 0; i < 20; i++) {
			expect(l.retryAfter({ name: 'bestuur', ip: `10.0.1.${i}` }, i)).toBe(0);
			l.fail({ name: 'bestuur', ip: `10.0.1.${i}` }, i);
		}
		// Failure 1 (at t = 0) leaves the window after 15 minutes: 900 s from t = 20 ms, rounded up.
		expect(l.retryAfter({ name: 'bestuur', ip: '192.168.7.7' }, 20)).toBe(900);
		expect(l.retryAfter({ name: 'adviseur', ip: '192.168.7.7' }, 20)).toBe(0);
	});
});

describe('login rate limit memory', () => {
	it('keeps a blocked account after 10.050 failures with other names (the attack that pushed it out)', () => {
		const l = new LoginLimiter(5, 15 * MIN);
		for (let i = 0; i < 5; i++) l.fail(bestuur, i);
		expect(l.retryAfter(bestuur, 10)).toBeGreaterThan(0);
		for (let i = 0; i < 10_050; i++) l.fail({ name: `aanvaller${i}`, ip: '10.6.6.6' }, 10 + i);
		expect(l.retryAfter(bestuur, 20_000)).toBeGreaterThan(0);
		expect(l.size).toBeLessThanOrEqual(l.capacity);
	});

	it('stays within its capacity, evicting only entries that do not block', () => {
		const l = new LoginLimiter(2, 15 * MIN, 20, 100);
		l.fail(bestuur, 0);
		l.fail(bestuur, 1);
		for (let i = 0; i < 1000; i++) l.fail({ name: `naam${i}`, ip: '10.6.6.6' }, 2 + i);
		expect(l.size).toBeLessThanOrEqual(100);
		expect(l.retryAfter(bestuur, 2000)).toBeGreaterThan(0);
	});

	it('when every entry blocks, refuses names it cannot count instead of forgetting a block', () => {
		const l = new LoginLimiter(1, 15 * MIN, 1, 10);
		// Each failure makes two blocking entries (the pair and the account): five names fill ten places.
		for (let i = 0; i < 5; i++) l.fail({ name: `naam${i}`, ip: '10.0.0.1' }, i);
		expect(l.size).toBe(10);
		expect(l.retryAfter({ name: 'nieuw', ip: '10.0.0.9' }, 10)).toBeGreaterThan(0);
		l.fail({ name: 'nieuw', ip: '10.0.0.9' }, 10);
		expect(l.size).toBe(10);
		for (let i = 0; i < 5; i++) expect(l.retryAfter({ name: `naam${i}`, ip: '10.0.0.1' }, 11)).toBeGreaterThan(0);
		// Once the window has passed, the blocks expire and there is room again.
		expect(l.retryAfter({ name: 'nieuw', ip: '10.0.0.9' }, 15 * MIN + 10)).toBe(0);
	});
});
