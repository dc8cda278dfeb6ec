/**
 * The query registry: every `queries/*.sql` is a named query, the only way pages and the API read
 * data. A file's header declares its parameters, scope and — for privacy — which columns are counts:
 *
 *   -- @param schooljaar schooljaar?     (name, type, '?' = optional)
 *   -- @scope swv | school | all
 *   -- @count col1 col2 …                counts of pupils, TLVs, arrangements … (anything about children)
 *   -- @rate pct_col from col1 col2 …    a rate/percentage/average built on those counts
 *   -- @total total_col = part1 + part2  within one row: a total and its parts (all @count)
 *   -- @sum col [by key1 key2 …]         across rows: the rows' col (per key) add up to a total shown elsewhere
 *   -- @schools col                      the number of schools a row aggregates (kring/SWV rows)
 *   -- @schools col for col1 col2 …      the number of schools behind some counts of a row (e.g. the kring
 *                                        beside one school's own figures): under 5, only those are hidden
 *   -- @public col1 col2 …               numbers not about pupils (national figures, years, staff hours …)
 *   -- @kring col                        the column naming the kring a row is about (per-kring listings)
 *   -- @roles role1 role2 …              only these roles may run it (403 for the others), e.g. a list with pupil codes
 *   -- @exact role1 role2 …              only these roles get counts of 1–4; every other role (not only the school
 *                                        role) gets them hidden, e.g. thuiszitters per woongemeente
 *   -- @rijfilter param=col …            the parameter only keeps the rows whose column equals it (a list per
 *                                        school whose filter is its last WHERE): with it, the result is the one
 *                                        without it, filtered: computed once for the other parameters (the
 *                                        schooljaar), not per kring, gemeente and soort (tests/unit/rijfilter.test.ts)
 *
 * Fixed totals for the school role (issue 13): a school account gets the whole SWV, its own kring and
 * its own school, and nothing in between. It may send only `schooljaar`, `vandaag`, `school` (its
 * own) and `kring` (its own); any other filter (gemeente, schoolsoort, organisatie, expertise,
 * activiteit …) or another kring is refused with 403, and the rows of a per-kring listing about
 * another kring (`@kring`) are left out. Two totals it can get then always differ by a whole kring
 * or by all the other schools of its kring, never by one other school: where a school's gemeente
 * differs from its kring's, `?gemeente=X` minus `?kring=Y` can no longer give that school's counts.
 * tests/unit/school-verschil.test.ts tries every pair of filter values.
 *
 * Parameters are validated with zod and bound (never pasted into SQL). Results are cached per
 * (query, parameters, scope, data version); identical concurrent requests share one execution.
 * The caller's scope is applied here, on the server, so no page or API caller can widen it:
 *  - `swv`: aggregates over the whole SWV (or a kring of ≥ 5 schools), for every role;
 *  - `school`: rows of one school; a school user's `school` parameter is forced to its own school;
 *  - `all`: rows per school of all schools; refused (403) for the school role.
 *
 * Small counts (docs/cijfers.md, Privacy) for the school role: every `@count` cell of 1–4 becomes "<5"
 * (`SUPPRESSED` in $lib/format); every `@rate` built on a hidden count becomes "verborgen"
 * (`HIDDEN`; `formatValue` shows both markers as they are); and where one hidden value could be recomputed — total minus the other parts
 * (`@total`), or the other rows subtracted from a total shown elsewhere (`@sum`) — the next smallest
 * value is hidden as well. A row whose `@schools` column is under 5 shows no counts or rates at all
 * (`HIDDEN`): aggregates for a school account must cover at least 5 schools. Other roles
 * get the exact numbers. So: EVERY column that counts children
 * (or anything about them: TLVs, arrangements, consultations) must be named in `@count`, every rate
 * or percentage derived from such a count in `@rate`, and sums that a page shows next to their parts
 * in `@total`/`@sum`. A query a school account can run that returns a count without `@count` is a
 * privacy bug, so tests/unit/access.test.ts requires every numeric column of such a query to be
 * named in `@count`, `@rate`, `@schools` or `@public` (and every named column to exist).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { z } from 'zod';
import { naamSchema } from '../naam';
import type { MonitorDb, Params, QueryResult } from './db';
import { SizedCache } from '../sized-cache';
import { suppress, type SuppressionRules } from './suppress';
import { ROLES, type Role, type Scope } from './roles';

const PARAM_TYPES = {
	schooljaar: z
		.string()
		.regex(/^\d{4}-\d{4}$/, 'schrijf het schooljaar als 2024-2025')
		.refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'de jaren moeten op elkaar volgen'),
	// A day that exists in the calendar: Date.parse takes 2024-02-30 as 1 March, which DuckDB refuses (a 500).
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'schrijf de datum als 2024-10-01')
		.refine((s) => {
			const t = Date.parse(`${s}T00:00:00Z`);
			return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
		}, 'die dag bestaat niet'),
	school: z.string().regex(/^\d{2}[A-Z]{2}\d{2}$/, 'schrijf de school als brin + vestiging, bijvoorbeeld 12AB00'),
	// Names: the one rule of the import ($lib/naam), so every kring or gemeente that was loaded can be
	// asked for (values are bound as parameters, never put into SQL).
	kring: naamSchema,
	text: naamSchema,
	int: z.coerce.number().int().min(-1_000_000).max(1_000_000)
} as const;
type ParamType = keyof typeof PARAM_TYPES;

export interface QueryDef {
	name: string;
	sql: string;
	description: string;
	params: { name: string; type: ParamType; optional: boolean }[];
	scope: 'swv' | 'school' | 'all';
	suppression: SuppressionRules;
	/** Numeric columns that are not about pupils (`@public`): never hidden. */
	publicColumns: string[];
	/** The column naming the kring a row is about (`@kring`): for the school role, other kringen's rows are left out. */
	kringColumn: string | null;
	/** `@roles`: the only roles that may run it (null: every role the scope allows). */
	roles: Role[] | null;
	/** `@exact`: the only roles that get small counts unhidden (null: every role but school). */
	exact: Role[] | null;
	/** `@rijfilter`: parameters that only keep the rows whose column equals them (param → column). */
	rowFilters: { param: string; column: string }[];
}

