/**
 * Login rate limit per account name + IP address: after `max` failed attempts within `windowMs`
 * the pair is refused until the oldest failure leaves the window. Kept in memory: a restart clears
 * it, which is acceptable for one server process; failed logins are also in the audit log.
 */
export class LoginLimiter {
	private failures = new Map<string, number[]>();

	constructor(
		readonly max = 5,
		readonly windowMs = 15 * 60_000
	) {}

	static key(name: string, ip: string): string {
		return `${name.trim().toLowerCase()}|${ip}`;
	}

	private recent(key: string, now: number): number[] {
		const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
		if (list.length) this.failures.set(key, list);
		else this.failures.delete(key);
		return list;
	}

	/** Seconds to wait before the next attempt, or 0 when an attempt is allowed now. */
	retryAfter(key: string, now = Date.now()): number {
		const list = this.recent(key, now);
		if (list.length < this.max) return 0;
		return Math.ceil((list[list.length - this.max] + this.windowMs - now) / 1000);
	}

	fail(key: string, now = Date.now()): void {
		const list = this.recent(key, now);
		list.push(now);
		this.failures.set(key, list);
		if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
	}

	succeed(key: string): void {
		this.failures.delete(key);
	}
}

/** The server's one limiter: the login form and the password change (current password) share it. */
export const loginLimiter = new LoginLimiter();
