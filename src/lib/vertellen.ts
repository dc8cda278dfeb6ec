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

// ── deelname, verwijzingen, arrangementen (issue 4) ─────────────────────────

/** How a metric's value reads in a sentence: "9,9 per 1000 leerlingen", "41 dagen", "73,6%". */
function waarde(metricId: string, v: number, decimals?: number): string {
	const m = metric(metricId);
	const s = formatValue(v, m.unit, decimals ?? m.decimals);
	return m.unit === 'per1000' ? `${s} per 1000 leerlingen` : s;
}

/**
 * The one that stands out in a list, against the average of all (a ratio of sums, from the query):
 * "Kring Oost verwijst het meest: 17,6 per 1000 leerlingen, tegen 9,9 gemiddeld."
 */
export function vertelUitschieter(metricId: string, items: { naam: string; value: number | null }[], gemiddeld: number | null, werkwoord: string): string | null {
	const known = items.filter((i): i is { naam: string; value: number } => i.value !== null && Number.isFinite(i.value));
	if (known.length < 2) return null;
	const top = known.reduce((a, b) => (b.value > a.value ? b : a));
	const m = metric(metricId);
	const gem = gemiddeld !== null && Number.isFinite(gemiddeld) ? `, tegen ${formatValue(gemiddeld, m.unit, m.decimals)} gemiddeld` : '';
	return `${top.naam} ${werkwoord} het meest: ${waarde(metricId, top.value)}${gem}.`;
}

/** "Verwijzingen per 1000 leerlingen: iets gedaald ten opzichte van vorig schooljaar, van 10,2 naar 9,9." */
export function vertelVerandering(metricId: string, value: number | null, previous: number | null, vorigLabel: string): string | null {
	if (value === null || previous === null || !Number.isFinite(value) || !Number.isFinite(previous)) return null;
	const m = metric(metricId);
	const d = decimalsFor([value, previous], m.unit, m.decimals);
	const size = differenceSize(value, previous, m.unit);
	if (size === 'gelijk') return `${m.label}: ongeveer gelijk aan ${vorigLabel} (${formatValue(value, m.unit, d)}).`;
	const dir = value > previous ? 'gestegen' : 'gedaald';
	return `${m.label}: ${size === 'iets' ? 'iets ' : ''}${dir} ten opzichte van ${vorigLabel}, van ${formatValue(previous, m.unit, d)} naar ${formatValue(value, m.unit, d)}.`;
}

/** "De middelste helft van de scholen zit tussen 3,8 en 15,1 per 1000 leerlingen (mediaan 7,8)." */
export function vertelSpreiding(metricId: string, p25: number | null, mediaan: number | null, p75: number | null, wie = 'de scholen'): string | null {
	if (p25 === null || mediaan === null || p75 === null) return null;
	const m = metric(metricId);
	const f = (v: number) => formatValue(v, m.unit, m.decimals);
	return `De middelste helft van ${wie} zit tussen ${f(p25)} en ${waarde(metricId, p75)} (mediaan ${f(mediaan)}).`;
}

/**
 * One value with its comparisons. With a distribution (P25, P75) it says where the value lies:
 * "Deze school zit bij het kwart van de scholen met de hoogste waarde: 36,7 per 1000 leerlingen, tegen 17,6 in de kring en 9,9 in het samenwerkingsverband."
 * Without one it uses the metric's phrase: "Bij deze school had 1,23% van de leerlingen een rugzak …, tegen 0,73% in de kring."
 */
export function vertelPositie(metricId: string, wie: string, value: number | null, p25: number | null, p75: number | null, comparisons: Comparison[]): string {
	const m = metric(metricId);
	if (value === null || !Number.isFinite(value)) return `Voor ${wie.replace(/^(bij|in) /i, '')} zijn er geen gegevens over de ${m.label.toLowerCase()}.`;
	const known = comparisons.filter((c): c is Comparison & { value: number } => c.value !== null && Number.isFinite(c.value));
	const d = decimalsFor([value, ...known.map((c) => c.value)], m.unit, m.decimals);
	const tegen = known.length ? `, tegen ${joinNl(known.map((c) => `${formatValue(c.value, m.unit, d)} ${c.label}`))}` : '';
	const naam = wie.charAt(0).toUpperCase() + wie.slice(1);
	if (p25 !== null && p75 !== null) {
		const plek =
			value > p75 ? 'zit bij het kwart van de scholen met de hoogste waarde'
			: value < p25 ? 'zit bij het kwart van de scholen met de laagste waarde'
			: 'zit in de middelste helft van de scholen';
		return `${naam} ${plek}: ${waarde(metricId, value, d)}${tegen}.`;
	}
	if (m.phrase) return `${naam} ${m.phrase.replace('{v}', waarde(metricId, value, d))}${tegen}.`;
	return `${naam}: ${waarde(metricId, value, d)}${tegen}.`;
}

/** "In 2025-2026 kwamen er voor het samenwerkingsverband 261 TLVs: 110 voor het sbo en 151 voor het so (vorig schooljaar 263)." */
export function vertelTlvs(schooljaar: string, wie: string, sbo: number, so: number, vorig: number | null): string {
	const totaal = sbo + so;
	if (totaal === 0) return `In ${schooljaar} zijn er voor ${wie} geen TLV-besluiten.`;
	const tail = vorig !== null ? ` (vorig schooljaar ${formatValue(vorig, 'count')})` : '';
	return `In ${schooljaar} kwamen er voor ${wie} ${formatValue(totaal, 'count')} TLVs: ${formatValue(sbo, 'count')} voor het sbo en ${formatValue(so, 'count')} voor het so${tail}.`;
}

/** "De helft van de TLVs was binnen 42 dagen na de aanvraag besloten (P25 26, P75 55 dagen). 13 TLVs zonder aanvraagdatum tellen niet mee." */
export function vertelDoorlooptijd(p25: number | null, mediaan: number | null, p75: number | null, zonderAanvraag: number): string {
	const zonder = zonderAanvraag > 0 ? ` ${formatValue(zonderAanvraag, 'count')} ${zonderAanvraag === 1 ? 'TLV zonder aanvraagdatum telt' : 'TLVs zonder aanvraagdatum tellen'} niet mee.` : '';
	if (mediaan === null || p25 === null || p75 === null) return `Over de doorlooptijd van de TLVs zijn geen gegevens.${zonder}`;
	return `De helft van de TLVs was binnen ${formatValue(mediaan, 'days')} na de aanvraag besloten (P25 ${formatValue(p25, 'count')}, P75 ${formatValue(p75, 'days')}).${zonder}`;
}
