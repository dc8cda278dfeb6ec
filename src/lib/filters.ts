/**
 * The filters of every dashboard page, as one shape: a select per filter in a GET form, so the view
 * lands in the URL (a link shares it) and works without scripts. `figuurFilters` builds them for the
 * figure pages from what their load gives (schooljaren, kringen, gemeenten, soorten).
 */
import { hoofdletter, type SectorWoorden } from './sector';

export interface Filter {
	name: string;
	label: string;
	value: string | null | undefined;
	options: readonly (string | null)[];
	/** Label of the empty choice; without it the filter always has a value (e.g. schooljaar). */
	all?: string;
}

/**
 * A filter's label and empty choice as a page shows them: the kring filter in the sector's words
 * ("Regio", "alle regio’s" in VO), its empty choice in lower case as every filter's ("alle kringen",
 * "alle gemeenten"), whether a page named it "Kring" or already in the sector's word.
 */
export function filterWoorden(f: Filter, w: SectorWoorden): { label: string; all: string | undefined } {
	const kring = f.name === 'kring' && (f.label === 'Kring' || f.label === hoofdletter(w.kring));
	return kring ? { label: hoofdletter(w.kring), all: f.all ? `alle ${w.kringen}` : f.all } : { label: f.label, all: f.all };
}

export type FiguurFilter = 'schooljaar' | 'kring' | 'gemeente' | 'schoolsoort';
const LABELS: Record<FiguurFilter, string> = { schooljaar: 'Schooljaar', kring: 'Kring', gemeente: 'Gemeente', schoolsoort: 'Soort school' };
const ALLE: Record<FiguurFilter, string> = { schooljaar: '', kring: 'alle kringen', gemeente: 'alle gemeenten', schoolsoort: 'alle soorten' };
const KEYS = Object.keys(LABELS) as FiguurFilter[];

interface FiguurData {
	filters: Partial<Record<string, string>>;
	schooljaren: string[];
	opties: { kring: string[]; gemeente: string[]; schoolsoort: string[] };
	/** The schooljaar shown when the URL names none. */
	schooljaar?: string | null;
}

/**
 * The figure pages' filters: those in `show` as selects; the others stay in the URL as hidden fields,
 * so moving between pages keeps the view; "Filters wissen" when a filter other than the schooljaar is set.
 */
export function figuurFilters(d: FiguurData, show: FiguurFilter[] = KEYS) {
	const f = d.filters;
	const filters: Filter[] = show.map((k) =>
		k === 'schooljaar'
			? { name: k, label: LABELS[k], value: f.schooljaar ?? d.schooljaar ?? '', options: d.schooljaren }
			: { name: k, label: LABELS[k], value: f[k] ?? '', options: d.opties[k], all: ALLE[k] }
	);
	const verborgen = Object.fromEntries(KEYS.filter((k) => !show.includes(k) && f[k]).map((k) => [k, f[k] as string]));
	const wissen = show.some((k) => k !== 'schooljaar' && f[k]) ? `?${f.schooljaar ? `schooljaar=${f.schooljaar}` : ''}` : null;
	return { filters, verborgen, wissen };
}

/**
 * Whom a figure page is about: the chosen kring, else the gemeente, else the soort of scholen ("de
 * sbo-scholen"), else the whole samenwerkingsverband; `gefilterd` when one of them is chosen.
 */
export function figuurWie(f: FiguurData['filters']): { gefilterd: boolean; wie: string } {
	return {
		gefilterd: Boolean(f.kring || f.gemeente || f.schoolsoort),
		wie: f.kring ?? f.gemeente ?? (f.schoolsoort ? `de ${f.schoolsoort}-scholen` : 'het samenwerkingsverband')
	};
}

/** One filter as a page names it: [name, label, label of the empty choice]. */
export type Keuze = [name: string, label: string, all?: string];

/**
 * The filters of a page whose load gives the chosen values and the options by filter name (expertteam,
 * budget): the schooljaar, then `keuzes`; each reads its value and options under its own name.
 */
export function keuzeFilters(gekozen: Partial<Record<string, string | null>>, opties: Record<string, readonly (string | null)[]>, keuzes: Keuze[]): Filter[] {
	const schooljaar: Keuze = ['schooljaar', 'Schooljaar'];
	return [schooljaar, ...keuzes].map(([name, label, all]) => ({ name, label, value: gekozen[name], options: opties[name], all }));
}
