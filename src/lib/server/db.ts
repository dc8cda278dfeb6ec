/**
 * Owns DuckDB: the instance (file from MONITOR_DB), the schema of the canonical tables, a small
 * connection pool, and the conversion of results into plain JS values (no bigint, dates as
 * 'YYYY-MM-DD' strings) so nothing downstream has to know DuckDB's types.
 *
 * Plain relative imports only: the CLI scripts (import, demo, bench) load this module outside Vite.
 */
import { DuckDBInstance, DuckDBTypeId, VARCHAR, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { TABLES, ddl, sqlType } from './import/specs';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export type ColumnKind = 'number' | 'string' | 'date' | 'boolean';
export interface QueryResult {
	columns: { name: string; kind: ColumnKind }[];
	rows: Row[];
}
export type Params = Record<string, string | number | boolean | null>;

export const DEFAULT_DB = 'data/monitor.duckdb';
export const REFERENCE_FILE = 'data/reference/landelijk.csv';

/** SQL building blocks shared by queries/, created after the canonical tables they read. */
const MACRO_DDL = [
	// The schoolbudget per school location and schooljaar (all schooljaren when \`gekozen\` is NULL):
	// toegekend, besteed, pupils at the reference teldatum and distinct pupils with an arrangement that
	// overlaps the schooljaar. One base for budget_kringen and budget_school, so they cannot drift apart.
	`CREATE OR REPLACE MACRO budget_per_school(gekozen) AS TABLE
	WITH jaren AS (
	SELECT sj, make_date(CAST(left(sj, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(sj, 4) AS INTEGER) + 1, 7, 31) AS einde
	FROM (SELECT schooljaar AS sj FROM budget_toekenning UNION SELECT schooljaar FROM budget_besteding)
	WHERE gekozen IS NULL OR sj = gekozen
),
toegekend AS (
	SELECT schooljaar AS sj, brin, vestiging, sum(bedrag) AS toegekend FROM budget_toekenning GROUP BY ALL
),
besteed AS (
	SELECT schooljaar AS sj, brin, vestiging, sum(bedrag) AS besteed FROM budget_besteding GROUP BY ALL
),
referentie AS (
	SELECT j.sj, min(t.teldatum) AS teldatum FROM jaren j JOIN telling t ON schooljaar(t.teldatum) = j.sj GROUP BY j.sj
),
ondersteund AS (
	SELECT j.sj, a.brin, a.vestiging, count(DISTINCT a.leerling) AS ondersteund
	FROM jaren j JOIN arrangementen a ON a.leerling IS NOT NULL AND a.startdatum <= j.einde AND (a.einddatum IS NULL OR a.einddatum >= j.begin)
	GROUP BY ALL
),
scholen_in_beeld AS (
	SELECT brin, vestiging FROM scholen WHERE soort IN ('bao', 'sbo') AND kring IS NOT NULL
	UNION SELECT brin, vestiging FROM toegekend UNION SELECT brin, vestiging FROM besteed
),
per_school AS (
	SELECT j.sj, s.brin, s.vestiging, s.kring, t.toegekend, coalesce(b.besteed, 0) AS besteed, tl.leerlingen, coalesce(o.ondersteund, 0) AS ondersteund
	FROM jaren j
	CROSS JOIN scholen_in_beeld x
	JOIN scholen s USING (brin, vestiging)
	LEFT JOIN toegekend t ON t.sj = j.sj AND t.brin = s.brin AND t.vestiging = s.vestiging
	LEFT JOIN besteed b ON b.sj = j.sj AND b.brin = s.brin AND b.vestiging = s.vestiging
	LEFT JOIN ondersteund o ON o.sj = j.sj AND o.brin = s.brin AND o.vestiging = s.vestiging
	LEFT JOIN referentie r ON r.sj = j.sj
	LEFT JOIN telling tl ON tl.teldatum = r.teldatum AND tl.brin = s.brin AND tl.vestiging = s.vestiging
)
	SELECT * FROM per_school`
];

/** Tables the monitor itself writes; imports never touch them. */
const META_DDL = [
	`CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)`,
	`CREATE SEQUENCE IF NOT EXISTS import_log_seq`,
	`CREATE TABLE IF NOT EXISTS import_log (
		id INTEGER DEFAULT nextval('import_log_seq') PRIMARY KEY,
		tijdstip TIMESTAMP NOT NULL, gebruiker VARCHAR NOT NULL, uitkomst VARCHAR NOT NULL,
		bestanden JSON NOT NULL, rijen JSON NOT NULL, meldingen INTEGER NOT NULL)`,
	// Accounts, sessions and the audit log (roles issue; src/lib/server/auth/). Imports never touch them.
	`CREATE TABLE IF NOT EXISTS gebruikers (
		naam VARCHAR PRIMARY KEY, rol VARCHAR NOT NULL, scholen VARCHAR NOT NULL DEFAULT '',
		wachtwoord VARCHAR NOT NULL, demo BOOLEAN NOT NULL DEFAULT false,
		aangemaakt TIMESTAMP NOT NULL, gewijzigd TIMESTAMP NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS sessies (
		token_hash VARCHAR PRIMARY KEY, gebruiker VARCHAR NOT NULL,
		aangemaakt TIMESTAMP NOT NULL, verloopt TIMESTAMP NOT NULL)`,
	`CREATE SEQUENCE IF NOT EXISTS audit_log_seq`,
	`CREATE TABLE IF NOT EXISTS audit_log (
		id INTEGER DEFAULT nextval('audit_log_seq') PRIMARY KEY,
		tijdstip TIMESTAMP NOT NULL, gebruiker VARCHAR, gebeurtenis VARCHAR NOT NULL,
		details VARCHAR NOT NULL DEFAULT '', ip VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS referentie_landelijk (
		jaar INTEGER NOT NULL, indicator VARCHAR NOT NULL, waarde DOUBLE NOT NULL, eenheid VARCHAR NOT NULL,
		definitie VARCHAR NOT NULL, zelfde_definitie BOOLEAN NOT NULL, bron VARCHAR NOT NULL)`,
	// Toelichtingen (notes beside a figure): one row per (metric, niveau, sleutel, schooljaar); every
	// edit is a new row in toelichting_versie, so nothing is ever lost. Deleting sets verwijderd_op.
	`CREATE SEQUENCE IF NOT EXISTS toelichting_seq`,
	`CREATE TABLE IF NOT EXISTS toelichting (
		id INTEGER NOT NULL, metric VARCHAR NOT NULL, niveau VARCHAR NOT NULL, sleutel VARCHAR NOT NULL,
		schooljaar VARCHAR NOT NULL, versie INTEGER NOT NULL, verwijderd_op TIMESTAMP, verwijderd_door VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS toelichting_versie (
		toelichting_id INTEGER NOT NULL, versie INTEGER NOT NULL, tekst VARCHAR NOT NULL, auteur VARCHAR NOT NULL,
		rol VARCHAR NOT NULL, tijdstip TIMESTAMP NOT NULL, hersteld_van INTEGER)`,
	// Schooljaar of a date: 1 August … 31 July, written '2024-2025'.
	`CREATE OR REPLACE MACRO schooljaar(d) AS
		CAST(year(d) - CASE WHEN month(d) < 8 THEN 1 ELSE 0 END AS VARCHAR) || '-' ||
		CAST(year(d) - CASE WHEN month(d) < 8 THEN 1 ELSE 0 END + 1 AS VARCHAR)`
];

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
		case DuckDBTypeId.TINYINT: case DuckDBTypeId.SMALLINT: case DuckDBTypeId.INTEGER: case DuckDBTypeId.BIGINT:
		case DuckDBTypeId.HUGEINT: case DuckDBTypeId.UTINYINT: case DuckDBTypeId.USMALLINT: case DuckDBTypeId.UINTEGER:
		case DuckDBTypeId.UBIGINT: case DuckDBTypeId.FLOAT: case DuckDBTypeId.DOUBLE: case DuckDBTypeId.DECIMAL:
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

export class MonitorDb {
	private idle: DuckDBConnection[] = [];
	private waiting: ((c: DuckDBConnection) => void)[] = [];
	private all: DuckDBConnection[] = [];
	/** Changes with every successful import; the query cache is keyed on it. */
	version = 0;
	/** DuckDB's memory limit as opened with (null: DuckDB's default); an import raises it for a while. */
	memoryLimit: string | null = null;

	private constructor(
		readonly file: string,
		private instance: DuckDBInstance
	) {}

	static async open(file: string, options: { poolSize?: number; readOnly?: boolean; memoryLimit?: string } = {}): Promise<MonitorDb> {
		const config: Record<string, string> = {};
		if (options.readOnly) config.access_mode = 'READ_ONLY';
		// DuckDB's buffer pool; beyond it, large operations spill to disk instead of growing the process.
		if (options.memoryLimit) config.memory_limit = options.memoryLimit;
		const instance = await DuckDBInstance.create(file, config);
		const db = new MonitorDb(file, instance);
		db.memoryLimit = options.memoryLimit ?? null;
		const size = options.poolSize ?? 3;
		for (let i = 0; i < size; i++) {
			const c = await instance.connect();
			db.all.push(c);
			db.idle.push(c);
		}
		if (!options.readOnly) await db.ensureSchema();
		db.version = Number((await db.query(`SELECT value FROM meta WHERE key = 'data_version'`)).rows[0]?.value ?? 0);
		return db;
	}

	private async ensureSchema(): Promise<void> {
		await this.withConnection(async (c) => {
			for (const s of [...META_DDL, ...TABLES.map(ddl), ...MACRO_DDL]) await c.run(s);
			// A database made by an older version gains the optional columns added to the specs since.
			for (const t of TABLES) {
				for (const col of t.columns.filter((x) => !x.required)) await c.run(`ALTER TABLE ${t.name} ADD COLUMN IF NOT EXISTS ${col.name} ${sqlType(col.type)}`);
			}
			// The national reference ships with the monitor: refreshed from its file at every start.
			const ref = process.env.REFERENCE_FILE ?? REFERENCE_FILE;
			if (existsSync(ref)) {
				await c.run('BEGIN TRANSACTION');
				await c.run('DELETE FROM referentie_landelijk');
				await c.run(`INSERT INTO referentie_landelijk SELECT jaar, indicator, waarde, eenheid, definitie, zelfde_definitie = 'ja', bron
					FROM read_csv('${ref.replace(/'/g, "''")}', header = true, auto_detect = true)`);
				await c.run('COMMIT');
			}
		});
	}

	private acquire(): Promise<DuckDBConnection> {
		const c = this.idle.pop();
		if (c) return Promise.resolve(c);
		return new Promise((resolve) => this.waiting.push(resolve));
	}
	private release(c: DuckDBConnection): void {
		const next = this.waiting.shift();
		if (next) next(c);
		else this.idle.push(c);
	}

	/** Run `fn` with a connection of its own (one query at a time per connection). */
	async withConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
		const c = await this.acquire();
		try {
			return await fn(c);
		} finally {
			this.release(c);
		}
	}

	query(sql: string, params: Params = {}): Promise<QueryResult> {
		return this.withConnection((c) => runOn(c, sql, params));
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

	async getMeta(key: string): Promise<string | null> {
		const r = await this.query(`SELECT value FROM meta WHERE key = $key`, { key });
		return (r.rows[0]?.value as string | undefined) ?? null;
	}

	close(): void {
		for (const c of this.all) c.closeSync();
		this.instance.closeSync();
	}
}

/** Bump the data version inside an import's transaction. */
export async function bumpVersion(c: DuckDBConnection): Promise<number> {
	const r = await runOn(
		c,
		`INSERT INTO meta VALUES ('data_version', '1')
		 ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS VARCHAR)
		 RETURNING value`
	);
	return Number(r.rows[0].value);
}
