/**
 * The import log keeps its moments in UTC, like the audit log and the toelichtingen, so that the one
 * formatter (formatTijdstip) shows them in Europe/Amsterdam. A server whose clock or DuckDB runs in
 * Europe/Amsterdam must not store local time (which would then be shown an hour or two late).
 */
import { describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { importLog } from '../../src/lib/server/import/log';
import { formatTijdstip } from '../../src/lib/format';
import { FIXTURE } from './fixture';
import { importInto } from './helpers';

describe('import log time', () => {
	it('is stored in UTC even when DuckDB runs in Europe/Amsterdam, and shown in Amsterdam time', async () => {
		const db = await MonitorDb.open(':memory:');
		await db.query(`SET GLOBAL TimeZone = 'Europe/Amsterdam'`);
		const voor = Date.now();
		expect((await importInto(db, FIXTURE)).ok).toBe(true);
		const na = Date.now();
		const [regel] = await importLog(db);
		const opgeslagen = Date.parse(`${regel.tijdstip}Z`);
		// Whole seconds in the log: allow the second that was cut off.
		expect(opgeslagen).toBeGreaterThanOrEqual(voor - 1000);
		expect(opgeslagen).toBeLessThanOrEqual(na);
		expect(formatTijdstip(regel.tijdstip)).toBe(formatTijdstip(new Date(opgeslagen)));
		db.close();
	});
});
