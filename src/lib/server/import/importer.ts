/**
 * One import: a set of files, validated completely before anything is written, then loaded in one
 * transaction (all of it, or nothing). Re-importing replaces exactly what the new files cover
 * (data/README.md). Text written in the monitor itself lives in other tables and is never touched.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { runOn, type MonitorDb } from '../db';
import { TABLES, derivedColumns, type ColumnSpec, type TableSpec } from '../schema';
import { cell, ident, parseExpr, parseValue, q } from './parse';
import { checksOf, runCheck, runChecks } from './checks';
import { berekenVooraf } from '../vooraf';
import { READABLE, isOutOfMemory, stageFiles, type StagedFile } from './read';
import { koppelVraag, koppelingSchema, type KoppelVraag, type Profiel } from './koppeling';
import { groupProblems, mergeAcrossFiles, sortGroups, type ImportReport, type ProblemGroup } from './report';

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
	/**
	 * With `isolate`: a folder that keeps what the child process read (apart.ts), so the load after a
	 * check of the same files with the same mappings uses those rows instead of reading the files again.
	 * The web import gives a folder inside the upload's own, which goes with the upload; without it the
	 * rows read go when the import ends.
	 */
	gelezen?: string;
	/**
	 * Column mappings the beheerder gave for these files (koppeling.ts), before the saved profiles:
	 * a file whose header equals one's is read through it.
	 */
	koppelingen?: Profiel[];
	/** Leave the saved profiles out (the CLI's --profiel names the one to use). */
	geenProfielen?: boolean;
}

