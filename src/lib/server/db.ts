/**
 * Owns DuckDB: the instance (file from MONITOR_DB), bringing it up to the schema (schema.ts), the
 * data version, a small connection pool, and the conversion of results into plain JS values (no
 * bigint, dates as 'YYYY-MM-DD' strings) so nothing downstream has to know DuckDB's types.
 *
 * Plain relative imports only: the CLI scripts (import, demo, bench) load this module outside Vite.
 */
import { DuckDBInstance, DuckDBTypeId, VARCHAR, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { schemaStatements } from './schema';
import { zorgVoorVooraf } from './vooraf';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export type ColumnKind = 'number' | 'string' | 'date' | 'boolean';
export interface QueryResult {
	columns: { name: string; kind: ColumnKind }[];
	rows: Row[];
}
export type Params = Record<string, string | number | boolean | null>;

export const DEFAULT_DB = 'data/monitor.duckdb';
const REFERENCE_FILE = 'data/reference/landelijk.csv';

function kindOf(t: DuckDBType): ColumnKind {
	switch (t.typeId) {
		case DuckDBTypeId.BOOLEAN:
			return 'boolean';
		case DuckDBTypeId.DATE:
		case DuckDBTypeId.TIMESTAMP:
		case DuckDBTypeId.TIMESTAMP_TZ:
			return 'date';
		case DuckDBTypeId.VARCHAR:
			return 'string';
		case DuckDBTypeId.TINYINT:
		case DuckDBTypeId.SMALLINT:
		case DuckDBTypeId.INTEGER:
		case DuckDBTypeId.BIGINT:
		case DuckDBTypeId.HUGEINT:
		case DuckDBTypeId.UTINYINT:
		case DuckDBTypeId.USMALLINT:
		case DuckDBTypeId.UINTEGER:
		case DuckDBTypeId.UBIGINT:
		case DuckDBTypeId.FLOAT:
		case DuckDBTypeId.DOUBLE:
		case DuckDBTypeId.DECIMAL:
			return 'number';
		default:
			return 'string';
	}
}

/** Every parameter is bound as VARCHAR (or NULL); SQL casts where it needs another type. */
function bindTypes(params: Params): Record<string, DuckDBType> {
	return Object.fromEntries(Object.keys(params).map((k) => [k, VARCHAR]));
}
function bindValues(params: Params): Record<string, string | null> {
	return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === null ? null : String(v)]));
}

export async function runOn(conn: DuckDBConnection, sql: string, params: Params = {}): Promise<QueryResult> {
	const hasParams = Object.keys(params).length > 0;
	const reader = hasParams ? await conn.runAndReadAll(sql, bindValues(params), bindTypes(params)) : await conn.runAndReadAll(sql);
	const names = reader.columnNames();
	const kinds = reader.columnTypes().map(kindOf);
	const raw = reader.getRows();
	const rows: Row[] = new Array(raw.length);
	for (let i = 0; i < raw.length; i++) {
		const r: Row = {};
		const src = raw[i];
		for (let c = 0; c < names.length; c++) r[names[c]] = toCell(src[c], kinds[c]);
		rows[i] = r;
	}
	return { columns: names.map((name, i) => ({ name, kind: kinds[i] })), rows };
}

/** DuckDB values (bigint, DuckDBDateValue, DuckDBDecimalValue, …) → plain cells, dates as 'YYYY-MM-DD'. */
function toCell(v: unknown, kind: ColumnKind): Cell {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'object') {
		const s = String(v);
		if (kind === 'number') return Number(s);
		if (kind === 'date') return s.length > 10 ? s.replace(' ', 'T') : s;
		return s;
	}
	return v as Cell;
}

/**
 * DuckDB's own failures (an assertion inside DuckDB: "INTERNAL Error"), after which DuckDB refuses every
 * statement on that database ("FATAL Error: … database has been invalidated … must be restarted").
 */
export function isFatal(e: unknown): boolean {
	const m = e instanceof Error ? e.message : String(e);
	return /\b(INTERNAL|FATAL) Error\b|database has been invalidated/.test(m);
}

/** A statement that only reads: SELECT or WITH, after any comments (a query file starts with its own). */
export function isRead(sql: string): boolean {
	return /^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(SELECT|WITH)\b/i.test(sql);
}

