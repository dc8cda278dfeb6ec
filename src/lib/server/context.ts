/**
 * The server's one database and query registry. On first use it opens MONITOR_DB and, when that
 * file does not exist yet, builds it from the demo exports in data/demo/ (with MONITOR_DEMO=vo: the VO
 * demo in data/demo-vo/, into data/monitor-vo.duckdb unless MONITOR_DB says otherwise) so a new user sees a full
 * dashboard at once, with demo accounts (one per role) that the login page offers in one click.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MonitorDb, DEFAULT_DB } from './db';
import { QueryRegistry } from './queries';
import { runImport } from './import/importer';
import { startUploadHousekeeping } from './import/uploads';
import { reportText } from './import/report';
import { ensureDemoAccounts, isDemo, markDemo } from './auth/accounts';

export const DEMO_DIR = 'data/demo';
/** The VO demo (issue 16): `MONITOR_DEMO=vo npm start` serves it, from a database of its own. */
export const DEMO_VO_DIR = 'data/demo-vo';
export const DEMO_VO_DB = 'data/monitor-vo.duckdb';

/** Which demo a new database is built from: MONITOR_DEMO=vo for the VO demo, else the PO demo. */
export function demoChoice(env: Record<string, string | undefined> = process.env): { dir: string; db: string } {
	const keuze = (env.MONITOR_DEMO ?? 'po').trim().toLowerCase();
	if (keuze === 'vo') return { dir: DEMO_VO_DIR, db: env.MONITOR_DB ?? DEMO_VO_DB };
	if (keuze === 'po' || keuze === '') return { dir: DEMO_DIR, db: env.MONITOR_DB ?? DEFAULT_DB };
	throw new Error(`MONITOR_DEMO=${env.MONITOR_DEMO} is onbekend: gebruik MONITOR_DEMO=vo voor de VO-demo, of laat het weg voor de PO-demo.`);
}

interface Context {
	db: MonitorDb;
	registry: QueryRegistry;
}

let ready: Promise<Context> | null = null;

/**
 * DuckDB's memory for the server (MONITOR_DUCKDB_MEMORY): a school-board server is modest. Figure
 * queries run one at a time (queries.ts), and every page of a 1-million-pupil SWV fits in this
 * (spilling to disk where it must); an import raises it while it runs (MONITOR_IMPORT_MEMORY).
 */
const SERVER_MEMORY = process.env.MONITOR_DUCKDB_MEMORY ?? '128MB';

export async function openDatabase(file: string, demoDir = DEMO_DIR): Promise<MonitorDb> {
	const isNew = !existsSync(file);
	if (isNew) mkdirSync(dirname(file), { recursive: true });
	const db = await MonitorDb.open(file, { memoryLimit: SERVER_MEMORY });
	if (isNew) {
		const report = await runImport(db, [demoDir], { user: 'demo' });
		if (!report.ok) throw new Error(`De demodata konden niet worden ingelezen:\n${reportText(report)}`);
		await markDemo(db);
		console.log(`Database ${file} gemaakt uit de demodata in ${demoDir}/.`);
	}
	// One account per role, offered on the login page while this is the demo database (also for a
	// demo database made before accounts existed).
	if (await isDemo(db)) await ensureDemoAccounts(db);
	return db;
}

export function context(): Promise<Context> {
	ready ??= (async () => {
		// Uploads left by a previous run (pupil-level exports) are removed at start.
		startUploadHousekeeping();
		const demo = demoChoice();
		const db = await openDatabase(demo.db, demo.dir);
		return { db, registry: new QueryRegistry(db) };
	})();
	return ready;
}
