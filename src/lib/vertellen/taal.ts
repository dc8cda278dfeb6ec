/**
 * The sentence engine of "vertellen": plain Dutch (B1) sentences about a figure and its comparisons (last year, kring, SWV,
 * country, the trend, a rank). The area modules beside it (verwijzingen, expertteam, budget, thuiszitters, financien,
 * streefwaarden) build on it; pages never write their own comparison sentences.
 *
 * Everything a sentence says is decided by the tables below, so the rules can be read in one place:
 *  - SIZE_RULES: when a difference is "gelijk", "iets" or "duidelijk";
 *  - VERSCHIL / TREND: the words per size and direction;
 *  - OORDEEL: "gunstiger"/"ongunstiger", only for figures whose catalogue entry has a direction
 *    (`lowerIsBetter` true/false), and never against a figure with another definition;
 *  - missing data and a denominator of 0 are said in words, never shown as 0.
 *
 * Entry points: `vertel(figuur)` (all sentences for one figure), and the single sentences
 * `vertelFiguur`, `vertelTrend`, `vertelReeks`, `vertelRang`, `vertelGeenWaarde`.
 */
import { SUPPRESSED, formatAantal, formatValue, formatDate, getal, isSuppressed, type Suppressed, type Unit, type Waarde } from '../format';
import { formatMetric, metric, type Metric } from '../metrics';
import { hoofdletter } from '../sector';

/**
 * Why a value is hidden for a school account (docs/cijfers.md, Privacy): a count of 1–4 ("<5") says so;
 * "verborgen" is a rate over such a count, or a count hidden because with the others it would give one
 * away (complementary suppression, suppress.ts), which may itself be large.
 */
const verborgenReden = (hoe: Suppressed) =>
	`het cijfer berust op een aantal van 1 tot 4 (leerlingen, TLV's of arrangementen)${hoe === SUPPRESSED ? '' : " of zou met de andere cijfers zo'n aantal verraden"}, en zulke kleine aantallen toont de monitor aan een schoolaccount niet`;

export type Size = 'gelijk' | 'iets' | 'duidelijk';
type Richting = 'hoger' | 'lager';

/**
 * Thresholds per unit. Percentages: absolute difference in percentage points below `gelijk`, and
 * below `iets` as a share of the reference. Other units: relative difference only.
 */
const SIZE_RULES: Record<'pct' | 'other', { gelijkAbs?: number; gelijkRel?: number; iets: number }> = {
	pct: { gelijkAbs: 0.05, iets: 0.1 },
	other: { gelijkRel: 0.02, iets: 0.1 }
};

const VERSCHIL: Record<Size, Record<Richting, string>> = {
	gelijk: { hoger: 'gelijk aan', lager: 'gelijk aan' },
	iets: { hoger: 'iets hoger', lager: 'iets lager' },
	duidelijk: { hoger: 'duidelijk hoger', lager: 'duidelijk lager' }
};

const TREND: Record<Exclude<Size, 'gelijk'>, Record<Richting, string>> = {
	iets: { hoger: 'iets gestegen', lager: 'iets gedaald' },
	duidelijk: { hoger: 'duidelijk gestegen', lager: 'duidelijk gedaald' }
};

/** Whether a change in a direction is good, per the catalogue's `lowerIsBetter`. */
const OORDEEL: Record<'true' | 'false', Record<Richting, 'gunstiger' | 'ongunstiger'>> = {
	true: { hoger: 'ongunstiger', lager: 'gunstiger' },
	false: { hoger: 'gunstiger', lager: 'ongunstiger' }
};

const TELWOORD = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
/** 8 → "acht"; above twelve in digits (B1 writing advice). */
export function telwoord(n: number): string {
	return TELWOORD[n] ?? String(n);
}

/** How big a difference is: percentages in percentage points, other units relative. */
export function differenceSize(value: number, ref: number, unit: Unit): Size {
	const diff = Math.abs(value - ref);
	const rel = diff / Math.max(Math.abs(ref), 1e-9);
	const rule = SIZE_RULES[unit === 'pct' ? 'pct' : 'other'];
	if (rule.gelijkAbs !== undefined ? diff < rule.gelijkAbs : rel < (rule.gelijkRel ?? 0)) return 'gelijk';
	return rel < rule.iets ? 'iets' : 'duidelijk';
}

/** "iets hoger dan" / "duidelijk lager dan" / "gelijk aan". */
export function compareWords(value: number, ref: number, unit: Unit): string {
	const size = differenceSize(value, ref, unit);
	const words = VERSCHIL[size][value > ref ? 'hoger' : 'lager'];
	return size === 'gelijk' ? words : `${words} dan`;
}