/** What a school account may send: time, its own school and its own kring (checked in run). */
const SCHOOL_PARAMS = new Set(['schooljaar', 'vandaag', 'peildatum', 'school', 'kring']);
export const FIXED_TOTALS = 'Een schoolaccount ziet vaste totalen: het hele samenwerkingsverband, de eigen kring en de eigen school.';

export class QueryError extends Error {
	constructor(
		message: string,
		readonly status: 400 | 403 | 404 | 503
	) {
		super(message);
	}
}

export function parseQueryFile(name: string, sql: string): QueryDef {
	const params: QueryDef['params'] = [];
	let scope: QueryDef['scope'] | null = null;
	const description: string[] = [];
	const rules: SuppressionRules = { counts: [], rates: [], totals: [], sums: [], schools: null, schoolGroups: [] };
	const publicColumns: string[] = [];
	let kringColumn: string | null = null;
	let roles: Role[] | null = null;
	let exact: Role[] | null = null;
	const rowFilters: QueryDef['rowFilters'] = [];
	const roleList = (s: string): Role[] => {
		const r = cols(s);
		const wrong = r.find((x) => !(ROLES as readonly string[]).includes(x));
		if (wrong) throw bad(`onbekende rol ${wrong}`);
		return r as Role[];
	};
	const cols = (s: string) => s.split(/[\s,+]+/).filter(Boolean);
	const bad = (what: string) => new Error(`${name}.sql: ${what}`);
	for (const line of sql.split('\n')) {
		const m = /^--\s*(.*)$/.exec(line.trim());
		if (!m) continue;
		const h = m[1].trim();
		let a: RegExpExecArray | null;
		if ((a = /^@param\s+(\w+)\s+(\w+)(\?)?/.exec(h))) {
			if (!(a[2] in PARAM_TYPES)) throw bad(`onbekend parametertype ${a[2]}`);
			params.push({ name: a[1], type: a[2] as ParamType, optional: a[3] === '?' });
		} else if ((a = /^@scope\s+(swv|school|all)\b/.exec(h))) scope = a[1] as QueryDef['scope'];
		else if ((a = /^@count\s+([\w\s,]+)$/.exec(h))) rules.counts.push(...cols(a[1]));
		else if ((a = /^@rate\s+(\w+)\s+from\s+([\w\s,]+)$/.exec(h))) rules.rates.push({ column: a[1], from: cols(a[2]) });
		else if ((a = /^@total\s+(\w+)\s*=\s*([\w\s+]+)$/.exec(h))) rules.totals.push({ total: a[1], parts: cols(a[2]) });
		else if ((a = /^@sum\s+(\w+)(?:\s+by\s+([\w\s,]+))?$/.exec(h))) rules.sums.push({ column: a[1], by: cols(a[2] ?? '') });
		else if ((a = /^@schools\s+(\w+)$/.exec(h))) rules.schools = a[1];
		else if ((a = /^@schools\s+(\w+)\s+for\s+([\w\s,]+)$/.exec(h))) rules.schoolGroups.push({ schools: a[1], counts: cols(a[2]) });
		else if ((a = /^@public\s+([\w\s,]+)$/.exec(h))) publicColumns.push(...cols(a[1]));
		else if ((a = /^@kring\s+(\w+)$/.exec(h))) kringColumn = a[1];
		else if ((a = /^@roles\s+([\w\s]+)$/.exec(h))) roles = roleList(a[1]);
		else if ((a = /^@exact\s+([\w\s]+)$/.exec(h))) exact = roleList(a[1]);
		else if ((a = /^@rijfilter\s+(\w+=\w+(?:\s+\w+=\w+)*)$/.exec(h)))
			rowFilters.push(...cols(a[1]).map((pc) => ({ param: pc.split('=')[0], column: pc.split('=')[1] })));
		else if (/^@(count|rate|total|sum|schools|public|kring|roles|exact|rijfilter)/.test(h)) throw bad(`kopregel "${h}" niet begrepen (zie queries.ts)`);
		else if (!h.startsWith('@')) description.push(h);
	}
	if (!scope) throw bad('de kop mist "-- @scope swv|school|all"');
	for (const f of rowFilters) if (!params.some((p) => p.name === f.param && p.optional)) throw bad(`@rijfilter ${f.param}: geen optionele @param`);
	for (const used of sql.matchAll(/\$([a-z_]+)/g)) {
		if (!params.some((p) => p.name === used[1])) throw bad(`$${used[1]} wordt gebruikt maar niet als @param gedeclareerd`);
	}
	const counts = new Set(rules.counts);
	for (const c of [
		...rules.rates.flatMap((r) => r.from),
		...rules.totals.flatMap((t) => [t.total, ...t.parts]),
		...rules.sums.map((s) => s.column),
		...rules.schoolGroups.flatMap((g) => g.counts)
	]) {
		if (!counts.has(c)) throw bad(`${c} staat in @rate, @total, @sum of @schools … for maar niet in @count`);
	}
	return { name, sql, description: description.join(' ').trim(), params, scope, suppression: rules, publicColumns, kringColumn, roles, exact, rowFilters };
}

