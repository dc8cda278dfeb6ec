import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { MonitorDb, isFatal, isRead } from './db';

/**
 * DuckDB's fatal errors: after an assertion inside DuckDB ("INTERNAL Error") it refuses every statement
 * ("database has been invalidated … must be restarted"). The CI of 7596063 met one (DuckDB 1.5.5's race in
 * a window, duckdb/duckdb#25713) and every page after it answered 500 until the server was restarted.
 * DuckDB has no statement that fails this way on purpose, so the tests make the next statement on a
 * connection fail with DuckDB's own message, once; the reopening itself is DuckDB's.
 */
const INTERNAL = 'INTERNAL Error: Attempted to access index 0 within vector of size 0';
const INVALIDATED =
	'FATAL Error: Failed: database has been invalidated because of a previous fatal error. The database must be restarted prior to being used again.';

/** The next statement run on `c` fails with `message`, as DuckDB's fatal errors do. */
function failNext(c: DuckDBConnection, message: string): void {
	const run = c.runAndReadAll.bind(c);
	c.runAndReadAll = (async () => {
		c.runAndReadAll = run;
		throw new Error(message);
	}) as typeof c.runAndReadAll;
}

describe('a fatal error of DuckDB', () => {
	let dir: string;
	let db: MonitorDb;
	beforeEach(async () => {
		dir = mkdtempSync(join(tmpdir(), 'pm-db-'));
		db = await MonitorDb.open(join(dir, 'monitor.duckdb'));
		await db.query(`CREATE TABLE proef AS SELECT 42 AS x`);
	});
	afterEach(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('is recognised by its message: INTERNAL and FATAL errors, not a mistake in a statement', () => {
		expect(isFatal(new Error(INTERNAL))).toBe(true);
		expect(isFatal(new Error(INVALIDATED))).toBe(true);
		expect(isFatal(new Error('Binder Error: Referenced column "y" not found'))).toBe(false);
		expect(isFatal(new Error('Constraint Error: Duplicate key "key: a"'))).toBe(false);
	});

	it('asks only a read again: SELECT or WITH, also after the comments a query file starts with', () => {
		expect(isRead('-- tlv_aflopend: TLVs die …\n-- @param kring kring?\nWITH peil AS (SELECT 1) SELECT * FROM peil')).toBe(true);
		expect(isRead('  /* uitleg */ select 1')).toBe(true);
		expect(isRead('-- SELECT in een opmerking\nINSERT INTO proef VALUES (1)')).toBe(false);
		expect(isRead('DELETE FROM proef')).toBe(false);
	});

	it('reopens the database: a read that met it is asked again and answers, with what was committed before', async () => {
		let oud: DuckDBConnection | null = null;
		await db.withConnection(async (c) => {
			oud = c;
			failNext(c, INTERNAL);
		});
		// The pool hands out the connection released last: this read meets the failure.
		expect((await db.query(`SELECT x FROM proef`)).rows).toEqual([{ x: 42 }]);
		expect(db.herstarts).toBe(1);
		// The old connections are closed: the instance is a new one.
		await expect(oud!.run('SELECT 1')).rejects.toThrow();
		expect((await db.query(`SELECT count(*)::INTEGER AS n FROM proef`)).rows).toEqual([{ n: 1 }]);
	});

	it('gives a write that met it to its caller (nothing is done twice), and the next statements work', async () => {
		await db.withConnection(async (c) => failNext(c, INVALIDATED));
		await expect(db.query(`INSERT INTO proef VALUES (43)`)).rejects.toThrow(/invalidated/);
		// The read after it waits for the reopening and finds the table as it was.
		expect((await db.query(`SELECT list(x ORDER BY x) AS xs FROM proef`)).rows[0].xs).toBe('[42]');
		expect(db.herstarts).toBe(1);
		await db.query(`INSERT INTO proef VALUES (44)`);
		expect((await db.query(`SELECT count(*)::INTEGER AS n FROM proef`)).rows).toEqual([{ n: 2 }]);
	});

	it('waits for the connections in use, then serves everyone who asked meanwhile, once', async () => {
		let klaar!: () => void;
		const bezet = db.withConnection(async (c) => {
			await new Promise<void>((r) => (klaar = r));
			return (await c.runAndReadAll('SELECT 1 AS een')).getRowObjects();
		});
		await db.withConnection(async (c) => failNext(c, INTERNAL));
		const fout = db.withConnection((c) => c.runAndReadAll('SELECT 2'));
		await expect(fout).rejects.toThrow(/INTERNAL/);
		// While a connection is still in use the database is not reopened yet; these wait for it.
		const wachtenden = Array.from({ length: 6 }, (_, i) => db.query(`SELECT ${i} + x AS y FROM proef`));
		await new Promise((r) => setTimeout(r, 50));
		expect(db.herstarts).toBe(0);
		klaar();
		await bezet;
		expect((await Promise.all(wachtenden)).map((r) => r.rows[0].y)).toEqual([42, 43, 44, 45, 46, 47]);
		expect(db.herstarts).toBe(1);
	});

	it('tries the reopening again a second later when the file cannot be opened at once', async () => {
		const create = vi.spyOn(DuckDBInstance, 'create').mockRejectedValueOnce(new Error('IO Error: Could not set lock on file'));
		try {
			await db.withConnection(async (c) => failNext(c, INTERNAL));
			const begin = Date.now();
			expect((await db.query(`SELECT x FROM proef`)).rows).toEqual([{ x: 42 }]);
			expect(create).toHaveBeenCalledTimes(2);
			expect(Date.now() - begin).toBeGreaterThanOrEqual(900);
			expect(db.herstarts).toBe(1);
		} finally {
			create.mockRestore();
		}
	});

	it('is not reopened for a database in memory (it would come back empty)', async () => {
		const mem = await MonitorDb.open(':memory:');
		await mem.query(`CREATE TABLE t AS SELECT 1 AS x`);
		await mem.withConnection(async (c) => failNext(c, INTERNAL));
		await expect(mem.query(`SELECT x FROM t`)).rejects.toThrow(/INTERNAL/);
		expect((await mem.query(`SELECT x FROM t`)).rows).toEqual([{ x: 1 }]);
		expect(mem.herstarts).toBe(0);
		mem.close();
	});
});
