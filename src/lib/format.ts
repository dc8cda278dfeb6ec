/**
 * nl-NL formatting, defined once: every number, percentage, amount and date on screen, in a chart
 * axis, a tip, a sentence or a CSV cell goes through here. Missing values read "geen gegevens".
 */

export const GEEN_GEGEVENS = 'geen gegevens';

/**
 * Values hidden for a school account (server/suppress.ts). SUPPRESSED: a count of 1–4, shown as
 * "<5". HIDDEN: any other hidden value — a rate built on a small count, a value hidden so that a
 * total cannot give a small count away, or a figure of fewer than 5 schools — shown as "verborgen"
 * (never as "<5", which would be untrue for a hidden 30).
 */
export const SUPPRESSED = '<5';
export const HIDDEN = 'verborgen';
export type Suppressed = typeof SUPPRESSED | typeof HIDDEN;
export function isSuppressed(v: unknown): v is Suppressed {
	return v === SUPPRESSED || v === HIDDEN;
}
type Value = number | null | undefined | Suppressed;
/**
 * A figure as a query gives it (the generated row types, $lib/rows.generated): a number, missing
 * (null: the source holds nothing) or hidden for a school account (Suppressed). The kit takes this.
 */
export type Waarde = Value;
/** The number to draw, or null when it is missing or hidden (a chart leaves it out; its table says why). */
export function getal(v: Waarde): number | null {
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(min: number, max: number, style: 'decimal' | 'currency' = 'decimal'): Intl.NumberFormat {
	const key = `${min}-${max}-${style}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat('nl-NL', {
			minimumFractionDigits: min,
			maximumFractionDigits: max,
			useGrouping: true,
			...(style === 'currency' ? { style: 'currency', currency: 'EUR' } : {})
		});
		cache.set(key, f);
	}
	return f;
}

function missing(v: number | null | undefined | Suppressed): v is null | undefined {
	return v === null || v === undefined || !Number.isFinite(v);
}

/** 19678 → "19.678"; 2.5 → "2,5" (up to `decimals` digits). */
export function formatNumber(v: Value, decimals = 0, minDecimals = 0): string {
	if (isSuppressed(v)) return v;
	if (missing(v)) return GEEN_GEGEVENS;
	return nf(Math.min(minDecimals, decimals), decimals).format(v).replace(/^-0$/, '0');
}

/** 1.5 → "1,5%"; 2 → "2,0%" (fixed decimals, so a column of percentages lines up). */
export function formatPercent(v: Value, decimals = 1): string {
	if (isSuppressed(v)) return v;
	if (missing(v)) return GEEN_GEGEVENS;
	return `${nf(decimals, decimals).format(v)}%`;
}

/** Between "€" and its amount: a non-breaking space, so "€" never ends a line on its own. */
export const NBSP = '\u00a0';

/** 1234.5 → "€ 1.234,50", -250 → "€ -250,00" (as nl-NL writes it); whole euros with decimals = 0 → "€ 12.345" (the space is non-breaking). */
export function formatEuro(v: Value, decimals = 2): string {
	if (isSuppressed(v)) return v;
	if (missing(v)) return GEEN_GEGEVENS;
	const s = nf(decimals, decimals).format(Math.abs(v));
	return `€${NBSP}${v < 0 ? '-' : ''}${s}`;
}

/** Percentage points with a sign: +0,3 / -0,2 / 0,0. */
export function formatDelta(v: Value, decimals = 1): string {
	if (isSuppressed(v)) return v;
	if (missing(v)) return GEEN_GEGEVENS;
	const r = Number(v.toFixed(decimals));
	const s = nf(decimals, decimals).format(Math.abs(r));
	return r > 0 ? `+${s}` : r < 0 ? `-${s}` : s;
}

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MAANDEN_LANG = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function parts(d: string | Date): [number, number, number] | null {
	if (d instanceof Date) return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
	return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** "2024-10-01" → "1 okt 2024"; long: "1 oktober 2024". */
export function formatDate(d: string | Date | null | undefined, long = false): string {
	if (d === null || d === undefined) return GEEN_GEGEVENS;
	const p = parts(d);
	if (!p) return String(d);
	return `${p[2]} ${(long ? MAANDEN_LANG : MAANDEN)[p[1] - 1]} ${p[0]}`;
}

/** "2024-10-01" → "okt 2024" (month axis labels). */
export function formatMonth(d: string | Date | null | undefined): string {
	if (d === null || d === undefined) return GEEN_GEGEVENS;
	const p = parts(d);
	return p ? `${MAANDEN[p[1] - 1]} ${p[0]}` : String(d);
}

/** Schooljaar of a date: 1 August … 31 July ("2024-08-01" → "2024-2025"). */
export function schooljaarOf(d: string | Date): string {
	const p = parts(d);
	if (!p) throw new Error(`Geen datum: ${String(d)}`);
	const start = p[1] >= 8 ? p[0] : p[0] - 1;
	return `${start}-${start + 1}`;
}

export function previousSchooljaar(sj: string): string {
	const start = Number(sj.slice(0, 4)) - 1;
	return `${start}-${start + 1}`;
}

/**
 * Last year's row of a series per schooljaar: the row of previousSchooljaar(schooljaar), or null when
 * the series has none. Never "the row before": a filtered series leaves out the years without any
 * figure, and the row before would then be an older year shown as "vorig schooljaar".
 */
export function vorigJaarRij<R extends { schooljaar?: unknown }>(rows: readonly R[], schooljaar: string | null | undefined): R | null {
	if (!schooljaar) return null;
	const vorig = previousSchooljaar(schooljaar);
	return rows.find((r) => r.schooljaar === vorig) ?? null;
}

/**
 * The trend behind a tile: the rows counted on ref's kind of teldatum (1 oktober or 1 februari), up
 * to and with ref's own, in the order of `rows`; none without a ref.
 */
export function trendTot<R extends { teldatum: string | null; teldatum_soort: string | null }>(rows: readonly R[], ref: R | null | undefined): R[] {
	return rows.filter((r) => r.teldatum_soort === (ref?.teldatum_soort ?? 'oktober') && (r.teldatum ?? '') <= (ref?.teldatum ?? ''));
}

/**
 * A count with its noun, singular for exactly one: (1, 'leerling', 'leerlingen') → "1 leerling",
 * 2 → "2 leerlingen"; a hidden count keeps the plural ("<5 leerlingen").
 */
export function formatAantal(v: Value, enkelvoud: string, meervoud: string): string {
	if (isSuppressed(v)) return `${v} ${meervoud}`;
	if (missing(v)) return GEEN_GEGEVENS;
	return `${formatNumber(v)} ${v === 1 ? enkelvoud : meervoud}`;
}

const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** Made once: a DateTimeFormat costs more to make than to use (it was made on every page's load). */
const DATUM_AMSTERDAM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands (YYYY-MM-DD), whatever the server's own time zone: what "vandaag" means on every page. */
export function vandaagInNederland(now = new Date()): string {
	return DATUM_AMSTERDAM.format(now);
}

/**
 * A moment stored in UTC (audit log, import log, toelichtingen: "2026-07-01 10:00:00", with or
 * without "T", fraction or "Z") as Dutch people read it, in Europe/Amsterdam with summer time:
 * "1 jul 2026, 12:00".
 */
export function formatTijdstip(t: string | Date | null | undefined): string {
	if (t === null || t === undefined) return GEEN_GEGEVENS;
	const d = t instanceof Date ? t : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`);
	if (Number.isNaN(d.getTime())) return String(t);
	const p = Object.fromEntries(AMSTERDAM.formatToParts(d).map((x) => [x.type, x.value]));
	return `${Number(p.day)} ${MAANDEN[Number(p.month) - 1]} ${p.year}, ${p.hour}:${p.minute}`;
}

