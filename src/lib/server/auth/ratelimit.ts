/**
 * Login rate limit, counted twice: per account name + IP address (5 failures in 15 minutes) and per
 * account name across all addresses (20 in 15 minutes, so guessing from many addresses is slowed
 * too). A blocked name waits until its oldest counted failure leaves the window.
 *
 * Kept in memory: a restart clears it, which is acceptable for one server process; failed logins are
 * also in the audit log. Memory is bounded by `capacity` entries, each holding at most its limit of
 * timestamps. When full, expired entries go first, then the oldest entries that do not block; a
 * blocked entry is never dropped. When every entry blocks, attempts for names not yet counted are
 * refused too until room frees up: flooding the limiter closes it, it never opens it.
 * An empty name or password is refused by the login form before anything is counted.
 */
interface Entry {
	/** Failure times, oldest first; only the last `limit` matter. */
	times: number[];
	limit: number;
}

export interface Attempt {
	name: string;
	ip: string;
}

export class LoginLimiter {
	private entries = new Map<string, Entry>();

	constructor(
		readonly max = 5,
		readonly windowMs = 15 * 60_000,
		readonly maxPerAccount = 20,
		readonly capacity = 20_000
	) {}

	/** Entries held now (for tests and the memory bound). */
	get size(): number {
		return this.entries.size;
	}

	private keys({ name, ip }: Attempt): [string, number][] {
		const n = name.trim().toLowerCase();
		return [
			[`${n}|${ip}`, this.max],
			[`${n}|*`, this.maxPerAccount]
		];
	}

	/** The entry's failures within the window; an entry left without any is removed. */
	private recent(key: string, now: number): Entry | undefined {
		const e = this.entries.get(key);
		if (!e) return undefined;
		e.times = e.times.filter((t) => now - t < this.windowMs);
		if (e.times.length) return e;
		this.entries.delete(key);
		return undefined;
	}

	private waitFor(e: Entry, now: number): number {
		if (e.times.length < e.limit) return 0;
		return Math.ceil((e.times[e.times.length - e.limit] + this.windowMs - now) / 1000);
	}

	/** Frees room for `needed` new entries: expired first, then the oldest that do not block. */
	private makeRoom(needed: number, now: number): boolean {
		if (this.entries.size + needed <= this.capacity) return true;
		for (const key of [...this.entries.keys()]) this.recent(key, now);
		for (const [key, e] of this.entries) {
			if (this.entries.size + needed <= this.capacity) break;
			if (this.waitFor(e, now) === 0) this.entries.delete(key);
		}
		return this.entries.size + needed <= this.capacity;
	}

	/** Seconds to wait before the next attempt, or 0 when an attempt is allowed now. */
	retryAfter(attempt: Attempt, now = Date.now()): number {
		let wait = 0;
		let missing = 0;
		for (const [key] of this.keys(attempt)) {
			const e = this.recent(key, now);
			if (e) wait = Math.max(wait, this.waitFor(e, now));
			else missing++;
		}
		if (wait > 0 || this.makeRoom(missing, now)) return wait;
		// Full of blocked entries: this attempt could not be counted, so it is not allowed either.
		let first = Infinity;
		for (const e of this.entries.values()) first = Math.min(first, this.waitFor(e, now));
		return Math.max(1, first);
	}

	fail(attempt: Attempt, now = Date.now()): void {
		for (const [key, limit] of this.keys(attempt)) {
			const e = this.recent(key, now);
			if (!e && !this.makeRoom(1, now)) continue;
			const times = [...(e?.times ?? []), now].slice(-limit);
			// Re-inserted, so the map stays ordered by last failure (the oldest are evicted first).
			this.entries.delete(key);
			this.entries.set(key, { times, limit });
		}
	}

	/** A correct password clears this address's count for the account; the count across addresses stays. */
	succeed(attempt: Attempt): void {
		this.entries.delete(this.keys(attempt)[0][0]);
	}
}

/** The server's one limiter: the login form and the password change (current password) share it. */
export const loginLimiter = new LoginLimiter();
