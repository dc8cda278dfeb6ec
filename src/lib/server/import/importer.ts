/**
 * One import: a set of files, validated completely before anything is written, then loaded in one
 * transaction (all of it, or nothing). Re-importing replaces exactly what the new files cover
 * (FORMATS.md, Loading). Text written in the monitor itself lives in other tables and is never touched.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { bumpVersion, runOn, type MonitorDb } from '../db';
import { TABLES, derivedColumns, type ColumnSpec, type TableSpec } from './specs';
import { cell, ident, parseExpr, q, typeHint } from './parse';
import { NAAM_MAX, NAAM_REGEL, STUURTEKENS_SQL, VERBODEN_IN_NAAM_SQL } from '../../naam';
import { READABLE, isOutOfMemory, stageFile, type StagedFile } from './read';
import { groupProblems, sortGroups, EXAMPLES_PER_GROUP, type ImportReport, type Problem, type ProblemGroup, type Level } from './report';

export interface ImportOptions {
	dryRun?: boolean;
	user?: string;
	/** Original names of the files (uploads are stored under temporary names). */
	names?: Map<string, string>;
	/** Told what the import is doing, in Dutch (the CLI prints it; large files take a while). */
	onProgress?: (message: string) => void;
	/**
	 * Read the files in a child process with its own memory limits (apart.ts): the web import does,
	 * so no upload can take the server down. The command line reads them itself.
	 */
	isolate?: boolean;
}

/** Files and folders → the files to read, sorted so an import is repeatable. */
export function expandPaths(paths: string[]): string[] {
	const out: string[] = [];
	for (const p of paths) {
		if (statSync(p).isDirectory()) {
			for (const f of readdirSync(p).sort()) {
				const full = join(p, f);
				// Skip hidden files and the lock files Excel leaves next to an open workbook (~$tlv.xlsx).
				if (statSync(full).isFile() && READABLE.has(extname(f).toLowerCase()) && !/^[.~]/.test(f)) out.push(full);
			}
		} else out.push(p);
	}
	return out;
}

interface Check {
	kind: string;
	level: Level;
	column: string | null;
	/** SQL condition on norm rows that marks a problem. */
	where: string;
	/** SQL for the value shown in the message. */
	value: string;
	problem: string;
	fix: string;
}

function columnChecks(spec: TableSpec, mapped: Set<string>): Check[] {
	const checks: Check[] = [];
	for (const c of spec.columns) {
		if (!mapped.has(c.name) && c.type !== 'vestiging') continue;
		const raw = ident(`${c.name}__raw`);
		const val = ident(c.name);
		if (c.required && c.type !== 'vestiging') {
			checks.push({
				kind: 'verplicht_leeg', level: 'fout', column: c.name, where: `${raw} IS NULL`, value: 'NULL',
				problem: `Het verplichte veld ${c.name} is leeg.`, fix: `Vul ${c.name} in: ${c.description}.`
			});
		}
		checks.push({
			kind: `${c.type}_ongeldig`, level: 'fout', column: c.name, where: `${raw} IS NOT NULL AND ${val} IS NULL`, value: raw,
			problem: invalidText(c), fix: typeHint(c)
		});
		if (c.type === 'text' && !c.values) {
			// Names go into pages, filters, URLs and the jaarverslag: one rule for all of them ($lib/naam).
			checks.push({
				kind: 'tekens_ongeldig', level: 'fout', column: c.name,
				where: `regexp_matches(${raw}, '${VERBODEN_IN_NAAM_SQL}')`,
				// Control characters made visible (·); < and > are shown as they are (the report escapes them).
				value: `regexp_replace(${raw}, '${STUURTEKENS_SQL}', '·', 'g')`,
				problem: `${c.name} bevat een teken dat in een naam niet mag: ${NAAM_REGEL} (onzichtbare tekens getoond als ·).`,
				fix: `Haal dat teken uit ${c.name} en lees het bestand opnieuw in. Letters, cijfers en tekens als ’ ' + & ( ) / - . , mogen.`
			});
			checks.push({
				kind: 'te_lang', level: 'fout', column: c.name, where: `length(${raw}) > ${NAAM_MAX}`, value: `left(${raw}, 60) || '…'`,
				problem: `${c.name} is langer dan ${NAAM_MAX} tekens.`, fix: `Kort ${c.name} in tot hoogstens ${NAAM_MAX} tekens en lees het bestand opnieuw in.`
			});
		}
		if (c.min !== undefined) {
			checks.push({
				kind: 'te_klein', level: 'fout', column: c.name, where: `${val} ${c.minExclusive ? '<=' : '<'} ${c.min}`, value: raw,
				problem: `${c.name} moet ${c.minExclusive ? 'groter dan' : 'minstens'} ${String(c.min).replace('.', ',')} zijn.`,
				fix: `Corrigeer de waarde: ${c.description}.`
			});
		}
		if (c.max !== undefined) {
			checks.push({
				kind: 'te_groot', level: 'fout', column: c.name, where: `${val} > ${c.max}`, value: raw,
				problem: `${c.name} mag hoogstens ${String(c.max).replace('.', ',')} zijn.`, fix: `Corrigeer de waarde: ${c.description}.`
			});
		}
	}
	return checks;
}