export function loadQueries(dir = process.env.QUERIES_DIR ?? 'queries'): Map<string, QueryDef> {
	const out = new Map<string, QueryDef>();
	for (const f of readdirSync(dir).sort()) {
		if (!f.endsWith('.sql')) continue;
		const name = basename(f, '.sql');
		out.set(name, parseQueryFile(name, readFileSync(join(dir, f), 'utf8')));
	}
	return out;
}

const CACHE_LIMIT = 500;
/**
 * And their size at most, in cells: 2 million, some 75 MB at the 37 bytes a cell JavaScript took for
 * the results of a scale-50 jaarverslag (measured 30 November 2026). The server runs with a bounded heap
 * (package.json, npm start), and one very large SWV's listing is thousands of rows. The figures of every
 * page at scale 50 take some 1,5 million: with 1 million, those computed again after an import
 * (herbereken) pushed each other out before anyone asked for them.
 */
const CACHE_CELLS = 2_000_000;
const TRACE = process.env.MONITOR_TRACE === '1';
/**
 * How many figure queries DuckDB runs at once (MONITOR_QUERY_CONCURRENCY, default 2). A figure of a
 * filtered page is small: DuckDB runs most of it on one core, so one at a time left the second core
 * idle under a crowd (scale 20, the bench's mixed load: bestuur and adviseur 402–436 answers in 30 s
 * with 1, 523–544 with 2, 583 with 3; docs/performance.md). Each needs its own working memory, and the
 * pool has three connections: imports, sessions and the audit log use the third and do not wait here.
 */