/** Files and folders → the files to read, sorted so an import is repeatable. */
function expandPaths(paths: string[]): string[] {
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

/** norm_<table>: the canonical values of every staged file of that table, with their raw text. */
async function normalise(conn: DuckDBConnection, spec: TableSpec, files: StagedFile[]): Promise<{ mapped: Set<string>; outside: ProblemGroup[] }> {
	const mapped = new Set<string>();
	const known = `(SELECT brin || vestiging FROM scholen UNION SELECT brin || vestiging FROM norm_scholen)`;
	// Each cell is trimmed once (the inner SELECT), then read as its type (the outer one), which
	// refers to the trimmed cell many times.
	const selects = files.map((f) => {
		const inner = [f.parts ? '__file' : `${q(f.info.name)} AS __file`, '__rij'];
		inner.push(f.skipUnknownSchools ? `(${parseExpr(BRIN, 'c1')} || ${parseExpr(VESTIGING, 'c2', 'c1')}) NOT IN ${known} AS __buiten` : 'false AS __buiten');
		const parts = ['__file', '__rij', '__buiten'];
		const trimmed = (col: string) => ident(`${col}__raw`);
		for (const c of spec.columns) {
			const rawCol = f.mapping.get(c.name) ?? null;
			if (rawCol) mapped.add(c.name);
			inner.push(`${rawCol ? cell(rawCol) : 'NULL::VARCHAR'} AS ${trimmed(c.name)}`);
		}
		for (const c of spec.columns) {
			const brin = c.type === 'vestiging' ? c.name.replace('vestiging', 'brin') : null;
			const brinCell = brin && f.mapping.has(brin) ? trimmed(brin) : null;
			parts.push(`${parseValue(c, trimmed(c.name), brinCell)} AS ${ident(c.name)}`);
			if (!sameAsRaw(spec, c)) parts.push(trimmed(c.name));
		}
		return `SELECT ${parts.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${f.raw})`;
	});
	const derived = derivedColumns(spec)
		.map((d) => `, ${d.sql} AS ${d.name}`)
		.join('');
	await conn.run(`CREATE OR REPLACE TEMP TABLE norm_${spec.name}__rijen AS SELECT *${derived} FROM (${selects.join(' UNION ALL ')})`);
	await normView(conn, spec);
	if (!files.some((f) => f.skipUnknownSchools)) return { mapped, outside: [] };
	// DUO's national file: keep the SWV's schools, report how many rows were left out.
	const outside = await runCheck(conn, spec.name, {
		kind: 'buiten_swv',
		level: 'melding',
		column: 'brin',
		where: '__buiten',
		value: `brin || vestiging`,
		perWaarde: true,
		problem: 'Regels van scholen die niet in scholen staan (buiten het samenwerkingsverband) zijn overgeslagen.',
		fix: 'Niets nodig. Hoort een school wel bij het samenwerkingsverband, voeg haar dan toe aan scholen en lees het bestand opnieuw in.'
	});
	await conn.run(`DELETE FROM norm_${spec.name}__rijen WHERE __buiten`);
	const counts = await runOn(conn, `SELECT __file AS file, count(*)::INTEGER AS n FROM norm_${spec.name} GROUP BY __file`);
	const duo = files.filter((f) => f.skipUnknownSchools);
	const rowsOf = (name: string) => Number(counts.rows.find((r) => r.file === name)?.n ?? 0);
	for (const f of files) {
		for (const p of f.parts ?? []) p.rows = rowsOf(p.name);
		f.info.rows = f.parts ? f.parts.reduce((a, p) => a + p.rows, 0) : rowsOf(f.info.name);
	}
	// Per file the user gave (a set of DUO files read together counts each of its files).
	const none = duo.flatMap((f) => f.parts ?? [f.info]).filter((i) => i.rows === 0);
	if (none.length === duo.flatMap((f) => f.parts ?? [f.info]).length) {
		// Not one school of the SWV in the whole set: scholen is missing, or these are the wrong files.
		for (const f of none) {
			outside.push({
				level: 'fout',
				kind: 'geen_eigen_scholen',
				file: f.name,
				column: 'brin',
				count: 1,
				examples: [],
				problem: 'Geen enkele school in dit DUO-bestand staat in scholen.',
				fix: 'Lees eerst scholen in (de scholen van het samenwerkingsverband), of controleer of dit het goede bestand is.'
			});
		}
	} else {
		// A national set: the files of other gemeenten are skipped, said once (report.ts groups across files).
		for (const f of none) {
			outside.push({
				level: 'melding',
				kind: 'duo_zonder_eigen_scholen',
				file: f.name,
				column: null,
				count: 1,
				examples: [
					{ level: 'melding', kind: 'duo_zonder_eigen_scholen', file: f.name, row: null, column: null, value: null, problem: ZONDER.problem, fix: ZONDER.fix }
				],
				...ZONDER
			});
		}
	}
	return { mapped, outside };
}

/**
 * VO: formatie allocated to a school (brin + vestiging) counts for that school's kring, so every
 * expertteam figure per kring holds at either level; a kring written in the file is kept.
 */
async function formatieKring(conn: DuckDBConnection): Promise<void> {
	await conn.run(`UPDATE norm_expertteam_formatie__rijen f SET kring = s.kring
		FROM (SELECT brin, vestiging, kring FROM norm_scholen
			UNION ALL SELECT brin, vestiging, kring FROM scholen
			WHERE brin || vestiging NOT IN (SELECT brin || vestiging FROM norm_scholen WHERE brin IS NOT NULL AND vestiging IS NOT NULL)) s
		WHERE f.kring IS NULL AND s.brin = f.brin AND s.vestiging = f.vestiging`);
}
const ZONDER = {
	problem: 'DUO-bestanden zonder scholen van het samenwerkingsverband zijn overgeslagen.',
	fix: "Niets nodig. Hoort een school in zo'n bestand wel bij het samenwerkingsverband, voeg haar dan toe aan scholen en lees de bestanden opnieuw in."
};

const BRIN = { name: 'brin', type: 'brin', required: true, description: '', aliases: [], inExamples: true } satisfies ColumnSpec;
const VESTIGING = { name: 'vestiging', type: 'vestiging', required: false, description: '', aliases: [], inExamples: true } satisfies ColumnSpec;

async function emptyNorm(conn: DuckDBConnection, spec: TableSpec): Promise<void> {
	await conn.run(`CREATE OR REPLACE TEMP TABLE norm_${spec.name}__rijen AS SELECT *, false AS __buiten FROM ${spec.name} LIMIT 0`);
	await normView(conn, spec);
}

/**
 * A plain text column's value is its trimmed cell itself: the rows (norm_<table>__rijen) hold it once
 * and the view norm_<table>, which the checks read, shows it as <column>__raw too. (The kring of a
 * formatie is filled from its school afterwards: there the cell as written is kept.)
 */
const sameAsRaw = (spec: TableSpec, c: ColumnSpec) => c.type === 'text' && !c.values && !(spec.name === 'expertteam_formatie' && c.name === 'kring');

async function normView(conn: DuckDBConnection, spec: TableSpec): Promise<void> {
	const cols = await conn.runAndReadAll(`SELECT * FROM norm_${spec.name}__rijen LIMIT 0`);
	const has = new Set(cols.columnNames());
	const same = spec.columns.filter((c) => sameAsRaw(spec, c) && has.has(c.name) && !has.has(`${c.name}__raw`));
	const extra = same.map((c) => `, ${ident(c.name)} AS ${ident(`${c.name}__raw`)}`).join('');
	await conn.run(`CREATE OR REPLACE TEMP VIEW norm_${spec.name} AS SELECT *${extra} FROM norm_${spec.name}__rijen`);
}

/** Delete what the staged rows cover, then insert them (data/README.md: "a new file replaces"). */
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
		case 'jaar':
			cover = `jaar IN (SELECT jaar FROM ${n})`;
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
	isolate: z.boolean().optional(),
	gelezen: z.string().min(1).optional(),
	koppelingen: z.array(koppelingSchema.extend({ naam: z.string().optional() })).optional(),
	geenProfielen: z.boolean().optional()
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

/** MONITOR_IMPORT_FLUSH_MB: from how much data (MB) an import hands memory back at once; 0: always. */
const flushFromMegabytes = () =>
	z.coerce
		.number()
		.nonnegative()
		.catch(64)
		.parse(process.env.MONITOR_IMPORT_FLUSH_MB ?? 64);

/** The data in the database file (MB, DuckDB's used blocks); 0 for a database in memory. */
async function dataMegabytes(db: MonitorDb): Promise<number> {
	const r = await db.query(`SELECT coalesce(sum(used_blocks * block_size), 0) / 1e6 AS mb FROM pragma_database_size()`);
	return Number(r.rows[0]?.mb ?? 0);
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
	// A server bound to its memory (opened with a limit, context.ts) has DuckDB hand freed memory back
	// at every deallocation while the import of a large database runs: the import's bursts are the
	// server's peak (at scale 50, 80 MB of data, some 435–466 MB otherwise, 383–387 with this, budget
	// 400). It costs time in every statement of the import (the demo's changed telling: the figures
	// computed once per import 1,06 s against 0,30 s), so a database smaller than
	// MONITOR_IMPORT_FLUSH_MB (default 64 MB of data; the demo has 11) imports without it.
	const bounded = db.memoryLimit !== null && (await dataMegabytes(db)) >= flushFromMegabytes();
	if (bounded) {
		await db.query(`SET allocator_bulk_deallocation_flush_threshold = '0B'`);
		await db.query(`SET allocator_flush_threshold = '0B'`);
	}
	try {
		return await work(limit);
	} finally {
		if (bounded) {
			await db.query(`RESET allocator_bulk_deallocation_flush_threshold`);
			await db.query(`RESET allocator_flush_threshold`);
		}
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
				ok: false,
				dryRun: !!options.dryRun,
				loaded: false,
				files: staged.flatMap((s) => s.parts ?? [s.info]),
				rows: {},
				errors: 1,
				warnings: 0,
				groups: groupProblems([
					{
						level: 'fout',
						kind: 'geheugen_vol',
						file: staged.map((s) => s.info.name).join(', ') || paths.join(', '),
						row: null,
						column: null,
						value: null,
						problem: `De import past niet in het geheugen dat de database mag gebruiken (${limit}); er is niets veranderd.`,
						fix: 'Lees het bestand in op de server met npm run import, of zet MONITOR_IMPORT_MEMORY hoger (bijvoorbeeld 4GB) en probeer het opnieuw.'
					}
				])
			};
			// Logged when the memory allows it again; the refusal itself never depends on the log.
			if (!options.dryRun) await logImport(conn, report, options.user ?? 'onbekend', 'geweigerd').catch(() => {});
			return report;
		} finally {
			for (const t of staged.flatMap((s) => s.temps)) await conn.run(`DROP ${t.kind} IF EXISTS ${t.name}`);
			for (const spec of TABLES) {
				await conn.run(`DROP VIEW IF EXISTS norm_${spec.name}`);
				await conn.run(`DROP TABLE IF EXISTS norm_${spec.name}__rijen`);
			}
			// The staged copies of the rows (pupil-level data) do not outlive the import.
			for (const f of folders) rmSync(f, { recursive: true, force: true });
		}
	});
}