function invalidText(c: ColumnSpec): string {
	switch (c.type) {
		case 'date': return 'Dit is geen geldige datum.';
		case 'integer': return 'Dit is geen geheel getal.';
		case 'decimal': return 'Dit is geen getal.';
		case 'euro': return 'Dit is geen bedrag.';
		case 'schooljaar': return 'Dit is geen schooljaar.';
		case 'brin': return 'Dit is geen geldig BRIN-nummer.';
		case 'vestiging': return 'Dit is geen geldig vestigingsnummer.';
		case 'text': return c.values ? `Deze waarde is niet toegestaan voor ${c.name}.` : 'Ongeldige waarde.';
	}
}

const SCHOOL_KEY = (p = '') => `${ident(`${p}brin`)} || ${ident(`${p}vestiging`)}`;

/** Rules that involve more than one column, or other tables (references). */
function tableChecks(spec: TableSpec, mapped: Set<string>): Check[] {
	const checks: Check[] = [];
	const has = (c: string) => mapped.has(c);
	const known = `(SELECT brin || vestiging FROM scholen UNION SELECT brin || vestiging FROM norm_scholen)`;
	const kringen = `(SELECT kring FROM scholen WHERE kring IS NOT NULL UNION SELECT kring FROM norm_scholen WHERE kring IS NOT NULL)`;
	const schoolRef = (p = ''): Check => ({
		kind: 'school_onbekend', level: 'fout', column: `${p}brin`,
		where: `${ident(`${p}brin`)} IS NOT NULL AND ${ident(`${p}vestiging`)} IS NOT NULL AND ${SCHOOL_KEY(p)} NOT IN ${known}`,
		value: SCHOOL_KEY(p),
		problem: 'Deze school (brin + vestiging) staat niet in scholen.',
		fix: 'Voeg de school toe aan scholen (in deze import of eerder), of corrigeer brin en vestiging.'
	});
	const order = (from: string, to: string, level: Level = 'fout'): Check => ({
		kind: 'volgorde_datums', level, column: to, where: `${ident(to)} < ${ident(from)}`,
		value: `strftime(${ident(to)}, '%d-%m-%Y') || ' < ' || strftime(${ident(from)}, '%d-%m-%Y')`,
		problem: `${to} ligt vóór ${from}.`,
		fix: level === 'fout' ? `Maak ${to} gelijk aan of later dan ${from}, of laat ${to} leeg.` : `Controleer ${from} en ${to}; de regel wordt wel ingelezen.`
	});
	switch (spec.name) {
		case 'scholen':
			checks.push({
				kind: 'kring_ontbreekt', level: 'fout', column: 'kring', where: `soort IN ('bao', 'sbo') AND kring IS NULL`, value: 'naam',
				problem: 'Een bao- of sbo-school hoort bij een kring, maar kring is leeg.', fix: 'Vul de kring van de school in.'
			});
			break;
		case 'telling':
			checks.push(schoolRef());
			checks.push({
				kind: 'teldatum_ongebruikelijk', level: 'waarschuwing', column: 'teldatum',
				where: `teldatum IS NOT NULL AND NOT ((month(teldatum) = 10 OR month(teldatum) = 2) AND day(teldatum) = 1)`,
				value: `strftime(teldatum, '%d-%m-%Y')`,
				problem: 'De teldatum is niet 1 oktober of 1 februari.', fix: 'Controleer de teldatum; de telling wordt wel ingelezen.'
			});
			checks.push({
				kind: 'schatting', level: 'waarschuwing', column: 'leerlingen', where: 'leerlingen_min IS NOT NULL OR leerlingen_max IS NOT NULL',
				value: `CAST(leerlingen AS VARCHAR) || ' (' || coalesce(CAST(leerlingen_min AS VARCHAR), '?') || ' tot ' || coalesce(CAST(leerlingen_max AS VARCHAR), '?') || ')'`,
				problem: 'Dit aantal is een schatting: er zaten cellen met <5 (1 tot 4 leerlingen) in. Opgeslagen is het midden, met de onder- en bovengrens erbij.',
				fix: 'Niets nodig; de monitor bewaart het aantal als schatting. Een exacte telling uit uw eigen administratie is nauwkeuriger.'
			});
			checks.push({
				kind: 'schatting_ongeldig', level: 'fout', column: 'leerlingen',
				where: 'leerlingen < leerlingen_min OR leerlingen > leerlingen_max OR leerlingen_min > leerlingen_max',
				value: `CAST(leerlingen AS VARCHAR) || ' (' || coalesce(CAST(leerlingen_min AS VARCHAR), '?') || ' tot ' || coalesce(CAST(leerlingen_max AS VARCHAR), '?') || ')'`,
				problem: 'leerlingen ligt niet tussen leerlingen_min en leerlingen_max.', fix: 'Corrigeer de onder- of bovengrens, of laat beide leeg bij een exact aantal.'
			});
			break;
		case 'tlv':
			if (has('einddatum')) checks.push(order('ingangsdatum', 'einddatum'));
			if (has('aanvraagdatum')) checks.push(order('aanvraagdatum', 'besluitdatum', 'waarschuwing'));
			if (has('herkomst_brin')) checks.push(schoolRef('herkomst_'));
			checks.push({
				kind: 'categorie_ontbreekt', level: 'fout', column: 'categorie', where: `soort = 'so' AND categorie IS NULL AND categorie__raw IS NULL`, value: 'tlv_id',
				problem: 'Een so-TLV heeft een categorie nodig.', fix: 'Vul categorie in: laag, midden of hoog (of 1, 2, 3).'
			});
			break;
		case 'arrangementen':
			checks.push(schoolRef());
			if (has('einddatum')) checks.push(order('startdatum', 'einddatum'));
			if (has('evaluatiedatum')) checks.push(order('startdatum', 'evaluatiedatum', 'waarschuwing'));
			break;
		case 'expertteam_inzet':
			checks.push(schoolRef());
			checks.push({
				kind: 'kring_onbekend', level: 'fout', column: 'kring', where: `kring IS NOT NULL AND kring NOT IN ${kringen}`, value: 'kring',
				problem: 'Deze kring komt in scholen niet voor.', fix: 'Gebruik de naam van de kring zoals in scholen, of voeg de scholen van de kring toe.'
			});
			{
				const all = spec.columns.map((c) => ident(c.name)).join(', ');
				checks.push({
					kind: 'dubbele_regel', level: 'waarschuwing', column: null, where: `count(*) OVER (PARTITION BY ${all}) > 1`,
					value: `strftime(datum, '%d-%m-%Y') || ' ' || kring || ' ' || expert || ' ' || CAST(uren AS VARCHAR) || ' uur'`,
					problem: 'Deze regel komt meer dan eens voor, met precies dezelfde waarden.',
					fix: 'Controleer of de inzet echt twee keer geleverd is; zo niet, verwijder de dubbele regel. De regels worden wel ingelezen.'
				});
			}
			break;
		case 'expertteam_formatie':
			checks.push({
				kind: 'kring_onbekend', level: 'fout', column: 'kring', where: `kring IS NOT NULL AND kring NOT IN ${kringen}`, value: 'kring',
				problem: 'Deze kring komt in scholen niet voor.', fix: 'Gebruik de naam van de kring zoals in scholen, of voeg de scholen van de kring toe.'
			});
			break;
		case 'budget_toekenning':
		case 'budget_besteding':
			checks.push(schoolRef());
			break;
	}
	if (spec.key) {
		const key = spec.key.map(ident).join(', ');
		checks.push({
			kind: 'dubbel', level: 'fout', column: spec.key.join(' + '),
			where: `${spec.key.map((k) => `${ident(k)} IS NOT NULL`).join(' AND ')} AND count(*) OVER (PARTITION BY ${key}) > 1`,
			value: spec.key.map((k) => `CAST(${ident(k)} AS VARCHAR)`).join(` || ' ' || `),
			problem: `Dezelfde ${spec.key.join(' + ')} komt meer dan eens voor.`, fix: 'Houd één regel per sleutel over, of corrigeer de dubbele.'
		});
	}
	return checks;
}