const CONCURRENCY = Math.max(1, Number(process.env.MONITOR_QUERY_CONCURRENCY) || 2);

/** What the gate knows of the request a query runs for (set by hooks.server.ts around each request). */
export interface QueryCaller {
	/** Who asks: callers take turns at the gate (a user name, or an address without a session). */
	caller: string;
	/** Date.now() after which a query still waiting is refused (503) instead of run. */
	deadline: number;
	/**
	 * Work nobody waits for (figures and pages made ready after an import or a start): behind every
	 * person asking, whatever their use, in order of arrival.
	 */
	achtergrond?: boolean;
}
export const queryCaller = new AsyncLocalStorage<QueryCaller>();

/** How long a request may wait for its figures (MONITOR_REQUEST_TIMEOUT_MS, default 10 s). */
export const REQUEST_TIMEOUT_MS = Math.max(100, Number(process.env.MONITOR_REQUEST_TIMEOUT_MS) || 10_000);

export const BUSY_MESSAGE = 'Het is nu te druk om deze cijfers te berekenen. Probeer het over een minuut opnieuw.';

interface Waiter {
	go: () => void;
	timer?: ReturnType<typeof setTimeout>;
	caller: string;
	/**
	 * The caller's recent use when its request first came to the gate (lower goes first); Infinity for
	 * background work; null: the caller's use at the moment a place is free.
	 */
	rank: number | null;
	/** Arrival order, for equal ranks. */
	seq: number;
}

/** How fast a caller's use of the gate is forgotten: halved every USE_HALF_LIFE_MS. */
const USE_HALF_LIFE_MS = 30_000;

/**
 * A counting semaphore with a fair share: at most `n` holders; a freed place goes to the waiting
 * query whose caller had used the gate least lately (time held, halved every 30 s) when its request
 * began, and among equals to the one that came first. Someone opening one school page is served
 * before someone who has just had fifteen heavy figures computed. A page keeps the place in line its
 * request had: the figures of a page already begun are not pushed back by its own first figures, so
 * a page is not stretched out by every page asked after it (which made a few wait 10 s under a
 * moderate load). A waiter whose deadline passes leaves with a 503.
 */
export class Gate {
	private waiting: Waiter[] = [];
	private use = new Map<string, { ms: number; at: number }>();
	/** The rank of each request (the object the caller's request carries), fixed at its first query. */
	private ranks = new WeakMap<object, number>();
	private seq = 0;
	/** Background queries running: at most one, so work nobody waits for never holds every place (nor their memory). */
	private achter = 0;
	constructor(private free: number) {}

	/**
	 * `request`: one object per request (the QueryCaller of hooks.server.ts), or 'achtergrond' for work
	 * nobody waits for; without one, a query is ranked by its caller's use when a place is free.
	 */
	async run<T>(fn: () => Promise<T>, caller = '', deadline = Infinity, request?: object | 'achtergrond'): Promise<T> {
		const rank = request === 'achtergrond' ? Infinity : request ? this.rankOf(caller, request) : null;
		const achter = rank === Infinity;
		if (this.free > 0 && !(achter && this.achter > 0)) this.free--;
		else await this.wait(caller, rank, deadline);
		if (achter) this.achter++;
		const start = Date.now();
		try {
			return await fn();
		} finally {
			if (achter) this.achter--;
			this.used(caller, Date.now() - start);
			this.next();
		}
	}

	private rankOf(caller: string, request: object): number {
		let rank = this.ranks.get(request);
		if (rank === undefined) this.ranks.set(request, (rank = this.recent(caller, Date.now())));
		return rank;
	}

