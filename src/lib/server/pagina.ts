/**
 * The page layer on the server: every page loads its figures through `pagina` (below). It reads the
 * filters in the URL, resolves the schooljaar once, runs registered queries typed by name (a query
 * gets only the filters it declares; the registry refuses unknown parameters), gives each result the
 * CSV link that returns exactly the same rows through /api/q, and turns a QueryError into the page's
 * HTTP error with its Dutch message.
 */
import { error } from '@sveltejs/kit';
import { context } from './context';
import { QueryError } from './queries';
import { loadToelichtingen } from './toelichtingen';
import type { ToelichtingenData } from '../toelichting';
import { LISTING_LIMIT } from '../lijst';
import type { QueryRows } from '../rows.generated';
import { alsSector, type Sector } from '../sector';
import { NAMED_DOTS_MAX } from '../charts/veel';

export const FILTER_KEYS = ['schooljaar', 'kring', 'gemeente', 'schoolsoort'] as const;
export type Filters = Partial<Record<string, string>>;

export interface Figuur<R> {
	rows: R[];
	/** How many rows the query gave; more than `rows.length` when a listing was capped for the page. */
	total: number;
	/** /api/q/<query>?…&format=csv with the same parameters as the rows on the page (all of them). */
	csv: string;
}

/**
 * A distribution over the schools (verwijzingen_verdeling) as a page needs it: its first row (P25,
 * median, P75 and the number of schools are on every row) and the values alone, one per school. A
 * very large SWV has thousands of schools; their whole rows would make the page heavy.
 */
export function alsVerdeling<R extends { verwijzingen_per_1000: unknown }>(
	f: Figuur<R>,
	scholen: Figuur<SchoolWaarde> | null = null
): Figuur<R> & { waarden: R['verwijzingen_per_1000'][]; punten: Punt[] | null } {
	return {
		rows: f.rows.slice(0, 1),
		total: f.total,
		csv: f.csv,
		waarden: f.rows.map((r) => r.verwijzingen_per_1000),
		punten: scholen && puntenVan(scholen.rows)
	};
}

interface SchoolWaarde {
	school: string | null;
	naam: string | null;
	verwijzingen_per_1000: unknown;
}
/** A school as a named dot (its tooltip and its link): only where the account may see the list of schools. */
export interface Punt {
	value: number;
	naam: string;
	school: string;
}

/**
 * The named dots of a distribution, from the per-school listing (scope `all`, never for a school
 * account): the same schools as the anonymous distribution, those with a figure (pupils on the teldatum).
 * Null above NAMED_DOTS_MAX: the chart then draws the anonymous values.
 */
export function puntenVan(rows: SchoolWaarde[]): Punt[] | null {
	const punten = rows.flatMap((r) =>
		typeof r.verwijzingen_per_1000 === 'number' && r.school ? [{ value: r.verwijzingen_per_1000, naam: r.naam ?? r.school, school: r.school }] : []
	);
	return punten.length > NAMED_DOTS_MAX ? null : punten;
}

/**
 * One page of a listing a person searches (the schools): rows whose `velden` contain `zoek` (any case),
 * `pagina` counted from 1 and kept within the pages there are, LISTING_LIMIT rows per page.
 */
export function zoekEnBlader<R>(rows: R[], velden: (r: R) => unknown[], zoek: string, pagina: number, perPagina = LISTING_LIMIT) {
	const z = zoek.trim().toLocaleLowerCase('nl');
	const gevonden = z
		? rows.filter((r) =>
				velden(r).some((v) =>
					String(v ?? '')
						.toLocaleLowerCase('nl')
						.includes(z)
				)
			)
		: rows;
	const paginas = Math.max(1, Math.ceil(gevonden.length / perPagina));
	const p = Math.min(paginas, Math.max(1, Math.floor(pagina) || 1));
	const vanaf = (p - 1) * perPagina;
	return { rows: gevonden.slice(vanaf, vanaf + perPagina), gevonden: gevonden.length, pagina: p, paginas, vanaf };
}

/**
 * The schools offered in a choice list (the jaarverslag's place): all of them when they fit in one
 * list; else only those of the chosen kring, and none before a kring is chosen (`perKring`).
 */
export function keuzeScholen<S extends { kring: string }>(alle: S[], kring: string | null, max = LISTING_LIMIT): { scholen: S[]; perKring: boolean } {
	const perKring = alle.length > max;
	return { scholen: !perKring ? alle : kring ? alle.filter((s) => s.kring === kring) : [], perKring };
}

/**
 * The toelichtingen beside a page's figures ("tellen en vertellen"): those of the kring in the filter,
 * else of the SWV, in the page's schooljaar. None when another filter (gemeente, soort school, an
 * expertise, …) makes the figures a part of that place, which no note is about.
 */
export async function paginaToelichtingen(
	locals: App.Locals,
	schooljaar: string | null | undefined,
	kring: string | null | undefined,
	deelfilter = false
): Promise<ToelichtingenData | null> {
	if (!schooljaar || deelfilter) return null;
	const { db } = await context();
	return loadToelichtingen(db, kring ? { niveau: 'kring', sleutel: kring, schooljaar } : { niveau: 'swv', sleutel: '', schooljaar }, locals);
}

export function csvLink(name: string, params: Record<string, string>): string {
	const q = new URLSearchParams({ ...params, format: 'csv' });
	return `/api/q/${name}?${q}`;
}

/** A registered query's name; its row type is generated from the query (`npm run rows`). */
export type QueryName = keyof QueryRows;
/** Parameters a call adds to (or, with null, removes from) the page's filters. */
export type Extra = Record<string, string | null | undefined>;