async function checkAndLoad(
	db: MonitorDb,
	conn: DuckDBConnection,
	paths: string[],
	files: string[],
	staged: StagedFile[],
	folders: string[],
	options: ImportOptions
): Promise<ImportReport> {
	const progress = options.onProgress ?? (() => {});
	const koppelingen = [...(options.koppelingen ?? []), ...(options.geenProfielen ? [] : await opgeslagen(conn))];
	if (options.isolate && files.length) {
		progress('Lezen (apart proces)');
		const { stageApart } = await import('./apart');
		const apart = await stageApart(conn, files, options.names, koppelingen, options.gelezen);
		if (!options.gelezen) folders.push(apart.dir);
		staged.push(...apart.staged);
	} else {
		staged.push(...(await stageFiles(conn, files, options.names, progress, koppelingen)));
	}
	const fileProblems = staged.flatMap((s) => s.problems);
	const groups: ProblemGroup[] = [];
	const rows: Record<string, number> = {};
	if (files.length === 0) {
		fileProblems.push({
			level: 'fout',
			kind: 'geen_bestanden',
			file: paths.join(', '),
			row: null,
			column: null,
			value: null,
			problem: 'Geen bestanden gevonden om in te lezen.',
			fix: 'Geef CSV-bestanden of een map met CSV-bestanden op.'
		});
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
		if (spec.name === 'expertteam_formatie') await formatieKring(conn);
		groups.push(...outside);
		groups.push(...(await runChecks(conn, spec.name, checksOf(spec, mapped))));
		rows[spec.name] = mine.reduce((a, s) => a + s.info.rows, 0);
	}
	const all = sortGroups(mergeAcrossFiles([...groupProblems(fileProblems), ...staged.flatMap((s) => s.groups), ...groups]));
	const errors = all.filter((g) => g.level === 'fout').reduce((a, g) => a + g.count, 0);
	const warnings = all.filter((g) => g.level === 'waarschuwing').reduce((a, g) => a + g.count, 0);
	const report: ImportReport = {
		ok: errors === 0,
		dryRun: !!options.dryRun,
		loaded: false,
		files: staged.flatMap((s) => s.parts ?? [s.info]),
		rows,
		errors,
		warnings,
		groups: all
	};
	const koppelen: KoppelVraag[] = staged.flatMap((s) =>
		s.spec && s.monster ? [koppelVraag(s.info.name, s.spec, s.monster, columnsOf(s, 'privacy'), s.koppeling, columnsOf(s, 'kolom_genegeerd'))] : []
	);
	if (koppelen.length) report.koppelen = koppelen;
	if (report.ok && !options.dryRun) {
		progress('Laden in de database');
		const { version } = await db.changeData(conn, async () => {
			const veranderd = TABLES.filter((spec) => rows[spec.name]);
			for (const spec of veranderd) await replaceRows(conn, spec);
			// Figures computed once per import, in the same transaction: they can never disagree with the
			// data. Only those that read a table this import changed are built again.
			progress('Cijfers vooraf berekenen');
			await berekenVooraf(
				conn,
				veranderd.map((spec) => spec.name)
			);
			await logImport(conn, report, options.user ?? 'onbekend', 'ingelezen');
		});
		report.dataVersion = version;
		report.loaded = true;
	} else if (!report.ok) {
		// A refused file is written down also when it was only checked (the web import checks first).
		await logImport(conn, report, options.user ?? 'onbekend', options.dryRun ? 'geweigerd bij controle' : 'geweigerd');
	}
	return report;
}