	/** The caller's recent use in ms, decayed to `now`. */
	private recent(caller: string, now: number): number {
		const u = this.use.get(caller);
		return u ? u.ms * 0.5 ** ((now - u.at) / USE_HALF_LIFE_MS) : 0;
	}

	private used(caller: string, ms: number): void {
		const now = Date.now();
		this.use.set(caller, { ms: this.recent(caller, now) + ms, at: now });
		// Forget callers whose use has faded (below 1 ms), so the map stays small.
		if (this.use.size > 1000) for (const [c] of this.use) if (this.recent(c, now) < 1) this.use.delete(c);
	}

	private wait(caller: string, rank: number | null, deadline: number): Promise<void> {
		return new Promise((resolve, reject) => {
			const waiter: Waiter = { go: resolve, caller, rank, seq: this.seq++ };
			this.waiting.push(waiter);
			if (Number.isFinite(deadline))
				waiter.timer = setTimeout(
					() => {
						this.waiting.splice(this.waiting.indexOf(waiter), 1);
						reject(new QueryError(BUSY_MESSAGE, 503));
					},
					Math.max(0, deadline - Date.now())
				);
		});
	}

	/** The place goes to the waiter with the lowest rank, the first to come on a tie; background work only when none runs. */
	private next(): void {
		const now = Date.now();
		let best = -1;
		let least = Infinity;
		for (let i = 0; i < this.waiting.length; i++) {
			const w = this.waiting[i];
			if (w.rank === Infinity && this.achter > 0) continue;
			const r = w.rank ?? this.recent(w.caller, now);
			if (best < 0 || r < least || (r === least && w.seq < this.waiting[best].seq)) [best, least] = [i, r];
		}
		if (best < 0) {
			this.free++;
			return;
		}
		const [waiter] = this.waiting.splice(best, 1);
		clearTimeout(waiter.timer);
		waiter.go();
	}
}

/** Whether a caller gets small counts hidden: the school role always; others where `@exact` leaves them out. */
function hidesSmall(def: QueryDef, scope: Scope): boolean {
	return scope.role === 'school' || (def.exact !== null && !def.exact.includes(scope.role));
}

/** A figure someone asked for: computed again for the new data after an import (herbereken). */
interface Vraag {
	def: QueryDef;
	params: Params;
	scope: Scope;
}
/** Figures remembered per data version for herbereken, the most recently asked kept. */
const VRAGEN_LIMIT = 400;
/** Who the gate sees while figures are computed again after an import: people asking go first. */
const ACHTERGROND = 'achtergrond';

export class QueryRegistry {
	/** Results by query, parameters and role; sized in cells once they are computed. */
	private cache: SizedCache<Promise<QueryResult>>;
	private cacheVersion = -1;
	private gate = new Gate(CONCURRENCY);
	/** The figures asked under the cache's data version (least recently asked first), and under the version before it. */
	private gevraagd = new Map<string, Vraag>();
	private vorige = new Map<string, Vraag>();

	constructor(
		private db: MonitorDb,
		readonly queries: Map<string, QueryDef> = loadQueries(),
		/** Cells the result cache may hold (CACHE_CELLS; smaller in tests). */
		maxCells = CACHE_CELLS
	) {
		this.cache = new SizedCache(CACHE_LIMIT, maxCells);
	}

	get(name: string): QueryDef {
		const q = this.queries.get(name);
		if (!q) throw new QueryError(`Onbekende query "${name}". Beschikbaar: ${[...this.queries.keys()].join(', ')}.`, 404);
		return q;
	}