async function runCheck(conn: DuckDBConnection, table: string, c: Check): Promise<ProblemGroup[]> {
	const window = c.where.includes(' OVER ');
	const base = window
		? `(SELECT *, (${c.where}) AS __hit FROM norm_${table}) WHERE __hit`
		: `norm_${table} WHERE ${c.where}`;
	const r = await runOn(
		conn,
		`SELECT __file AS file, count(*)::INTEGER AS n,
			to_json(list({'rij': __rij, 'waarde': CAST(${c.value} AS VARCHAR)} ORDER BY __rij)[1:${EXAMPLES_PER_GROUP}]) AS ex
		 FROM ${base} GROUP BY __file ORDER BY __file`
	);
	return r.rows.map((row) => {
		const file = String(row.file);
		const examples: Problem[] = (JSON.parse(String(row.ex)) as { rij: number; waarde: string | null }[]).map((e) => ({
			level: c.level, kind: c.kind, file, row: e.rij, column: c.column, value: e.waarde, problem: c.problem, fix: c.fix
		}));
		return { level: c.level, kind: c.kind, file, column: c.column, count: Number(row.n), problem: c.problem, fix: c.fix, examples };
	});
}

/** norm_<table>: the canonical values of every staged file of that table, with their raw text. */
async function normalise(conn: DuckDBConnection, spec: TableSpec, files: StagedFile[]): Promise<{ mapped: Set<string>; outside: ProblemGroup[] }> {
	const mapped = new Set<string>();
	const known = `(SELECT brin || vestiging FROM scholen UNION SELECT brin || vestiging FROM norm_scholen)`;
	const selects = files.map((f) => {
		const parts = [`${q(f.info.name)} AS __file`, '__rij'];
		parts.push(f.skipUnknownSchools ? `(${parseExpr(BRIN, 'c1')} || ${parseExpr(VESTIGING, 'c2', 'c1')}) NOT IN ${known} AS __buiten` : 'false AS __buiten');
		for (const c of spec.columns) {
			const rawCol = f.mapping.get(c.name) ?? null;
			if (rawCol) mapped.add(c.name);
			const brinRaw = c.type === 'vestiging' ? (f.mapping.get(c.name.replace('vestiging', 'brin')) ?? null) : undefined;
			parts.push(`${parseExpr(c, rawCol, brinRaw)} AS ${ident(c.name)}`);
			parts.push(`${rawCol ? cell(rawCol) : 'NULL::VARCHAR'} AS ${ident(`${c.name}__raw`)}`);
		}
		return `SELECT ${parts.join(', ')} FROM ${f.raw}`;
	});
	const derived = derivedColumns(spec).map((d) => `, ${d.sql} AS ${d.name}`).join('');
	await conn.run(`CREATE OR REPLACE TEMP TABLE norm_${spec.name} AS SELECT *${derived} FROM (${selects.join(' UNION ALL ')})`);
	if (!files.some((f) => f.skipUnknownSchools)) return { mapped, outside: [] };
	// DUO's national file: keep the SWV's schools, report how many rows were left out.
	const outside = await runCheck(conn, spec.name, {
		kind: 'buiten_swv', level: 'melding', column: 'brin', where: '__buiten', value: `brin || vestiging`,
		problem: 'Regels van scholen die niet in scholen staan (buiten het samenwerkingsverband) zijn overgeslagen.',
		fix: 'Niets nodig. Hoort een school wel bij het samenwerkingsverband, voeg haar dan toe aan scholen en lees het bestand opnieuw in.'
	});
	await conn.run(`DELETE FROM norm_${spec.name} WHERE __buiten`);
	const counts = await runOn(conn, `SELECT __file AS file, count(*)::INTEGER AS n FROM norm_${spec.name} GROUP BY __file`);
	for (const f of files) {
		f.info.rows = Number(counts.rows.find((r) => r.file === f.info.name)?.n ?? 0);
		if (f.info.rows === 0) {
			outside.push({
				level: 'fout', kind: 'geen_eigen_scholen', file: f.info.name, column: 'brin', count: 1, examples: [],
				problem: 'Geen enkele school in dit bestand staat in scholen.',
				fix: 'Lees eerst scholen in (de scholen van het samenwerkingsverband), of controleer of dit het goede bestand is.'
			});
		}
	}
	return { mapped, outside };
}

