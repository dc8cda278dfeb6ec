/**
 * Own targets (streefwaarden, issue 19): the bestuur writes per figure the target of its
 * ondersteuningsplan — a maximum ("deelname so ≤ 1,8%"), a minimum, or both ("benutting tussen 80% en
 * 100%"). A figure is judged as it is shown, in its catalogue decimals (as on every page), so
 * "1,8% boven de streefwaarde van 1,8%" never appears: 1,84% against ≤ 1,80% reads "1,84%: boven …";
 * 1,804% is "1,80%" and within.
 */
import { formatNumber, formatValue, getal, type Waarde } from '../format';
import { metric } from '../metrics';
import { hoofdletter } from '../sector';
import { onderwerp as onderwerpVan, type Signaal } from './taal';

/** The figures a bestuur can set a target for (the overview's tiles). */
export const STREEF_METRICS = [
	'deelname_sbo_pct',
	'deelname_so_pct',
	'rugzak_pct',
	'verwijzingen_per_1000',
	'start_binnen_2_weken_pct',
	'evaluatie_op_tijd_pct',
	'benutting_pct',
	'uitputting_pct'
] as const;
export type StreefMetric = (typeof STREEF_METRICS)[number];

export interface Streefwaarde {
	metric: string;
	/** At least this (null: no lower bound). */
	min: number | null;
	/** At most this (null: no upper bound). */
	max: number | null;
}

export type Oordeel = 'binnen' | 'boven' | 'onder';

export interface StreefVergelijking {
	oordeel: Oordeel;
	/** The figure as the comparison shows it ("1,84%"). */
	getoond: string;
	/** The target in words: "hoogstens 1,8%", "tussen 80% en 100%". */
	doel: string;
	/** The bound passed ("1,8%"), when outside. */
	grens: string | null;
	/** How far outside, relative to the bound passed (0,1 = 10 % past it); 0 when within. */
	afstand: number;
}

const eenheid = (id: string) => metric(id).unit;

/** A target value as the bestuur wrote it: 1,8 → "1,8%", 80 → "80%", 12,5 per 1.000 → "12,5". */
export function formatStreef(id: string, v: number, decimalen?: number): string {
	const u = eenheid(id);
	const n = decimalen === undefined ? formatNumber(v, 2, 0) : formatNumber(v, decimalen, decimalen);
	return u === 'pct' ? `${n}%` : n;
}

/** The target in words. */
export function doelWoorden(s: Streefwaarde, decimalen?: number): string {
	const f = (v: number) => formatStreef(s.metric, v, decimalen);
	if (s.min !== null && s.max !== null) return `tussen ${f(s.min)} en ${f(s.max)}`;
	if (s.max !== null) return `hoogstens ${f(s.max)}`;
	if (s.min !== null) return `minstens ${f(s.min)}`;
	return 'geen';
}

/**
 * A figure against its target, judged on the value as shown. Null without a number (no data, or
 * hidden for a school account) or without a bound. `decimalen`: a tile's one number of decimals, in
 * which the bounds are written too ("tussen 80,0% en 100,0%" beside 90,2%).
 */
export function vergelijkStreef(s: Streefwaarde | null | undefined, value: Waarde, decimalen?: number): StreefVergelijking | null {
	const v = getal(value);
	if (!s || v === null || (s.min === null && s.max === null)) return null;
	const m = metric(s.metric);
	const d = m.decimals;
	const f = 10 ** d;
	const shownValue = Math.round(v * f) / f;
	const getoond = formatValue(shownValue, m.unit, d);
	const doel = doelWoorden(s, decimalen);
	const rel = (x: number, grens: number) => (grens === 0 ? Math.abs(x) : Math.abs(x - grens) / Math.abs(grens));
	if (s.max !== null && shownValue > s.max)
		return { oordeel: 'boven', getoond, doel, grens: formatStreef(s.metric, s.max, decimalen), afstand: rel(shownValue, s.max) };
	if (s.min !== null && shownValue < s.min)
		return { oordeel: 'onder', getoond, doel, grens: formatStreef(s.metric, s.min, decimalen), afstand: rel(shownValue, s.min) };
	return { oordeel: 'binnen', getoond, doel, grens: null, afstand: 0 };
}

const onderwerp = (id: string) => onderwerpVan(metric(id));

/**
 * The sentence beside a tile: "De deelname so was in 2024-2025 1,84%: boven de eigen streefwaarde van
 * 1,8%." / "… 76,0%: binnen de eigen streefwaarde (tussen 70% en 110%)."
 */
export function vertelStreef(s: Streefwaarde | null | undefined, value: Waarde, wanneer: string): string | null {
	const c = vergelijkStreef(s, value);
	if (!c || !s) return null;
	const kop = `${hoofdletter(onderwerp(s.metric))} was ${wanneer} ${c.getoond}`;
	if (c.oordeel === 'binnen') return `${kop}: binnen de eigen streefwaarde (${c.doel}).`;
	return `${kop}: ${c.oordeel} de eigen streefwaarde van ${c.grens}${s.min !== null && s.max !== null ? ` (${c.doel})` : ''}.`;
}

/** The warning for a figure outside its own target (the overview's signals). */
export function signaalStreef(s: Streefwaarde | null | undefined, value: Waarde, wanneer: string, href: string): Signaal | null {
	const c = vergelijkStreef(s, value);
	if (!c || !s || c.oordeel === 'binnen') return null;
	return { soort: 'streefwaarde', wie: metric(s.metric).label, tekst: vertelStreef(s, value, wanneer) ?? '', afstand: c.afstand, href };
}