	/** Validate raw parameters (from a URL or a page) into the values to bind; applies the scope. */
	bindParams(def: QueryDef, raw: Record<string, unknown>, scope: Scope): Params {
		const known = new Set(def.params.map((p) => p.name));
		const extra = Object.keys(raw).filter((k) => !known.has(k));
		if (extra.length) throw new QueryError(`Onbekende parameter ${extra.join(', ')} voor query ${def.name}.`, 400);
		if (scope.role === 'school' && def.scope === 'all') throw new QueryError('Deze gegevens zijn niet beschikbaar voor een schoolaccount.', 403);
		if (def.roles && !def.roles.includes(scope.role)) throw new QueryError(`Deze gegevens zijn er alleen voor ${def.roles.join(' en ')}.`, 403);
		if (scope.role === 'school') {
			const filter = def.params.find((p) => !SCHOOL_PARAMS.has(p.name) && raw[p.name] !== undefined && raw[p.name] !== null && raw[p.name] !== '');
			if (filter) throw new QueryError(`${FIXED_TOTALS} Filteren op ${filter.name} kan daarom niet.`, 403);
		}
		const out: Params = {};
		for (const p of def.params) {
			let v = raw[p.name];
			if (scope.role === 'school' && def.scope === 'school' && p.name === 'school') {
				const own = scope.schools ?? [];
				if (v === undefined || v === null || v === '') v = own[0];
				if (!own.includes(String(v))) throw new QueryError('U kunt alleen de gegevens van uw eigen school bekijken.', 403);
			}
			if (v === undefined || v === null || v === '') {
				if (!p.optional)
					throw new QueryError(
						p.name === 'schooljaar'
							? 'Kies een schooljaar: voeg bijvoorbeeld ?schooljaar=2025-2026 toe (deze cijfers gelden voor één schooljaar).'
							: `De parameter ${p.name} ontbreekt.`,
						400
					);
				out[p.name] = null;
				continue;
			}
			const r = PARAM_TYPES[p.type].safeParse(v);
			if (!r.success) throw new QueryError(`Ongeldige waarde voor ${p.name}: ${r.error.issues[0].message}.`, 400);
			out[p.name] = r.data as string | number;
		}
		return out;
	}

	/** Run a registered query for a caller with a scope. Cached on the data version. */
	run(name: string, raw: Record<string, unknown>, scope: Scope): Promise<QueryResult> {
		const def = this.get(name);
		const params = this.bindParams(def, raw, scope);
		if (scope.role !== 'school') return this.cached(def, params, scope, null);
		return this.ownKringen(scope).then((own) => this.cached(def, this.ownKringOnly(params, own), scope, own));
	}

	/** For the school role: a kring parameter must be its own kring (fixed totals, see the header). */
	private ownKringOnly(params: Params, own: string[]): Params {
		if (params.kring !== undefined && params.kring !== null && !own.includes(String(params.kring))) {
			throw new QueryError(`${FIXED_TOTALS} De cijfers van een andere kring zijn er niet voor een schoolaccount.`, 403);
		}
		return params;
	}

	/** The kringen of a school account's schools, and every kring name, per data version. */
	private kringen: Promise<{ perSchool: Map<string, string>; alle: Set<string> }> | null = null;
	private kringenVersion = -1;
	private async ownKringen(scope: Scope): Promise<string[]> {
		if (!this.kringen || this.kringenVersion !== this.db.version) {
			this.kringenVersion = this.db.version;
			this.kringen = this.db.query(`SELECT brin || vestiging AS school, kring FROM scholen WHERE kring IS NOT NULL`).then((r) => ({
				perSchool: new Map(r.rows.map((row) => [String(row.school), String(row.kring)])),
				alle: new Set(r.rows.map((row) => String(row.kring)))
			}));
		}
		const { perSchool } = await this.kringen;
		return [...new Set((scope.schools ?? []).map((s) => perSchool.get(s)).filter((k): k is string => !!k))].sort();
	}

