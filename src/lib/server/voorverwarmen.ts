/**
 * After an import every page is cold: the first person to open one waits for DuckDB. So right after
 * an import loaded data, the pages people open most are rendered in the background, for every
 * account that sees the whole SWV (bestuur, adviseur), into the page cache (page-cache.ts), which is
 * keyed per account. The import's answer does not wait for it: `warmAfterImport` starts the work and
 * returns at once.
 *
 * A page is rendered by an internal request (SvelteKit's `event.fetch`) made inside `warming.run`;
 * hooks.server.ts takes the account from this store instead of a session cookie. Only code in this
 * process can enter the store, so no request from outside can render as someone else. The access
 * table still decides, and the query registry still applies the account's scope.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MonitorDb } from './db';
import type { User } from './auth/accounts';
import { isDemo } from './auth/accounts';

/** The pages opened most (the default schooljaar: no filters), in the order they are warmed. */
export const WARM_PATHS = ['/', '/deelname', '/verwijzingen', '/expertteam', '/budget', '/jaarverslag'] as const;

/** WARM_PATHS and the jaarverslag of the default schooljaar (the newest with a teldatum, as pagina.ts resolves it). */
export async function warmPaths(db: MonitorDb): Promise<string[]> {
	const r = await db.query(`SELECT max(schooljaar(teldatum)) AS jaar FROM telling`);
	const jaar = r.rows[0]?.jaar;
	return [...WARM_PATHS, ...(jaar ? [`/jaarverslag/${jaar}`] : [])];
}
/** Accounts warmed at most, those with the latest sessions first (a page costs some 100 kB of cache). */
export const WARM_ACCOUNTS = 8;

const warming = new AsyncLocalStorage<User>();

/** The account a background render is made for, or null for every ordinary request. */
export function warmingUser(): User | null {
	return warming.getStore() ?? null;
}

export interface WarmStatus {
	/** The data version being warmed; null before the first import of this process. */
	version: number | null;
	/** Figures asked before the import and computed again for the new data (QueryRegistry.herbereken). */
	figuren: number;
	klaar: number;
	totaal: number;
	bezig: boolean;
}
let status: WarmStatus = { version: null, figuren: 0, klaar: 0, totaal: 0, bezig: false };

/** How far the last warm-up got (shown on the import page). */
export function warmStatus(): WarmStatus {
	return { ...status };
}

/** Bestuur and adviseur accounts that can log in, those with the latest sessions first. */
async function accountsToWarm(db: MonitorDb): Promise<User[]> {
	const demo = await isDemo(db);
	const r = await db.query(
		`SELECT g.naam, g.rol, g.demo FROM gebruikers g
		 LEFT JOIN (SELECT gebruiker, max(verloopt) AS laatst FROM sessies GROUP BY gebruiker) s ON s.gebruiker = g.naam
		 WHERE g.rol IN ('bestuur', 'adviseur') AND (g.demo = false OR $demo = 'true')
		 ORDER BY s.laatst DESC NULLS LAST, g.naam LIMIT ${WARM_ACCOUNTS}`,
		{ demo }
	);
	return r.rows.map((row) => ({ name: String(row.naam), role: row.rol as User['role'], schools: [], demo: row.demo === true }));
}

type Fetch = (path: string) => Promise<Response>;

/**
 * Render the most opened pages for the SWV accounts, one at a time (so people asking meanwhile get
 * their turn at the query gate). Stops when another import moves the data version. `voorElkePagina` is
 * awaited before each page; `naImport: false` (the warm-up after a start) leaves the import page's status
 * alone, which tells what happened after the last import.
 */