/** A value in the unit of a metric. */
export type Unit = 'pct' | 'count' | 'hours' | 'euro' | 'days' | 'ratio' | 'per1000';

/** Hidden values read as their marker: "<5" or "verborgen". */
export function formatValue(v: Value, unit: Unit, decimals?: number): string {
	if (isSuppressed(v)) return v;
	switch (unit) {
		case 'pct':
			return formatPercent(v, decimals ?? 1);
		case 'euro':
			return formatEuro(v, decimals ?? 0);
		case 'hours':
			// One decimal, fixed: "6,0 uur" beside "5,4 uur" and "1.412,5 uur" (never "1.413 uur" for it).
			return missing(v) ? GEEN_GEGEVENS : `${formatNumber(v, decimals ?? 1, decimals ?? 1)} uur`;
		case 'days':
			return missing(v) ? GEEN_GEGEVENS : `${formatNumber(v, decimals ?? 0)} ${v === 1 ? 'dag' : 'dagen'}`;
		case 'ratio':
			return formatNumber(v, decimals ?? 2, decimals ?? 2);
		case 'per1000':
			return formatNumber(v, decimals ?? 1, decimals ?? 1);
		case 'count':
			return formatNumber(v, decimals ?? 0);
	}
}

/** A number for a CSV cell read by Dutch Excel: decimal comma, no grouping. */
export function csvNumber(v: number): string {
	// Full precision without float noise: at most 10 decimals (28,444444444444443 → 28,4444444444,
	// 0,30000000000000004 → 0,3), an integer as an integer.
	if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return String(v).replace('.', ',');
	const s = v.toFixed(10).replace(/\.?0+$/, '');
	return (s === '-0' ? '0' : s).replace('.', ',');
}