const BRIN = { name: 'brin', type: 'brin', required: true, description: '', aliases: [], inExamples: true } satisfies ColumnSpec;
const VESTIGING = { name: 'vestiging', type: 'vestiging', required: false, description: '', aliases: [], inExamples: true } satisfies ColumnSpec;

async function emptyNorm(conn: DuckDBConnection, spec: TableSpec): Promise<void> {
	await conn.run(`CREATE OR REPLACE TEMP TABLE norm_${spec.name} AS SELECT *, false AS __buiten FROM ${spec.name} LIMIT 0`);
}

/** Delete what the staged rows cover, then insert them (FORMATS.md: "a new file replaces"). */
async function replaceRows(conn: DuckDBConnection, spec: TableSpec): Promise<void> {
	const t = spec.name;
	const n = `norm_${t}`;
	let cover: string;
	switch (spec.replaces) {
		case 'key':
			cover = `(${spec.key!.join(', ')}) IN (SELECT (${spec.key!.join(', ')}) FROM ${n})`;
			break;
		case 'teldatum':
			cover = `teldatum IN (SELECT teldatum FROM ${n})`;
			break;
		case 'schooljaar_kring':
			cover = `(schooljaar, kring) IN (SELECT (schooljaar, kring) FROM ${n})`;
			break;
		case 'schooljaar_school':
			cover = `(schooljaar, brin, vestiging) IN (SELECT (schooljaar, brin, vestiging) FROM ${n})`;
			break;
	}
	// Composite IN with a row value needs a struct on both sides in DuckDB.
	await conn.run(`DELETE FROM ${t} WHERE ${cover}`);
	const cols = [...spec.columns.map((c) => c.name), ...derivedColumns(spec).map((d) => d.name)];
	// norm_ keeps the files' order (DuckDB preserves insertion order), so no sort is needed.
	await conn.run(`INSERT INTO ${t} (${cols.join(', ')}) SELECT ${cols.map(ident).join(', ')} FROM ${n}`);
}

