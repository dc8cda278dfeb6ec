/**
 * A cache that keeps at most `maxEntries` entries and `maxSize` of their total size, dropping the
 * least recently used first (always keeping the newest). Used for the query results, the rendered
 * pages and the server's chart drawings, each with its own measure of size.
 */
export class SizedCache<V> {
	private entries = new Map<string, { value: V; size: number }>();
	/** The sizes of the entries together. */
	total = 0;

	constructor(
		private maxEntries: number,
		private maxSize: number
	) {}

	get size(): number {
		return this.entries.size;
	}

	/** The value, now the most recently used; undefined when not kept. */
	get(key: string): V | undefined {
		const e = this.entries.get(key);
		if (!e) return undefined;
		this.entries.delete(key);
		this.entries.set(key, e);
		return e.value;
	}

	set(key: string, value: V, size = 0): void {
		this.delete(key);
		this.entries.set(key, { value, size });
		this.total += size;
		this.evict();
	}

	/** A size learned later (a result still being computed); ignored when the entry was dropped or replaced. */
	resize(key: string, value: V, size: number): void {
		const e = this.entries.get(key);
		if (!e || e.value !== value) return;
		this.total += size - e.size;
		e.size = size;
		this.evict();
	}

	delete(key: string): void {
		const e = this.entries.get(key);
		if (!e) return;
		this.total -= e.size;
		this.entries.delete(key);
	}

	clear(): void {
		this.entries.clear();
		this.total = 0;
	}

	private evict(): void {
		while (this.entries.size > this.maxEntries || (this.total > this.maxSize && this.entries.size > 1)) this.delete(this.entries.keys().next().value!);
	}
}
