/** Test helpers: a fresh in-memory database loaded from small export files written in the test. */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonitorDb } from '../../src/lib/server/db';
import { QueryRegistry } from '../../src/lib/server/queries';
import { runImport, type ImportOptions } from '../../src/lib/server/import/importer';

export function writeFiles(files: Record<string, string | Buffer>): string {
	const dir = mkdtempSync(join(tmpdir(), 'pm-test-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

export async function fixtureDb(files: Record<string, string>) {
	const db = await MonitorDb.open(':memory:');
	const dir = writeFiles(files);
	const report = await runImport(db, [dir], { user: 'test' });
	rmSync(dir, { recursive: true, force: true });
	if (!report.ok) throw new Error(`fixture did not load: ${JSON.stringify(report.groups, null, 1)}`);
	return { db, registry: new QueryRegistry(db), report };
}

export async function importInto(db: MonitorDb, files: Record<string, string | Buffer>, options: ImportOptions = {}) {
	const dir = writeFiles(files);
	try {
		return await runImport(db, [dir], { user: 'test', ...options });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A checksum per data table: equal before and after means the data did not change. */
export async function tableChecksums(db: MonitorDb): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const t of [
		'scholen',
		'telling',
		'tlv',
		'arrangementen',
		'expertteam_inzet',
		'expertteam_formatie',
		'budget_toekenning',
		'budget_besteding',
		'financien'
	]) {
		const r = await db.query(`SELECT count(*)::INTEGER AS n, coalesce(sum(hash(x)), 0)::VARCHAR AS h FROM (SELECT * FROM ${t}) x`);
		out[t] = `${r.rows[0].n}:${r.rows[0].h}`;
	}
	return out;
}