/** One import at a time per database: two at once would race on the same rows (web import and demo start-up). */
const running = new WeakMap<MonitorDb, Promise<unknown>>();

const optionsSchema = z.object({
	dryRun: z.boolean().optional(),
	user: z.string().trim().min(1).max(100).optional(),
	names: z.map(z.string(), z.string().min(1).max(255)).optional(),
	onProgress: z.custom<(message: string) => void>((v) => typeof v === 'function').optional(),
	isolate: z.boolean().optional()
});

/**
 * An import needs more working memory than showing figures: DuckDB's limit is raised to
 * MONITOR_IMPORT_MEMORY (default 2GB) while it runs and set back after, so the server stays small
 * the rest of the time (context.ts, MONITOR_DUCKDB_MEMORY).
 */
const IMPORT_MEMORY = process.env.MONITOR_IMPORT_MEMORY ?? '2GB';

/** '128MB', '2GB', '122.0 MiB' → bytes (DuckDB's units: KB = 1000, KiB = 1024); NaN when unreadable. */
export function memoryBytes(text: string): number {
	const m = /^\s*([\d.]+)\s*([KMGT]?)(i?)B\s*$/i.exec(text);
	if (!m) return NaN;
	return Number(m[1]) * (m[3] ? 1024 : 1000) ** ' KMGT'.indexOf(m[2].toUpperCase() || ' ');
}

