/**
 * "Vertellen": plain Dutch (B1) sentences about a figure and its comparisons. The wording follows the
 * size of the difference, names the comparison honestly (year, definition), and says so when data are
 * missing. Pages never write their own comparison sentences; they call this module.
 */
import { formatValue, formatDate, type Unit } from './format';
import { metric } from './metrics';

export type Size = 'gelijk' | 'iets' | 'duidelijk';

/** How big a difference is: percentages in percentage points, other units relative. */
export function differenceSize(value: number, ref: number, unit: Unit): Size {
	const diff = Math.abs(value - ref);
	if (unit === 'pct') {
		if (diff < 0.05) return 'gelijk';
		return diff / Math.max(Math.abs(ref), 1e-9) < 0.1 ? 'iets' : 'duidelijk';
	}
	const rel = diff / Math.max(Math.abs(ref), 1e-9);
	if (rel < 0.02) return 'gelijk';
	return rel < 0.1 ? 'iets' : 'duidelijk';
}

/** "iets hoger dan" / "duidelijk lager dan" / "gelijk aan". */
export function compareWords(value: number, ref: number, unit: Unit): string {
	const size = differenceSize(value, ref, unit);
	if (size === 'gelijk') return 'gelijk aan';
	const dir = value > ref ? 'hoger' : 'lager';
	return size === 'iets' ? `iets ${dir} dan` : `${dir} dan`;
}

/**
 * Decimals needed so that a value and its comparisons look as different as they are:
 * 2,26% against 2,32% is not "2,3% against 2,3%".
 */
export function decimalsFor(values: number[], unit: Unit, decimals: number): number {
	const shown = (d: number) => values.map((v) => formatValue(v, unit, d));
	const [first, ...rest] = values;
	for (let d = decimals; d < decimals + 1; d++) {
		const s = shown(d);
		if (rest.every((v, i) => v === first || s[i + 1] !== s[0])) return d;
	}
	return decimals + 1;
}

export interface Comparison {
	value: number | null;
	/** Label in the sentence: "vorig jaar", "landelijk", "de kring". */
	label: string;
	/** Extra words after the value, e.g. "in 2021, gemeten over alle po-leerlingen". */
	note?: string;
}

/** "iets lager dan vorig jaar (2,4%)". */
function comparePhrase(value: number, c: Comparison & { value: number }, unit: Unit, decimals: number): string {
	const words = compareWords(value, c.value, unit);
	return `${words} ${c.label} (${formatValue(c.value, unit, decimals)}${c.note ? ` ${c.note}` : ''})`;
}

function joinNl(parts: string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/**
 * One sentence about a figure on a teldatum:
 * "Op 1 oktober 2025 zat 2,26% van de leerlingen op het sbo: iets lager dan vorig jaar (2,32%) en …"
 */
export function vertelFiguur(metricId: string, value: number | null, teldatum: string, comparisons: Comparison[]): string {
	const m = metric(metricId);
	const when = `Op ${formatDate(teldatum, true)}`;
	if (value === null || !Number.isFinite(value)) return `${when} zijn er geen gegevens voor ${m.label.toLowerCase()}.`;
	const known = comparisons.map((c) => c.value).filter((v): v is number => v !== null && Number.isFinite(v));
	const d = decimalsFor([value, ...known], m.unit, m.decimals);
	const clause = (m.phrase ?? `was de ${m.label.toLowerCase()} {v}`).replace('{v}', formatValue(value, m.unit, d));
	const has = (c: Comparison) => c.value !== null && Number.isFinite(c.value);
	const parts = comparisons.filter(has).map((c) => comparePhrase(value, c as Comparison & { value: number }, m.unit, d));
	const missing = comparisons.filter((c) => !has(c)).map((c) => c.label);
	const tail = missing.length ? ` Voor ${joinNl(missing)} zijn geen gegevens.` : '';
	return `${when} ${clause}${parts.length ? `. Dat is ${joinNl(parts)}` : ''}.${tail}`;
}

/** "Over drie jaar is de deelname so gestegen: van 1,5% naar 1,9%." */
export function vertelTrend(metricId: string, series: { teldatum: string; value: number | null }[]): string | null {
	const m = metric(metricId);
	const known = series.filter((s) => s.value !== null && Number.isFinite(s.value));
	if (known.length < 3) return null;
	const first = known[known.length - 3];
	const last = known[known.length - 1];
	const size = differenceSize(last.value!, first.value!, m.unit);
	const d = decimalsFor([first.value!, last.value!], m.unit, m.decimals);
	const [a, b] = [formatValue(first.value!, m.unit, d), formatValue(last.value!, m.unit, d)];
	const span = `van ${formatDate(first.teldatum)} tot ${formatDate(last.teldatum)}`;
	if (size === 'gelijk') return `De ${m.label.toLowerCase()} bleef ${span} gelijk (${b}).`;
	const dir = last.value! > first.value! ? 'gestegen' : 'gedaald';
	return `De ${m.label.toLowerCase()} is ${span} ${size === 'iets' ? 'iets ' : ''}${dir}: van ${a} naar ${b}.`;
}