	private cached(def: QueryDef, params: Params, scope: Scope, own: string[] | null): Promise<QueryResult> {
		const name = def.name;
		// A row filter (`@rijfilter`) asked: the rows of the result without it. Only where nothing is hidden
		// (never for a school account): which small values are hidden depends on the other rows.
		const filters = def.rowFilters.filter((f) => params[f.param] !== null && params[f.param] !== undefined);
		if (filters.length && !hidesSmall(def, scope)) {
			const all = { ...params };
			for (const f of filters) all[f.param] = null;
			return this.cached(def, all, scope, own).then((r) => ({
				columns: r.columns,
				rows: r.rows.filter((row) => filters.every((f) => row[f.column] === params[f.param]))
			}));
		}
		this.followVersion();
		// A school account's result depends on its kring (rows of other kringen are left out).
		const key = `${name}|${JSON.stringify(params)}|${own ? `school:${own.join(',')}` : hidesSmall(def, scope) ? 'klein' : 'swv'}`;
		this.gevraagd.delete(key);
		this.gevraagd.set(key, { def, params, scope });
		if (this.gevraagd.size > VRAGEN_LIMIT) this.gevraagd.delete(this.gevraagd.keys().next().value!);
		const kept = this.cache.get(key);
		// The benchmark learns which queries a page runs, and which it found computed, from this trace (npm run bench).
		if (TRACE) console.log(`[query] ${JSON.stringify({ name, params, berekend: !!kept })}`);
		if (kept) return kept;
		const hit = this.execute(def, params, scope, own);
		this.cache.set(key, hit);
		hit.then(
			(r) => this.cache.resize(key, hit, r.rows.length * Math.max(1, r.columns.length)),
			() => this.cache.delete(key)
		);
		return hit;
	}

	/** A new data version empties the cache; what was asked under the old one is kept for herbereken. */
	private followVersion(): void {
		if (this.cacheVersion === this.db.version) return;
		this.cache.clear();
		this.cacheVersion = this.db.version;
		if (this.gevraagd.size) this.vorige = this.gevraagd;
		this.gevraagd = new Map();
	}

	/**
	 * After an import: compute again, for the new data, the figures people asked for before it (at most
	 * VRAGEN_LIMIT, the most recently asked first), so the first person to open a page after an import
	 * finds its figures ready. One at a time behind people's own requests at the gate (caller
	 * ACHTERGROND); figures of another day (the expertteam's `vandaag`) are left to be asked. Stops when
	 * another import moves the data version. Returns how many it computed.
	 */
	async herbereken(vandaag: string): Promise<number> {
		const version = this.db.version;
		this.followVersion();
		const vragen = [...this.vorige.values()].reverse();
		this.vorige = new Map();
		let klaar = 0;
		for (const { def, params, scope } of vragen) {
			if (this.db.version !== version) break;
			if (params.vandaag !== undefined && params.vandaag !== null && params.vandaag !== vandaag) continue;
			try {
				await queryCaller.run({ caller: ACHTERGROND, deadline: Infinity, achtergrond: true }, async () => {
					const own = scope.role === 'school' ? await this.ownKringen(scope) : null;
					await this.cached(def, own ? this.ownKringOnly(params, own) : params, scope, own);
				});
				klaar++;
			} catch {
				// A figure the new data no longer allows (a kring that is gone): asked again when someone needs it.
			}
		}
		return klaar;
	}

	/** How many results and cells the cache holds (for tests and the bench). */
	cacheSize(): { results: number; cells: number } {
		return { results: this.cache.size, cells: this.cache.total };
	}

	/** Run bypassing the cache (the benchmark compares both). */
	async runUncached(name: string, raw: Record<string, unknown>, scope: Scope): Promise<QueryResult> {
		const def = this.get(name);
		const params = this.bindParams(def, raw, scope);
		if (scope.role !== 'school') return this.execute(def, params, scope, null);
		const own = await this.ownKringen(scope);
		return this.execute(def, this.ownKringOnly(params, own), scope, own);
	}

	/**
	 * The one place results leave the database: for the school role, rows about another kring are
	 * left out (`@kring`) and small counts are hidden.
	 */
	private async execute(def: QueryDef, params: Params, scope: Scope, own: string[] | null): Promise<QueryResult> {
		const who = queryCaller.getStore();
		const result = await this.gate.run(() => this.db.query(def.sql, params), who?.caller, who?.deadline, who?.achtergrond ? 'achtergrond' : who);
		if (!hidesSmall(def, scope)) return result;
		// Suppressed over all rows first, so a hidden value is hidden the same way with or without the other kringen.
		const shown = suppress(result, def.suppression);
		const col = def.kringColumn;
		if (!col || scope.role !== 'school') return shown;
		const { alle } = await this.kringen!;
		const other = (v: unknown) => typeof v === 'string' && alle.has(v) && !own!.includes(v);
		return { columns: shown.columns, rows: shown.rows.filter((r) => !other(r[col])) };
	}
}