export class MonitorDb {
	private idle: DuckDBConnection[] = [];
	private waiting: ((c: DuckDBConnection) => void)[] = [];
	private all: DuckDBConnection[] = [];
	/** Connections handed out and not yet released. */
	private out = 0;
	/** While DuckDB is reopened after a fatal error (herstel): nobody gets a connection until it is done. */
	private herstellen: Promise<void> | null = null;
	private leeg: (() => void) | null = null;
	private dataVersion = 0;
	/** How often this database was reopened after a fatal error of DuckDB (for the log and the tests). */
	herstarts = 0;
	/** DuckDB's memory limit as opened with (null: DuckDB's default); an import raises it for a while. */
	memoryLimit: string | null = null;

	private constructor(
		readonly file: string,
		private instance: DuckDBInstance,
		private readonly config: Record<string, string>,
		private readonly poolSize: number
	) {}

	static async open(file: string, options: { poolSize?: number; readOnly?: boolean; memoryLimit?: string } = {}): Promise<MonitorDb> {
		const config: Record<string, string> = {};
		if (options.readOnly) config.access_mode = 'READ_ONLY';
		// DuckDB's buffer pool; beyond it, large operations spill to disk instead of growing the process.
		if (options.memoryLimit) config.memory_limit = options.memoryLimit;
		const instance = await DuckDBInstance.create(file, config);
		const db = new MonitorDb(file, instance, config, options.poolSize ?? 3);
		db.memoryLimit = options.memoryLimit ?? null;
		await db.fillPool();
		if (!options.readOnly) await db.ensureSchema();
		db.dataVersion = Number((await db.query(`SELECT value FROM meta WHERE key = 'data_version'`)).rows[0]?.value ?? 0);
		return db;
	}

	private async fillPool(): Promise<void> {
		this.all = [];
		this.idle = [];
		for (let i = 0; i < this.poolSize; i++) {
			const c = await this.instance.connect();
			this.all.push(c);
			this.idle.push(c);
		}
	}

	private async ensureSchema(): Promise<void> {
		await this.withConnection(async (c) => {
			for (const s of schemaStatements()) await c.run(s);
			// The national reference ships with the monitor: refreshed from its file at every start.
			const ref = process.env.REFERENCE_FILE ?? REFERENCE_FILE;
			if (existsSync(ref)) {
				await c.run('BEGIN TRANSACTION');
				await c.run('DELETE FROM referentie_landelijk');
				await c.run(`INSERT INTO referentie_landelijk SELECT jaar, indicator, waarde, eenheid, definitie, zelfde_definitie = 'ja', bron
					FROM read_csv('${ref.replace(/'/g, "''")}', header = true, auto_detect = true)`);
				await c.run('COMMIT');
			}
			// The figures computed once per import (vooraf.ts), when this version defines them differently.
			await zorgVoorVooraf(c);
		});
	}