/** The headers a kind of problem of a file names (row 1: the header line). */
const columnsOf = (s: StagedFile, kind: string) => s.problems.filter((p) => p.kind === kind).map((p) => p.column ?? '');

/** The saved profiles (profielen.ts), read on the import's own connection. */
async function opgeslagen(conn: DuckDBConnection): Promise<Profiel[]> {
	const r = await runOn(conn, `SELECT naam, koppeling::VARCHAR AS k FROM kolomprofielen ORDER BY naam`);
	return r.rows.flatMap((x) => {
		const k = koppelingSchema.safeParse(JSON.parse(String(x.k)));
		return k.success ? [{ ...k.data, naam: String(x.naam) }] : [];
	});
}

async function logImport(conn: DuckDBConnection, r: ImportReport, user: string, outcome: string): Promise<void> {
	await runOn(
		conn,
		`INSERT INTO import_log (tijdstip, gebruiker, uitkomst, bestanden, rijen, meldingen)
		 VALUES (CAST($t AS TIMESTAMP), $user, $outcome, $files::JSON, $rows::JSON, $n::INTEGER)`,
		// UTC, as in the audit log (now()::TIMESTAMP would be the server's local time); shown in Europe/Amsterdam.
		{
			t: new Date().toISOString().slice(0, 23).replace('T', ' '),
			user,
			outcome,
			files: JSON.stringify(r.files),
			rows: JSON.stringify(r.rows),
			n: r.errors + r.warnings
		}
	);
}
