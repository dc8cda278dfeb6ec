import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './ratelimit';

describe('login rate limit per account + IP', () => {
	const key = LoginLimiter.key(' Bestuur ', '10.0.0.1');

	it('allows 5 failures in 15 minutes, then refuses until the first leaves the window', () => {
		const l = new LoginLimiter(5, 15 * 60_000);
		const t0 = 1_000_000;
		for (let i = 0; i < 5; i++) {
			expect(l.retryAfter(key, t0 + i * 1000)).toBe(0);
			l.fail(key, t0 + i * 1000);
		}
		expect(l.retryAfter(key, t0 + 5000)).toBe(15 * 60 - 5);
		expect(l.retryAfter(key, t0 + 15 * 60_000 + 1)).toBe(0);
	});

	it('counts per name and address: another IP or account is not blocked', () => {
		const l = new LoginLimiter(2, 60_000);
		l.fail(key, 0);
		l.fail(key, 1);
		expect(l.retryAfter(key, 2)).toBeGreaterThan(0);
		expect(l.retryAfter(LoginLimiter.key('bestuur', '10.0.0.2'), 2)).toBe(0);
		expect(l.retryAfter(LoginLimiter.key('adviseur', '10.0.0.1'), 2)).toBe(0);
		expect(LoginLimiter.key(' Bestuur ', '10.0.0.1')).toBe(LoginLimiter.key('bestuur', '10.0.0.1'));
	});

	it('forgets the failures after a successful login', () => {
		const l = new LoginLimiter(2, 60_000);
		l.fail(key, 0);
		l.succeed(key);
		l.fail(key, 1);
		expect(l.retryAfter(key, 2)).toBe(0);
	});
});