	private acquire(): Promise<DuckDBConnection> {
		const c = this.herstellen ? undefined : this.idle.pop();
		if (c) {
			this.out++;
			return Promise.resolve(c);
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}
	private release(c: DuckDBConnection): void {
		if (this.herstellen) {
			// Back to the old pool, which herstel closes once every connection is back.
			this.out--;
			this.idle.push(c);
			if (this.out === 0) this.leeg?.();
			return;
		}
		const next = this.waiting.shift();
		if (next) next(c);
		else {
			this.out--;
			this.idle.push(c);
		}
	}

	/**
	 * After DuckDB's fatal error the database refuses every statement until it is opened again; the
	 * file keeps everything committed. Reopen it once every connection is back (statements on the old
	 * ones fail at once), with the same settings, and serve who waited. A database in memory has nothing
	 * to reopen from: it stays as DuckDB left it.
	 */
	private herstel(oorzaak: unknown): Promise<void> {
		if (this.file === ':memory:') return Promise.resolve();
		this.herstellen ??= (async () => {
			console.error(`DuckDB meldde een fatale fout; de database ${this.file} wordt opnieuw geopend: ${String(oorzaak).split('\n')[0]}`);
			if (this.out > 0) await new Promise<void>((r) => (this.leeg = r));
			this.leeg = null;
			for (const c of this.all) {
				try {
					c.closeSync();
				} catch {
					// An invalidated connection may refuse to close cleanly; the instance goes next.
				}
			}
			try {
				this.instance.closeSync();
			} catch {
				// As above.
			}
			this.instance = await this.heropen();
			await this.fillPool();
			this.herstarts++;
			this.herstellen = null;
			while (this.waiting.length && this.idle.length) {
				this.out++;
				this.waiting.shift()!(this.idle.pop()!);
			}
		})();
		return this.herstellen;
	}

	/** The file opened again; tried five times, a second apart, before the process gives up (and a supervisor restarts it). */
	private async heropen(): Promise<DuckDBInstance> {
		for (let poging = 1; ; poging++) {
			try {
				return await DuckDBInstance.create(this.file, this.config);
			} catch (e) {
				console.error(`De database ${this.file} kon niet opnieuw worden geopend (poging ${poging} van 5): ${String(e).split('\n')[0]}`);
				if (poging === 5) {
					console.error('De monitor stopt: start hem opnieuw (npm start). Wat vastgelegd was, staat in het databasebestand.');
					process.exit(1);
				}
				await new Promise((r) => setTimeout(r, 1000));
			}
		}
	}

	/**
	 * Run `fn` with a connection of its own (one query at a time per connection). When DuckDB fails
	 * fatally, the error goes to the caller and the database is reopened for whoever comes next.
	 */
	async withConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
		const c = await this.acquire();
		let fataal: unknown = null;
		try {
			return await fn(c);
		} catch (e) {
			if (isFatal(e)) fataal = e;
			throw e;
		} finally {
			this.release(c);
			if (fataal) void this.herstel(fataal);
		}
	}

	/**
	 * A read that met DuckDB's fatal error is asked once more on the reopened database (it changed
	 * nothing); any other statement's error goes to the caller as it was.
	 */
	async query(sql: string, params: Params = {}): Promise<QueryResult> {
		try {
			return await this.withConnection((c) => runOn(c, sql, params));
		} catch (e) {
			if (!isFatal(e) || this.file === ':memory:' || !isRead(sql)) throw e;
			await this.herstellen;
			return this.withConnection((c) => runOn(c, sql, params));
		}
	}

	/** All of `fn`, or nothing: BEGIN … COMMIT on one connection, ROLLBACK on any error. */
	async transaction<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
		return this.withConnection(async (c) => {
			await c.run('BEGIN TRANSACTION');
			try {
				const out = await fn(c);
				await c.run('COMMIT');
				return out;
			} catch (e) {
				await c.run('ROLLBACK');
				throw e;
			}
		});
	}

	/** Changes with every import that loaded data (changeData); the query and page caches are keyed on it. */
	get version(): number {
		return this.dataVersion;
	}

	/**
	 * Change the data on `c` (a connection of this database, e.g. one an import has staged its files
	 * on): `fn` and a new data version in one transaction, all of it or nothing. The version that
	 * caches see moves only after COMMIT, so no page is cached under a version whose data rolled back.
	 */
	async changeData<T>(c: DuckDBConnection, fn: () => Promise<T>): Promise<{ result: T; version: number }> {
		await c.run('BEGIN TRANSACTION');
		try {
			const result = await fn();
			const version = await bumpVersion(c);
			await c.run('COMMIT');
			this.dataVersion = version;
			return { result, version };
		} catch (e) {
			await c.run('ROLLBACK');
			throw e;
		}
	}

	async getMeta(key: string): Promise<string | null> {
		const r = await this.query(`SELECT value FROM meta WHERE key = $key`, { key });
		return (r.rows[0]?.value as string | undefined) ?? null;
	}

	close(): void {
		for (const c of this.all) c.closeSync();
		this.instance.closeSync();
	}
}

/** The next data version, written inside changeData's transaction. */
async function bumpVersion(c: DuckDBConnection): Promise<number> {
	const r = await runOn(
		c,
		`INSERT INTO meta VALUES ('data_version', '1')
		 ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS VARCHAR)
		 RETURNING value`
	);
	return Number(r.rows[0].value);
}