/** What a page's load function gets: its filters, its one schooljaar, and typed queries. */
export interface Pagina {
	/** The filters in the URL (only those the page reads). */
	filters: Filters;
	/**
	 * The schooljaar the page shows: the one in the URL (validated), else the newest the page's
	 * source has (`jaren`). Null when that source holds nothing yet.
	 */
	schooljaar: string | null;
	/** Run a query with the page's filters plus `extra`; `limit` only for a listing a page does not count from. */
	run<N extends QueryName>(name: N, extra?: Extra, limit?: number): Promise<Figuur<QueryRows[N]>>;
	/** A listing of all schools (scope `all`): null where the caller may not see it, instead of a 403 page. */
	optioneel<N extends QueryName>(name: N, extra?: Extra, limit?: number): Promise<Figuur<QueryRows[N]> | null>;
	/** The toelichtingen beside the figures (paginaToelichtingen) in the page's schooljaar. */
	toelichtingen(kring: string | null | undefined, deelfilter?: boolean): Promise<ToelichtingenData | null>;
	/** The database's sector (monitor_info, asked once per page): PO or VO (issue 16). */
	sector(): Promise<Sector>;
	/**
	 * Run only the work of the database's sector (issue 16): a VO page runs its VO queries and never the
	 * PO ones (whose figures it would throw away), a PO page the other way round.
	 */
	perSector<P, V>(werk: { po: () => Promise<P>; vo: () => Promise<V> }): Promise<{ sector: 'po'; po: P; vo: null } | { sector: 'vo'; po: null; vo: V }>;
}

export interface PaginaOpties {
	/** The filters the page reads from the URL (default: the figure pages' four). */
	filters?: readonly string[];
	/** The schooljaren the page's source holds, newest first (default: those with a telling). */
	jaren?: (run: Pagina['run']) => Promise<string[]>;
}

const telJaren = async (run: Pagina['run']) => (await run('schooljaren', { schooljaar: null })).rows.map((r) => String(r.schooljaar));

/**
 * The one way a page loads figures. It reads the page's filters, resolves the schooljaar once, runs
 * queries typed by name (each result with its CSV link) and turns a refusal or a bad parameter
 * (QueryError) into the page's HTTP error with its Dutch message. Routes hold no try/catch.
 */
export function pagina<E extends { url: URL; locals: App.Locals }, T>(
	work: (p: Pagina, event: E) => Promise<T>,
	opties: PaginaOpties & { /** Filters every query of the page gets (a route parameter: the kring page's kring). */ vast?: (event: E) => Filters } = {}
): (event: E) => Promise<T> {
	return async (event) => {
		try {
			const p = await maakPagina(event.url, event.locals, opties, opties.vast?.(event) ?? {});
			return await work(p, event);
		} catch (e) {
			if (e instanceof QueryError) error(e.status, e.message);
			throw e;
		}
	};
}

async function maakPagina(url: URL, locals: App.Locals, opties: PaginaOpties, vast: Filters): Promise<Pagina> {
	const { registry } = await context();
	const filters: Filters = {};
	for (const k of opties.filters ?? FILTER_KEYS) {
		const v = url.searchParams.get(k)?.trim();
		if (v) filters[k] = v;
	}
	Object.assign(filters, vast);
	const run = async <N extends QueryName>(name: N, extra: Extra = {}, limit = Infinity): Promise<Figuur<QueryRows[N]>> => {
		const def = registry.get(name);
		const all: Extra = { ...filters, ...extra };
		const params: Record<string, string> = {};
		for (const p of def.params) {
			const v = all[p.name];
			if (v !== undefined && v !== null && v !== '') params[p.name] = v;
		}
		// A query for one schooljaar when the page has none (no data in its source yet): nothing to show.
		if (def.params.some((p) => p.name === 'schooljaar' && !p.optional) && !params.schooljaar) return { rows: [], total: 0, csv: csvLink(name, params) };
		const r = await registry.run(name, params, locals.scope);
		// The registry's rows are the query's columns, whose types `npm run rows` generated from the query itself.
		const rows = (r.rows.length > limit ? r.rows.slice(0, limit) : r.rows) as unknown as QueryRows[N][];
		return { rows, total: r.rows.length, csv: csvLink(name, params) };
	};
	const gevraagd = filters.schooljaar ?? null;
	// A schooljaar in the URL is checked once, here (400 with the Dutch message when malformed).
	if (gevraagd) registry.bindParams(registry.get('kerncijfers'), { schooljaar: gevraagd }, locals.scope);
	const schooljaar = gevraagd ?? (await (opties.jaren ?? telJaren)(run))[0] ?? null;
	let sectorBelofte: Promise<Sector> | null = null;
	const sector = () => (sectorBelofte ??= run('monitor_info').then((r) => alsSector(r.rows[0]?.sector)));
	return {
		filters,
		schooljaar,
		run,
		optioneel: (name, extra, limit) => unlessForbidden(run(name, extra, limit)),
		toelichtingen: (kring, deelfilter = false) => paginaToelichtingen(locals, schooljaar, kring, deelfilter),
		sector,
		perSector: async (werk) => ((await sector()) === 'vo' ? { sector: 'vo', po: null, vo: await werk.vo() } : { sector: 'po', po: await werk.po(), vo: null })
	};
}

/**
 * Run a query that lists all schools (scope `all`) where the caller may not see it: the section is
 * left out (null) instead of the whole page failing with 403.
 */
export async function unlessForbidden<T>(work: Promise<T>): Promise<T | null> {
	try {
		return await work;
	} catch (e) {
		if (e instanceof QueryError && e.status === 403) return null;
		throw e;
	}
}
