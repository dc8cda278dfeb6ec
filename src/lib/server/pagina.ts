/**
 * What the figure pages (deelname, verwijzingen, arrangementen, kringen, scholen) share on the server:
 * the filters in the URL, and running a registered query for a page. A query gets only the filters
 * it declares (the registry refuses unknown parameters), and each result carries the CSV link that
 * gives exactly the same rows through /api/q. A QueryError becomes an HTTP error with its message.
 */
import { error } from '@sveltejs/kit';
import { context } from './context';
import { QueryError } from './queries';
import { loadToelichtingen } from './toelichtingen';
import type { ToelichtingenData } from '../toelichting';
import type { Row } from './db';

export const FILTER_KEYS = ['schooljaar', 'kring', 'gemeente', 'schoolsoort'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** The filters present (and not empty) in a URL; validation happens in the registry. */
export function readFilters(url: URL): Filters {
	const out: Filters = {};
	for (const k of FILTER_KEYS) {
		const v = url.searchParams.get(k)?.trim();
		if (v) out[k] = v;
	}
	return out;
}

export interface Figuur<R = Row> {
	rows: R[];
	/** How many rows the query gave; more than `rows.length` when a listing was capped for the page. */
	total: number;
	/** /api/q/<query>?…&format=csv with the same parameters as the rows on the page (all of them). */
	csv: string;
}

/**
 * How many rows of a plain listing (schools, late arrangements) a page shows: a very large SWV has
 * thousands, which nobody reads on screen and which would make the page heavy; the CSV has them all.
 */
export const LISTING_LIMIT = 200;

/**
 * A distribution over the schools (verwijzingen_verdeling) as a page needs it: its first row (P25,
 * median, P75 and the number of schools are on every row) and the values alone, one per school. A
 * very large SWV has thousands of schools; their whole rows would make the page heavy.
 */
export function alsVerdeling<R extends { verwijzingen_per_1000: unknown }>(f: Figuur<R>): Figuur<R> & { waarden: R['verwijzingen_per_1000'][] } {
	return { rows: f.rows.slice(0, 1), total: f.total, csv: f.csv, waarden: f.rows.map((r) => r.verwijzingen_per_1000) };
}

/**
 * One page of a listing a person searches (the schools): rows whose `velden` contain `zoek` (any case),
 * `pagina` counted from 1 and kept within the pages there are, LISTING_LIMIT rows per page.
 */
export function zoekEnBlader<R>(rows: R[], velden: (r: R) => unknown[], zoek: string, pagina: number, perPagina = LISTING_LIMIT) {
	const z = zoek.trim().toLocaleLowerCase('nl');
	const gevonden = z ? rows.filter((r) => velden(r).some((v) => String(v ?? '').toLocaleLowerCase('nl').includes(z))) : rows;
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
export async function paginaToelichtingen(locals: App.Locals, schooljaar: string | null | undefined, kring: string | null | undefined, deelfilter = false): Promise<ToelichtingenData | null> {
	if (!schooljaar || deelfilter) return null;
	const { db } = await context();
	return loadToelichtingen(db, kring ? { niveau: 'kring', sleutel: kring, schooljaar } : { niveau: 'swv', sleutel: '', schooljaar }, locals);
}

export function csvLink(name: string, params: Record<string, string>): string {
	const q = new URLSearchParams({ ...params, format: 'csv' });
	return `/api/q/${name}?${q}`;
}

/** Turn a QueryError into the page's HTTP error (400/403/404 with the Dutch message). */
export async function guarded<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
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

/** A runner for one page request: `run(name, extra)` uses the page's filters plus `extra`. */
export async function pageRunner(locals: App.Locals, filters: Filters) {
	const { registry } = await context();
	/** `limit`: for a listing only — never for rows a page counts, ranks or flags from. */
	return async function run<R = Row>(name: string, extra: Record<string, string | null | undefined> = {}, limit = Infinity): Promise<Figuur<R>> {
		const def = registry.get(name);
		const all: Record<string, string | null | undefined> = { ...filters, ...extra };
		const params: Record<string, string> = {};
		for (const p of def.params) {
			const v = all[p.name];
			if (v !== undefined && v !== null && v !== '') params[p.name] = v;
		}
		const r = await registry.run(name, params, locals.scope);
		const rows = (r.rows.length > limit ? r.rows.slice(0, limit) : r.rows) as R[];
		return { rows, total: r.rows.length, csv: csvLink(name, params) };
	};
}