async function withImportMemory<T>(db: MonitorDb, work: (limit: string) => Promise<T>): Promise<T> {
	// As the database was opened with: DuckDB shows its limit rounded ('122.0 MiB'), and setting that
	// back after every import would creep.
	const before = db.memoryLimit ?? String((await db.query(`SELECT current_setting('memory_limit') AS m`)).rows[0].m);
	// Only ever raised (the command line import has all the machine's memory already); and DuckDB
	// refuses a limit below what it holds now: then the import runs within the present one.
	const raise = !(memoryBytes(IMPORT_MEMORY) <= memoryBytes(before));
	const limit = raise
		? await db
				.query(`SET memory_limit = '${IMPORT_MEMORY.replace(/'/g, '')}'`)
				.then(() => IMPORT_MEMORY)
				.catch(() => before)
		: before;
	try {
		return await work(limit);
	} finally {
		if (limit !== before) await db.query(`SET memory_limit = '${before.replace(/'/g, '')}'`);
	}
}

export function runImport(db: MonitorDb, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
	options = optionsSchema.parse(options);
	const previous = running.get(db) ?? Promise.resolve();
	const next = previous.catch(() => {}).then(() => withImportMemory(db, (limit) => importNow(db, paths, options, limit)));
	running.set(db, next);
	return next;
}

async function importNow(db: MonitorDb, paths: string[], options: ImportOptions, limit: string): Promise<ImportReport> {
	const files = expandPaths(paths);
	return db.withConnection(async (conn) => {
		const staged: StagedFile[] = [];
		const folders: string[] = [];
		try {
			return await checkAndLoad(db, conn, paths, files, staged, folders, options);
		} catch (e) {
			// Too large for the memory DuckDB may use: the import is refused whole (the transaction, if
			// it had begun, was rolled back), with what to do instead of a stack trace.
			if (!isOutOfMemory(e)) throw e;
			const report: ImportReport = {
				ok: false, dryRun: !!options.dryRun, loaded: false, files: staged.map((s) => s.info), rows: {}, errors: 1, warnings: 0,
				groups: groupProblems([{
					level: 'fout', kind: 'geheugen_vol', file: staged.map((s) => s.info.name).join(', ') || paths.join(', '), row: null, column: null, value: null,
					problem: `De import past niet in het geheugen dat de database mag gebruiken (${limit}); er is niets veranderd.`,
					fix: 'Lees het bestand in op de server met npm run import, of zet MONITOR_IMPORT_MEMORY hoger (bijvoorbeeld 4GB) en probeer het opnieuw.'
				}])
			};
			// Logged when the memory allows it again; the refusal itself never depends on the log.
			if (!options.dryRun) await logImport(conn, report, options.user ?? 'onbekend', 'geweigerd').catch(() => {});
			return report;
		} finally {
			for (const t of staged.flatMap((s) => s.temps)) await conn.run(`DROP ${t.kind} IF EXISTS ${t.name}`);
			for (const spec of TABLES) await conn.run(`DROP TABLE IF EXISTS norm_${spec.name}`);
			// The staged copies of the rows (pupil-level data) do not outlive the import.
			for (const f of folders) rmSync(f, { recursive: true, force: true });
		}
	});
}