/** "gunstiger" / "ongunstiger" when the catalogue gives the figure a direction and the values differ; else null. */
export function oordeel(metricId: string, value: number, ref: number): 'gunstiger' | 'ongunstiger' | null {
	const m = metric(metricId);
	if (m.lowerIsBetter === null || differenceSize(value, ref, m.unit) === 'gelijk') return null;
	return OORDEEL[m.lowerIsBetter ? 'true' : 'false'][value > ref ? 'hoger' : 'lager'];
}

export interface Comparison {
	/** A value hidden for a school account keeps its marker ("<5", "verborgen"): it exists, it is not shown. */
	value: number | Suppressed | null;
	/** Label in the sentence: "vorig jaar", "landelijk", "de kring". */
	label: string;
	/** Extra words after the value, e.g. "in 2021, gemeten over alle po-leerlingen". */
	note?: string;
	/** The comparison figure has another definition (or kind of teldatum): shown labelled, never compared or judged. */
	andereDefinitie?: boolean;
	/** The comparison is an estimate (DUO's <5 cells): its smallest and largest possible value. */
	bereik?: Bereik | null;
}

/** The smallest and largest possible value of an estimate (a count built from DUO's <5 cells). */
export type Bereik = readonly [number, number];

const known = (v: number | Suppressed | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The direction of a difference, decided on unrounded values, but never one the shown digits
 * contradict: values that read the same ("2,3%" and "2,3%") are "gelijk" whatever the rules say.
 */
export function verschil(value: number, ref: number, unit: Unit, decimals: number): { size: Size; richting: Richting } {
	const size = formatValue(value, unit, decimals) === formatValue(ref, unit, decimals) ? 'gelijk' : differenceSize(value, ref, unit);
	return { size, richting: value > ref ? 'hoger' : 'lager' };
}

/**
 * Whether an estimate leaves the direction open: the ranges of value and reference overlap, so the
 * true value may lie on either side. Exact values have no range.
 */
export function bereikOverlapt(value: number, ref: number, bereik?: Bereik | null, refBereik?: Bereik | null): boolean {
	if (!bereik && !refBereik) return false;
	const [lo, hi] = bereik ?? [value, value];
	const [rlo, rhi] = refBereik ?? [ref, ref];
	return lo <= rhi && hi >= rlo;
}

/** "2,3% (schatting: 2,2% tot 2,4%)": an estimate is marked where it is shown. */
export function metSchatting(shown: string, bereik: Bereik | null | undefined, unit: Unit, decimals: number): string {
	const b = bereikTekst(bereik, unit, decimals);
	return b ? `${shown} (schatting: ${b})` : shown;
}

/**
 * "2,2% tot 2,4%", or null when there is no range or both ends read the same as shown (0,8% tot
 * 0,8%): then the figure is exact to the digits on screen and nothing needs marking.
 */
export function bereikTekst(bereik: Bereik | null | undefined, unit: Unit, decimals: number): string | null {
	if (!bereik) return null;
	const [lo, hi] = [formatValue(bereik[0], unit, decimals), formatValue(bereik[1], unit, decimals)];
	return lo === hi ? null : `${lo} tot ${hi}`;
}

/**
 * The difference in words, without "dan": "gelijk", "vrijwel gelijk" (equal by the rules, but the
 * shown values differ: 263 against 266), "iets hoger", "duidelijk lager".
 */
export function verschilWoorden(value: number, ref: number, unit: Unit, decimals: number): string {
	const { size, richting } = verschil(value, ref, unit, decimals);
	if (size === 'gelijk') return formatValue(value, unit, decimals) === formatValue(ref, unit, decimals) ? 'gelijk' : 'vrijwel gelijk';
	return VERSCHIL[size][richting];
}

/** "iets lager en dus gunstiger dan vorig jaar (2,4%)". */
function comparePhrase(m: Metric, value: number, c: Comparison & { value: number }, decimals: number, bereik?: Bereik | null): string {
	const shown = `(${metSchatting(formatValue(c.value, m.unit, decimals), c.bereik, m.unit, decimals)}${c.note ? ` ${c.note}` : ''})`;
	// An estimate whose range reaches the comparison: neither hoger nor lager can be said.
	if (bereikOverlapt(value, c.value, bereik, c.bereik)) return `door de schatting niet met zekerheid hoger of lager dan ${c.label} ${shown}`;
	const { size, richting } = verschil(value, c.value, m.unit, decimals);
	if (size === 'gelijk') return `${verschilWoorden(value, c.value, m.unit, decimals)} aan ${c.label} ${shown}`;
	const judged = c.andereDefinitie ? null : oordeel(m.id, value, c.value);
	return `${VERSCHIL[size][richting]}${judged ? ` en dus ${judged}` : ''} dan ${c.label} ${shown}`;
}

/** A comparison with another definition, told beside the figure and never compared: "Landelijk: 2,5% (in 2021, …); dat cijfer is anders gemeten." */
function gelabeld(m: Metric, c: Comparison & { value: number }, decimals: number): string {
	return `${hoofdletter(c.label)}: ${formatValue(c.value, m.unit, decimals)}${c.note ? ` (${c.note})` : ''}; dat cijfer is anders gemeten en daarom niet vergeleken.`;
}

/** A figure a sentence names, with the fragment it reads as when it has a number ("2,2%", "18.811 leerlingen bao"). */
export interface Genoemd {
	/** The figure as a subject, for when it has no number: "de deelname so", "de kosten". */
	naam: string;
	waarde: Waarde;
	tekst: (v: number) => string;
}

/** Why a value is hidden, short: after "Het cijfer voor … is verborgen:". */
export const VERBORGEN_KORT = "het berust op minder dan 5 leerlingen, TLV's of arrangementen, of zou met de andere cijfers zo'n klein aantal verraden";

/**
 * A sentence that names figures in value slots: `noemCijfers('Op 1 februari 2026 was', [deelname sbo, deelname so])`
 * reads "Op 1 februari 2026 was de deelname sbo 2,2% en de deelname so 1,6%." A figure without a number
 * never fills a slot ("de deelname so geen gegevens", "kosten samen verborgen"): it leaves the list and
 * is said after it ("Voor de deelname so zijn geen gegevens.", "Het cijfer voor … is verborgen: …").
 * `begin` may hold "{}" where the list goes ("De arrangementen kosten samen {}."); otherwise the list
 * follows it. Null when no figure has a number and `ookZonder` is not set: then there is nothing to tell
 * beyond what the page says elsewhere.
 */
export function noemCijfers(begin: string, items: Genoemd[], opts: { ookZonder?: boolean } = {}): string | null {
	const met = items.filter((i) => getal(i.waarde) !== null);
	const verborgen = items.filter((i) => isSuppressed(i.waarde)).map((i) => i.naam);
	const zonder = items.filter((i) => getal(i.waarde) === null && !isSuppressed(i.waarde)).map((i) => i.naam);
	if (!met.length && !opts.ookZonder) return null;
	const lijst = joinNl(met.map((i) => i.tekst(getal(i.waarde) as number)));
	const zin = met.length ? (begin.includes('{}') ? begin.replace('{}', lijst) : `${begin} ${lijst}.`) : '';
	const tail = [
		verborgen.length ? `Het cijfer voor ${joinNl(verborgen)} is verborgen: ${VERBORGEN_KORT}.` : '',
		zonder.length ? `Voor ${joinNl(zonder)} zijn geen gegevens.` : ''
	];
	return [zin, ...tail].filter(Boolean).join(' ');
}

/** The summary of a folded list: "Toon alle 86 scholen", "Toon de school"; null for none (never "Toon alle 0 scholen"). */
export function toonAlle(n: number, enkelvoud: string, meervoud: string): string | null {
	if (n <= 0) return null;
	return n === 1 ? `Toon de ${enkelvoud}` : `Toon alle ${formatValue(n, 'count')} ${meervoud}`;
}

export function joinNl(parts: string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/**
 * Names in a sentence, at most `max` of them: "Kring A, Kring B en nog 48 andere kringen" (a very
 * large SWV has hundreds of kringen; a sentence naming them all is not read).
 */
export function noemNl(names: string[], meervoud: string, max = 5): string {
	// "en nog 1 andere" would take as many words as the name itself.
	if (names.length <= max + 1) return joinNl(names);
	return `${names.slice(0, max).join(', ')} en nog ${formatValue(names.length - max, 'count')} andere ${meervoud}`;
}

/**
 * A figure as the subject of a sentence: the catalogue's `onderwerp`, else from its label — a count as
 * "het aantal leerlingen met so-TLV", anything else "de deelname sbo"; an abbreviation keeps its capitals
 * ("het aantal TLV's sbo", never "de tlv's sbo").
 */
export function onderwerp(m: Metric): string {
	if (m.onderwerp) return m.onderwerp;
	const label = /^[A-Z]{2}/.test(m.label) ? m.label : m.label.charAt(0).toLowerCase() + m.label.slice(1);
	return m.unit === 'count' ? `het aantal ${label}` : `de ${label}`;
}

const isSchooljaar = (s: string) => /^\d{4}-\d{4}$/.test(s);

/** "Op 1 oktober 2024" for a teldatum, "In schooljaar 2024-2025" for a schooljaar. */
export function wanneerZin(wanneer: string): string {
	return isSchooljaar(wanneer) ? `In schooljaar ${wanneer}` : `Op ${formatDate(wanneer, true)}`;
}

/** The catalogue's phrase ("zat {v} van de leerlingen op het sbo") with the subject after its verb; a count of 1 takes the singular phrase. */
function clause(m: Metric, shown: string, wie?: string, value?: number): string {
	const phrase = (value === 1 && m.phraseEen) || (m.phrase ?? `was ${onderwerp(m)} {v}`);
	// After the verb, and after "er" or the subject when the phrase has one: "waren er in Kring Noord
	// 120 verwijzingen", "werkte het expertteam bij Basisschool Een 37 uur".
	const withWho = wie ? phrase.replace(/^(\S+(?: er| het expertteam)?)/, `$1 ${wie}`) : phrase;
	return withWho.replace('{v}', shown);
}

/**
 * Why there is no value, in words: a denominator of 0 says so; otherwise "geen gegevens".
 * "Op 1 oktober 2024 is de deelname sbo in Kring Zuid niet te berekenen: het aantal leerlingen is 0."
 */
export function vertelGeenWaarde(metricId: string, wanneer: string, opts: { wie?: string; noemer?: number | null; noemerLabel?: string } = {}): string {
	const m = metric(metricId);
	const who = opts.wie ? ` ${opts.wie}` : '';
	if (opts.noemer === 0) {
		return `${wanneerZin(wanneer)} is ${onderwerp(m)}${who} niet te berekenen: ${opts.noemerLabel ?? 'het aantal leerlingen'} is 0.`;
	}
	return `${wanneerZin(wanneer)} zijn er geen gegevens over ${onderwerp(m)}${who}.`;
}

/**
 * A value hidden for a school account (a count of 1–4 shows as "<5"; a rate built on it, or a count that
 * would give one away, as "verborgen"; `hoe` says which, and the reason follows it):
 * "Op 1 oktober 2024 is de deelname so bij Basisschool Een verborgen: het cijfer berust op een aantal van 1 tot 4 …"
 */
export function vertelVerborgen(metricId: string, wanneer: string, opts: { wie?: string; hoe: Suppressed }): string {
	const m = metric(metricId);
	return `${wanneerZin(wanneer)} is ${onderwerp(m)}${opts.wie ? ` ${opts.wie}` : ''} verborgen: ${verborgenReden(opts.hoe)}.`;
}

/**
 * One sentence about a figure with its comparisons:
 * "Op 1 oktober 2025 zat 2,26% van de leerlingen op het sbo. Dat is iets lager en dus gunstiger dan vorig jaar (2,32%) en …"
 * `wanneer` is a teldatum or a schooljaar; `wie` is an optional subject ("in Kring Noord").
 */
export function vertelFiguur(
	metricId: string,
	value: Waarde,
	teldatum: string | null,
	comparisons: Comparison[],
	opts: { wie?: string; noemer?: number | null; noemerLabel?: string; bereik?: Bereik | null } = {}
): string {
	const m = metric(metricId);
	const wanneer = teldatum ?? '';
	if (isSuppressed(value)) return vertelVerborgen(metricId, wanneer, { wie: opts.wie, hoe: value });
	if (!known(value)) return vertelGeenWaarde(metricId, wanneer, opts);
	// A figure has one number of decimals everywhere (the catalogue's): values that read the same are "gelijk".
	const d = m.decimals;
	const has = (c: Comparison): c is Comparison & { value: number } => known(c.value);
	const parts = comparisons
		.filter((c) => has(c) && !c.andereDefinitie)
		.map((c) => comparePhrase(m, value, c as Comparison & { value: number }, d, opts.bereik));
	const labelled = comparisons
		.filter((c) => has(c) && c.andereDefinitie)
		.map((c) => ` ${gelabeld(m, c as Comparison & { value: number }, d)}`)
		.join('');
	const verborgen = comparisons.filter((c) => isSuppressed(c.value)).map((c) => c.label);
	const missing = comparisons.filter((c) => !has(c) && !isSuppressed(c.value)).map((c) => c.label);
	const tail =
		(verborgen.length ? ` Het cijfer voor ${joinNl(verborgen)} is verborgen: ${VERBORGEN_KORT}.` : '') +
		(missing.length ? ` Voor ${joinNl(missing.map((l) => (l === 'landelijk' ? 'heel Nederland' : l)))} zijn geen gegevens.` : '');
	const shown = metSchatting(formatValue(value, m.unit, d), opts.bereik, m.unit, d);
	return `${wanneerZin(wanneer)} ${clause(m, shown, opts.wie, value)}${parts.length ? `. Dat is ${joinNl(parts)}` : ''}.${labelled}${tail}`;
}

/** The span of a series: "van 1 okt 2022 tot 1 okt 2024" or "van 2022-2023 tot 2024-2025". */
function span(first: string, last: string): string {
	const f = (s: string) => (isSchooljaar(s) ? s : formatDate(s));
	return `van ${f(first)} tot ${f(last)}`;
}

/**
 * The trend over the last three known points of a series (teldata or schooljaren), saying what
 * happened in between too:
 * "De deelname so is van 1 okt 2022 tot 1 okt 2024 iets gestegen: van 1,5% naar 1,6%. Dat is ongunstig."
 * "De deelname sbo daalde van 1 okt 2022 tot 1 okt 2024 eerst van 2,6% naar 2,2% en steeg daarna weer naar 2,5%."
 * "Gelijk" only when the shown start, middle and end are the same digits; a start that differs is named.
 * A middle point outside the ends is named: "… duidelijk gestegen: van 0,63% naar 0,71%, na een daling tot 0,59% op 1 okt 2024."
 * Null with fewer than three known points: two points are a comparison, not a trend.
 */
export function vertelReeks(
	metricId: string,
	series: { wanneer: string; value: number | Suppressed | null }[],
	opts: { wie?: string; decimalen?: number } = {}
): string | null {
	const m = metric(metricId);
	// The last three points that exist. A year without data is skipped; a value hidden from a school
	// account exists, and a trend across it would tell what the digits cannot ("bleef gelijk (0,0%)"
	// over a hidden 1,37%): then there is no trend.
	const bestaand = series.filter((s) => known(s.value) || isSuppressed(s.value)).slice(-3);
	const pts = bestaand.filter((s): s is { wanneer: string; value: number } => known(s.value));
	if (pts.length < 3) return null;
	const [first, mid, last] = pts;
	const d = opts.decimalen ?? m.decimals;
	const [a, b, c] = [first, mid, last].map((p) => formatValue(p.value, m.unit, d));
	const who = opts.wie ? ` ${opts.wie}` : '';
	const Wie = `${hoofdletter(onderwerp(m))}${who}`;
	const when = span(first.wanneer, last.wanneer);
	const eerst = verschil(mid.value, first.value, m.unit, d);
	const daarna = verschil(last.value, mid.value, m.unit, d);
	const totaal = verschil(last.value, first.value, m.unit, d);
	const judged = totaal.size === 'gelijk' ? null : oordeel(metricId, last.value, first.value);
	const verdict = judged ? ` Dat is ${judged === 'gunstiger' ? 'gunstig' : 'ongunstig'}.` : '';
	const werkwoord = (r: Richting) => (r === 'hoger' ? 'steeg' : 'daalde');
	// A dip or a peak: first one way, then clearly back.
	if (eerst.size !== 'gelijk' && daarna.size !== 'gelijk' && eerst.richting !== daarna.richting) {
		const saldo = totaal.size === 'gelijk' ? ' Per saldo bleef het ongeveer gelijk.' : verdict;
		return `${Wie} ${werkwoord(eerst.richting)} ${when} eerst van ${a} naar ${b} en ${werkwoord(daarna.richting)} daarna weer naar ${c}.${saldo}`;
	}
	if (totaal.size === 'gelijk') {
		if (a === b && b === c) return `${Wie} bleef ${when} gelijk (${c}).`;
		return `${Wie} bleef ${when} ongeveer gelijk: ${a}, ${b} en ${c}.`;
	}
	// The middle point outside the span of the ends (in the digits shown) is told too: a dip in a rise
	// ("…, na een daling tot 0,59% op 1 okt 2024"), a rise in a fall, or a top beyond where it ended.
	const moment = `${isSchooljaar(mid.wanneer) ? 'in' : 'op'} ${isSchooljaar(mid.wanneer) ? mid.wanneer : formatDate(mid.wanneer)}`;
	const omhoog = totaal.richting === 'hoger';
	const tussen =
		b !== a && (omhoog ? mid.value < first.value : mid.value > first.value)
			? `, na een ${omhoog ? 'daling' : 'stijging'} tot ${b} ${moment}`
			: b !== c && (omhoog ? mid.value > last.value : mid.value < last.value)
				? `, met ${omhoog ? 'een hoogste' : 'een laagste'} stand van ${b} ${moment}`
				: '';
	return `${Wie} is ${when} ${TREND[totaal.size][totaal.richting]}: van ${a} naar ${c}${tussen}.${verdict}`;
}

/** "Over drie jaar is de deelname so gestegen: van 1,5% naar 1,9%." (teldata; kept for existing callers). */
export function vertelTrend(metricId: string, series: { teldatum: string | null; value: Waarde }[]): string | null {
	return vertelReeks(
		metricId,
		series.flatMap((s) => (s.teldatum === null ? [] : [{ wanneer: s.teldatum, value: getal(s.value) }]))
	);
}

export interface Peer {
	naam: string;
	value: number | null;
}

/**
 * Where one unit stands among its peers (itself included):
 * "De deelname sbo van Kring Noord (3,1%) is het hoogste van de vier kringen."
 * Ties are decided on the value as shown, and named ("samen met Kring Oost"). Null with fewer than
 * two known values, or when `naam` has no value. Never for the school role about other schools
 * (docs/cijfers.md, Privacy): the caller decides who may see a rank.
 */
export function vertelRang(metricId: string, naam: string, peers: Peer[], groep: string, decimalen?: number): string | null {
	const m = metric(metricId);
	const shown = (v: number) => formatValue(v, m.unit, decimalen ?? m.decimals);
	const pts = peers.filter((p): p is { naam: string; value: number } => known(p.value));
	const self = pts.find((p) => p.naam === naam);
	if (!self || pts.length < 2) return null;
	const n = pts.length;
	const mine = shown(self.value);
	const same = pts.filter((p) => p.naam !== naam && shown(p.value) === mine).map((p) => p.naam);
	const subject = `${hoofdletter(onderwerp(m))} van ${naam} (${mine})`;
	const ofAll = `van de ${telwoord(n)} ${groep}`;
	if (same.length === n - 1) return `${hoofdletter(onderwerp(m))} is bij alle ${telwoord(n)} ${groep} gelijk (${mine}).`;
	const higher = pts.filter((p) => shown(p.value) !== mine && p.value > self.value).length;
	const lower = pts.filter((p) => shown(p.value) !== mine && p.value < self.value).length;
	const together = same.length ? ` samen met ${noemNl(same, groep)}` : '';
	const judged = (top: boolean) => {
		if (m.lowerIsBetter === null) return '';
		const good = top !== m.lowerIsBetter;
		return `, en dus het ${good ? 'gunstigste' : 'minst gunstige'},`;
	};
	if (higher === 0) return `${subject} is${together} het hoogste${judged(true)} ${ofAll}.`;
	if (lower === 0) return `${subject} is${together} het laagste${judged(false)} ${ofAll}.`;
	if (higher === 1) return `${subject} is${together} het op één na hoogste ${ofAll}.`;
	if (lower === 1) return `${subject} is${together} het op één na laagste ${ofAll}.`;
	return `${subject} staat${together} op plaats ${higher + 1} ${ofAll}, van hoog naar laag.`;
}

/** Everything the monitor can tell about one figure; every part is optional except the figure itself. */
export interface Figuur {
	id: string;
	value: number | null;
	/** A teldatum ('2024-10-01') or a schooljaar ('2024-2025'). */
	wanneer: string;
	/** Subject after the verb: "in Kring Noord", "op Basisschool De Regenboog". */
	wie?: string;
	/** The denominator of a ratio, so that 0 can be said in words. */
	noemer?: number | null;
	noemerLabel?: string;
	/** The value is an estimate (DUO's <5 cells): its smallest and largest possible value. */
	bereik?: Bereik | null;
	/** Last year, the kring, the SWV, the country … in the order they should be read. */
	vergelijkingen?: Comparison[];
	/** The series for the trend (oldest first); the last three known points are used, none across a hidden one. */
	reeks?: { wanneer: string; value: number | Suppressed | null }[];
	/** The unit's rank among its peers. */
	rang?: { naam: string; groep: string; peers: Peer[] };
}

/** The sentences for one figure, in reading order: the figure with its comparisons, its rank, its trend. */
export function vertel(f: Figuur): string[] {
	const out = [vertelFiguur(f.id, f.value, f.wanneer, f.vergelijkingen ?? [], { wie: f.wie, noemer: f.noemer, noemerLabel: f.noemerLabel, bereik: f.bereik })];
	const decimalen = metric(f.id).decimals;
	if (f.rang && known(f.value)) {
		const r = vertelRang(f.id, f.rang.naam, f.rang.peers, f.rang.groep, decimalen);
		if (r) out.push(r);
	}
	if (f.reeks) {
		const t = vertelReeks(f.id, f.reeks, { wie: f.wie, decimalen });
		if (t) out.push(t);
	}
	return out;
}

/** A warning the adviseur acts on: what it is about and the sentence that says it. */
export interface Signaal {
	soort: 'streefwaarde' | 'achter_op_tempo' | 'uren_zonder_formatie' | 'school_zonder_uren' | 'onderbesteding' | 'overbesteding' | 'minder_vaste_ab';
	wie: string;
	tekst: string;
	/** How far past its threshold, relative to it (0,2 = 20 % past): ranks signals of one kind (signalen.ts). */
	afstand?: number;
	/** Where it is: the page that shows it (the overview links each signal). */
	href?: string;
}

export const pct0 = (v: Waarde) => formatValue(v, 'pct', 0);
/** A share of a whole: small shares (one kring of hundreds) keep their decimals, so 0,25% is not "0%". */
export const aandeel = (v: Waarde) => formatValue(v, 'pct', typeof v === 'number' && v !== 0 && Math.abs(v) < 1 ? 2 : 0);
/** Hours as every hour figure shows them (one decimal, the unit's rule in format.ts). */
export const uur = (v: Waarde) => formatValue(v, 'hours');
export const euro0 = (v: Waarde) => formatValue(v, 'euro', 0);
/**
 * A formatter for one figure, in the decimals of the catalogue that its tile shows too: "89,7%" in the
 * sentence beside the tile's 89,7%, never "90%"; the same digits on every page (issue 12).
 */
export function opKaart(metricId: string): (v: Waarde) => string {
	return (v) => formatMetric(metricId, v);
}

// ── deelname, verwijzingen, arrangementen (issue 4) ─────────────────────────

/** How a metric's value reads in a sentence: "9,9 per 1.000 leerlingen", "41 dagen", "73,6%". */
function waarde(metricId: string, v: number, decimals?: number): string {
	const m = metric(metricId);
	const s = formatValue(v, m.unit, decimals ?? m.decimals);
	return m.unit === 'per1000' ? `${s} per 1.000 leerlingen` : s;
}

/**
 * The one that stands out in a list, against the average of all (a ratio of sums, from the query):
 * "Kring Oost verwijst het meest: 17,6 per 1.000 leerlingen, tegen 9,9 gemiddeld."
 */
export function vertelUitschieter(metricId: string, items: { naam: string | null; value: Waarde }[], gemiddeld: Waarde, werkwoord: string): string | null {
	const known = items.flatMap((i) => (getal(i.value) === null ? [] : [{ naam: i.naam ?? '', value: getal(i.value) as number }]));
	if (known.length < 2) return null;
	const top = known.reduce((a, b) => (b.value > a.value ? b : a));
	const m = metric(metricId);
	// Nobody stands out when every value reads the same ("0,0 tegen 0,0").
	const shown = (v: number) => formatValue(v, m.unit, m.decimals);
	if (known.every((i) => shown(i.value) === shown(top.value))) return null;
	const gem = getal(gemiddeld) !== null ? `, tegen ${formatValue(gemiddeld, m.unit, m.decimals)} gemiddeld` : '';
	return `${top.naam} ${werkwoord} het meest: ${waarde(metricId, top.value)}${gem}.`;
}

/**
 * The pupils on a teldatum: "Cijfers op de teldatum 1 oktober 2025: 18.811 leerlingen bao, 435 sbo en 212 met een so-TLV."
 * A count that was never loaded leaves the list ("… 435 sbo. Voor het aantal leerlingen met een so-TLV zijn geen gegevens."),
 * never "geen gegevens met een so-TLV". `achter` follows the list: " (van de gekozen scholen)".
 */
export function vertelLeerlingen(begin: string, r: { leerlingen_bao: Waarde; leerlingen_sbo: Waarde; leerlingen_so: Waarde }, achter = ''): string | null {
	const n = (v: number) => formatValue(v, 'count');
	return noemCijfers(`${begin}: {}${achter}.`, [
		{ naam: 'het aantal leerlingen bao', waarde: r.leerlingen_bao, tekst: (v) => `${n(v)} ${v === 1 ? 'leerling' : 'leerlingen'} bao` },
		{ naam: 'het aantal leerlingen sbo', waarde: r.leerlingen_sbo, tekst: (v) => `${n(v)} sbo` },
		{ naam: 'het aantal leerlingen met een so-TLV', waarde: r.leerlingen_so, tekst: (v) => `${n(v)} met een so-TLV` }
	]);
}

/** "Verwijzingen per 1.000 leerlingen: iets gedaald ten opzichte van vorig schooljaar, van 10,2 naar 9,9." */
export function vertelVerandering(metricId: string, nu: Waarde, vorig: Waarde, vorigLabel: string, bereik?: Bereik | null): string | null {
	const value = getal(nu);
	const previous = getal(vorig);
	if (value === null || previous === null) return null;
	const m = metric(metricId);
	const d = m.decimals;
	const { size } = verschil(value, previous, m.unit, d);
	if (size !== 'gelijk' && bereikOverlapt(value, previous, bereik)) {
		return `${m.label}: door de schatting niet met zekerheid gestegen of gedaald ten opzichte van ${vorigLabel} (${formatValue(previous, m.unit, d)}); nu ${metSchatting(formatValue(value, m.unit, d), bereik, m.unit, d)}.`;
	}
	if (size === 'gelijk') {
		// The digits in brackets after "vorig schooljaar" are last year's as much as this year's
		// (9,924 and 9,931: "(9,9)"); when they read differently, both are named.
		if (formatValue(value, m.unit, d) === formatValue(previous, m.unit, d))
			return `${m.label}: ongeveer gelijk aan ${vorigLabel} (${formatValue(value, m.unit, d)}).`;
		return `${m.label}: ongeveer gelijk aan ${vorigLabel}: van ${formatValue(previous, m.unit, d)} naar ${formatValue(value, m.unit, d)}.`;
	}
	const dir = value > previous ? 'gestegen' : 'gedaald';
	return `${m.label}: ${size === 'iets' ? 'iets ' : ''}${dir} ten opzichte van ${vorigLabel}, van ${formatValue(previous, m.unit, d)} naar ${formatValue(value, m.unit, d)}.`;
}

/** "De middelste helft van de scholen zit tussen 3,8 en 15,1 per 1.000 leerlingen (mediaan 7,8)." */
export function vertelSpreiding(metricId: string, laag: Waarde, midden: Waarde, hoog: Waarde, wie = 'de scholen'): string | null {
	const [p25, mediaan, p75] = [getal(laag), getal(midden), getal(hoog)];
	if (p25 === null || mediaan === null || p75 === null) return null;
	const m = metric(metricId);
	const f = (v: number) => formatValue(v, m.unit, m.decimals);
	return `De middelste helft van ${wie} zit tussen ${f(p25)} en ${waarde(metricId, p75)} (mediaan ${f(mediaan)}).`;
}

/**
 * One value with its comparisons. With a distribution (P25, P75) it says where the value lies:
 * "Deze school zit bij het kwart van de scholen met de hoogste waarde: 36,7 per 1.000 leerlingen, tegen 17,6 in de kring en 9,9 in het samenwerkingsverband."
 * Without one it uses the metric's phrase: "Bij deze school had 1,23% van de leerlingen een rugzak …, tegen 0,73% in de kring."
 */
export function vertelPositie(
	metricId: string,
	wie: string,
	value: number | Suppressed | null,
	p25: number | null,
	p75: number | null,
	comparisons: Comparison[],
	bereik?: Bereik | null
): string {
	const m = metric(metricId);
	if (isSuppressed(value)) return `Voor ${wie.replace(/^(bij|in) /i, '')} is ${onderwerp(m)} verborgen: ${verborgenReden(value)}.`;
	if (value === null || !Number.isFinite(value)) return `Voor ${wie.replace(/^(bij|in) /i, '')} zijn er geen gegevens over ${onderwerp(m)}.`;
	const known = comparisons.filter((c): c is Comparison & { value: number } => c.value !== null && Number.isFinite(c.value));
	const d = m.decimals;
	const tegen = known.length ? `, tegen ${joinNl(known.map((c) => `${metSchatting(formatValue(c.value, m.unit, d), c.bereik, m.unit, d)} ${c.label}`))}` : '';
	// An estimate (DUO's <5 cells) is marked with its range; the words stay those of a position, not hoger/lager.
	const b = bereikTekst(bereik, m.unit, d);
	const eigen = b ? ` (schatting: ${b})` : '';
	const naam = wie.charAt(0).toUpperCase() + wie.slice(1);
	if (p25 !== null && p75 !== null) {
		const plek =
			value > p75
				? 'zit bij het kwart van de scholen met de hoogste waarde'
				: value < p25
					? 'zit bij het kwart van de scholen met de laagste waarde'
					: 'zit in de middelste helft van de scholen';
		return `${naam} ${plek}: ${waarde(metricId, value, d)}${eigen}${tegen}.`;
	}
	if (m.phrase) return `${naam} ${m.phrase.replace('{v}', formatValue(value, m.unit, d) + eigen)}${tegen}.`;
	return `${naam}: ${waarde(metricId, value, d)}${eigen}${tegen}.`;
}