export async function warmPages(
	db: MonitorDb,
	fetcher: Fetch,
	{ voorElkePagina = async () => {}, naImport = true }: { voorElkePagina?: () => Promise<void>; naImport?: boolean } = {}
): Promise<WarmStatus> {
	const version = db.version;
	const [users, paths] = await Promise.all([accountsToWarm(db), warmPaths(db)]);
	const jobs = users.flatMap((user) => paths.map((path) => ({ user, path })));
	const mijn: WarmStatus = { version, figuren: naImport && status.version === version ? status.figuren : 0, klaar: 0, totaal: jobs.length, bezig: true };
	if (naImport) status = mijn;
	try {
		for (const { user, path } of jobs) {
			await voorElkePagina();
			if (db.version !== version) break;
			try {
				const response = await warming.run(user, () => fetcher(path));
				await response.arrayBuffer();
			} catch (e) {
				console.error(`Voorverwarmen van ${path} voor ${user.name} mislukte:`, e);
			}
			mijn.klaar++;
		}
	} finally {
		mijn.bezig = false;
	}
	return { ...mijn };
}

/**
 * Start the background work after an import that loaded data; returns at once (the answer never waits
 * for it). First the figures people asked for before the import are computed again for the new data
 * (`herbereken`, the query registry's), so every page they used opens without waiting for DuckDB; then
 * the most opened pages are rendered for the SWV accounts. One line in the server log says what was done.
 */
export function warmAfterImport(db: MonitorDb, fetcher: Fetch, herbereken: () => Promise<number> = async () => 0): void {
	const version = db.version;
	status = { version, figuren: 0, klaar: 0, totaal: 0, bezig: true };
	setImmediate(async () => {
		const start = Date.now();
		try {
			const figuren = await herbereken();
			if (status.version === version) status.figuren = figuren;
			const klaar = await warmPages(db, fetcher);
			console.log(
				`Na de import (gegevensversie ${version}): ${figuren} cijfers opnieuw berekend, ${klaar.klaar} van ${klaar.totaal} pagina's klaargezet, in ${((Date.now() - start) / 1000).toFixed(1).replace('.', ',')} s.`
			);
		} catch (e) {
			console.error('Voorverwarmen mislukte:', e);
		} finally {
			if (status.version === version) status.bezig = false;
		}
	});
}

let naStart = false;
/** People's requests running now, and when the last one ended (hooks.server.ts counts them). */
let actief = 0;
let laatst = 0;
export function persoonBegint(): void {
	actief++;
}
export function persoonKlaar(): void {
	actief--;
	laatst = Date.now();
}
/** Resolves once nobody's request has run for `ms` (checked every 100 ms). */
async function stil(ms: number): Promise<void> {
	while (actief > 0 || Date.now() - laatst < ms) await new Promise((r) => setTimeout(r, 100));
}
/** How long nobody must have asked anything before the warm-up after a start renders its next page. */
export const STIL_MS = 1000;

/**
 * After a start of the server nothing is computed either: the first request anyone makes (the login
 * page, most likely) starts the same background renders as an import, once per process, so the board
 * that opens the monitor after an update or a restart does not meet cold pages. Not awaited; each page
 * after a quiet second (no request of a person running or ended within it), and behind every person
 * asking at the query gate.
 */
export function warmAfterStart(db: MonitorDb, fetcher: Fetch): void {
	// MONITOR_WARM_AT_START=0 leaves it out (npm run bench, to time a page on a server that computed nothing).
	if (naStart || process.env.MONITOR_WARM_AT_START === '0') return;
	naStart = true;
	setImmediate(async () => {
		const start = Date.now();
		try {
			// Unlike after an import (when people wait for the new figures), nobody is waiting for these pages:
			// each is rendered only after a quiet second, so the first person after a start (a PDF, a heavy page)
			// never shares the server with it.
			const klaar = await warmPages(db, fetcher, { voorElkePagina: () => stil(STIL_MS), naImport: false });
			console.log(`Na de start: ${klaar.klaar} van ${klaar.totaal} pagina's klaargezet, in ${((Date.now() - start) / 1000).toFixed(1).replace('.', ',')} s.`);
		} catch (e) {
			console.error('Voorverwarmen na de start mislukte:', e);
		}
	});
}