async function checkAndLoad(db: MonitorDb, conn: DuckDBConnection, paths: string[], files: string[], staged: StagedFile[], folders: string[], options: ImportOptions): Promise<ImportReport> {
	const progress = options.onProgress ?? (() => {});
	if (options.isolate && files.length) {
		progress('Lezen (apart proces)');
		const { stageApart } = await import('./apart');
		const apart = await stageApart(conn, files, options.names);
		folders.push(apart.dir);
		staged.push(...apart.staged);
	} else {
		for (const f of files) {
			progress(`Lezen: ${options.names?.get(f) ?? f}`);
			staged.push(...(await stageFile(conn, f, options.names?.get(f))));
		}
	}
	const fileProblems = staged.flatMap((s) => s.problems);
	const groups: ProblemGroup[] = [];
	const rows: Record<string, number> = {};
	if (files.length === 0) {
		fileProblems.push({ level: 'fout', kind: 'geen_bestanden', file: paths.join(', '), row: null, column: null, value: null, problem: 'Geen bestanden gevonden om in te lezen.', fix: 'Geef CSV-bestanden of een map met CSV-bestanden op.' });
	}
	const usable = staged.filter((s) => s.spec && !s.problems.some((p) => p.level === 'fout') && !s.groups.some((g) => g.level === 'fout'));
	// Schools first: the other tables check their references against them.
	for (const spec of TABLES) {
		const mine = usable.filter((s) => s.spec === spec);
		if (mine.length === 0) {
			await emptyNorm(conn, spec);
			continue;
		}
		progress(`Controleren: ${spec.name}`);
		const { mapped, outside } = await normalise(conn, spec, mine);
		groups.push(...outside);
		for (const c of [...columnChecks(spec, mapped), ...tableChecks(spec, mapped)]) groups.push(...(await runCheck(conn, spec.name, c)));
		rows[spec.name] = mine.reduce((a, s) => a + s.info.rows, 0);
	}
	const all = sortGroups([...groupProblems(fileProblems), ...staged.flatMap((s) => s.groups), ...groups]);
	const errors = all.filter((g) => g.level === 'fout').reduce((a, g) => a + g.count, 0);
	const warnings = all.filter((g) => g.level === 'waarschuwing').reduce((a, g) => a + g.count, 0);
	const report: ImportReport = {
		ok: errors === 0, dryRun: !!options.dryRun, loaded: false, files: staged.map((s) => s.info), rows, errors, warnings, groups: all
	};
	if (report.ok && !options.dryRun) {
		progress('Laden in de database');
		await conn.run('BEGIN TRANSACTION');
		try {
			for (const spec of TABLES) if (rows[spec.name]) await replaceRows(conn, spec);
			report.dataVersion = await bumpVersion(conn);
			await logImport(conn, report, options.user ?? 'onbekend', 'ingelezen');
			await conn.run('COMMIT');
			report.loaded = true;
			db.version = report.dataVersion;
		} catch (e) {
			await conn.run('ROLLBACK');
			throw e;
		}
	} else if (!report.ok) {
		// A refused file is written down also when it was only checked (the web import checks first).
		await logImport(conn, report, options.user ?? 'onbekend', options.dryRun ? 'geweigerd bij controle' : 'geweigerd');
	}
	return report;
}

async function logImport(conn: DuckDBConnection, r: ImportReport, user: string, outcome: string): Promise<void> {
	await runOn(
		conn,
		`INSERT INTO import_log (tijdstip, gebruiker, uitkomst, bestanden, rijen, meldingen)
		 VALUES (CAST($t AS TIMESTAMP), $user, $outcome, $files::JSON, $rows::JSON, $n::INTEGER)`,
		// UTC, as in the audit log (now()::TIMESTAMP would be the server's local time); shown in Europe/Amsterdam.
		{ t: new Date().toISOString().slice(0, 23).replace('T', ' '), user, outcome, files: JSON.stringify(r.files), rows: JSON.stringify(r.rows), n: r.errors + r.warnings }
	);
}
