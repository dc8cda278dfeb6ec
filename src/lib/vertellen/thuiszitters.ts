/**
 * Tellen en vertellen for thuiszitters (issue 17; docs/cijfers.md): plain Dutch sentences about a
 * peildatum, a schooljaar and a school, built on the generic helpers of $lib/vertellen so the words
 * for "hoger/lager", hidden values and missing data are the same as on every other page.
 */
import { formatAantal, formatValue, isSuppressed, type Suppressed } from '../format';
import { formatMetric, metric } from '../metrics';
import { vertelFiguur, vertelGeenWaarde, vertelReeks, vertelVerborgen, wanneerZin, noemNl } from './taal';

type Aantal = number | Suppressed | null;

/** The reden of a melding in words: the codes of the verzuim table's column reden (data/README.md), and 'onbekend', which the queries give a melding without one. */
export const REDEN_LABEL: Record<string, string> = {
	gedrag: 'gedrag',
	psychisch: 'psychische problemen',
	lichamelijk: 'lichamelijke problemen',
	geen_passend_aanbod: 'geen passend aanbod',
	wachtlijst: 'wachtlijst',
	overig: 'overig',
	onbekend: 'onbekend (geen reden ingevuld)'
};

/** The SWV's own target: a number per 1.000, or nobody at home longer than 3 months; null when not set. */
export type Doel = { soort: 'per_1000'; waarde: number } | { soort: 'niemand_langer_3_maanden' } | null;

export function leesDoel(tekst: string | null | undefined): Doel {
	if (!tekst) return null;
	if (tekst === 'niemand_langer_3_maanden') return { soort: 'niemand_langer_3_maanden' };
	const n = Number(tekst);
	return Number.isFinite(n) && n >= 0 ? { soort: 'per_1000', waarde: n } : null;
}

export interface Peil {
	peildatum: string | null;
	thuiszitters: Aantal;
	langer_3_maanden: Aantal;
	thuiszitters_per_1000: number | Suppressed | null;
	vrijstelling_5a: Aantal;
	vrijstelling_5b: Aantal;
	vrijstelling_5c: Aantal;
	vrijstelling_15: Aantal;
}

const known = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A count in a sentence: a hidden one in words ("minder dan 5"), as the other sentences here say it, never "<5 van 5a". */
const aantal = (v: number | Suppressed) => (isSuppressed(v) ? 'minder dan 5' : formatValue(v, 'count'));

/**
 * The peildatum in sentences: how many at home (and per 1.000, against last year), how many longer than
 * 3 months, the vrijstellingen beside them, and the own target.
 * "Op 1 oktober 2025 zaten 6 leerlingen thuis." "Op 1 oktober 2025 zaten 0,31 per 1.000 leerlingen thuis. Dat is …"
 */
export function vertelPeildatum(nu: Peil | null, vorigPer1000: number | null, doel: Doel = null): string[] {
	if (!nu || !nu.peildatum) return ['Er zijn geen gegevens over thuiszitters: er is nog geen thuiszitterslijst ingelezen.'];
	const peildatum = nu.peildatum;
	if (nu.thuiszitters === null) return [vertelGeenWaarde('thuiszitters', peildatum)];
	const out = [vertelFiguur('thuiszitters', nu.thuiszitters, peildatum, [])];
	if (known(nu.thuiszitters) && nu.thuiszitters > 0) {
		out.push(vertelFiguur('thuiszitters_per_1000', nu.thuiszitters_per_1000, peildatum, [{ label: 'vorig jaar', value: vorigPer1000 }]));
	}
	out.push(langer(nu, peildatum));
	const vrij = vrijstellingen(nu);
	if (vrij) out.push(vrij);
	const d = doelZin(nu, doel);
	if (d) out.push(d);
	return out;
}

function langer(nu: Peil, peildatum: string): string {
	const n = nu.langer_3_maanden;
	if (isSuppressed(n)) return vertelVerborgen('thuiszitters_langer_3_maanden', peildatum, { hoe: n });
	if (!known(n)) return vertelGeenWaarde('thuiszitters_langer_3_maanden', peildatum);
	if (n === 0) return 'Niemand zat langer dan 3 maanden thuis.';
	return `Daarvan ${n === 1 ? 'zat 1 leerling' : `zaten ${formatValue(n, 'count')} leerlingen`} langer dan 3 maanden thuis.`;
}

/** "Daarnaast liepen er 37 vrijstellingen (15 van 5a, 2 van 5b, …); die tellen niet mee als thuiszitter." */
function vrijstellingen(nu: Peil): string | null {
	const delen = (['5a', '5b', '5c', '15'] as const).map((s) => ({ s, v: nu[`vrijstelling_${s}`] })).filter((x) => isSuppressed(x.v) || (known(x.v) && x.v > 0));
	if (!delen.length) return null;
	const hidden = delen.some((x) => isSuppressed(x.v));
	const totaal = delen.reduce((a, x) => a + (known(x.v) ? x.v : 0), 0);
	const lijst = noemNl(
		delen.map((x) => `${aantal(x.v as number | Suppressed)} van ${x.s}`),
		'soorten',
		4
	);
	const kop = hidden
		? 'Daarnaast liepen er vrijstellingen'
		: `Daarnaast ${totaal === 1 ? 'liep er 1 vrijstelling' : `liepen er ${formatValue(totaal, 'count')} vrijstellingen`}`;
	return `${kop} (${lijst}); die tellen niet mee als thuiszitter.`;
}

function doelZin(nu: Peil, doel: Doel): string | null {
	if (!doel) return null;
	if (doel.soort === 'niemand_langer_3_maanden') {
		if (!known(nu.langer_3_maanden)) return 'Het eigen doel is dat niemand langer dan 3 maanden thuiszit.';
		return nu.langer_3_maanden === 0
			? 'Het eigen doel, niemand langer dan 3 maanden thuis, is op deze peildatum gehaald.'
			: `Het eigen doel is dat niemand langer dan 3 maanden thuiszit; op deze peildatum ${nu.langer_3_maanden === 1 ? 'is dat 1 leerling' : `zijn dat ${formatValue(nu.langer_3_maanden, 'count')} leerlingen`}.`;
	}
	const doelTekst = formatMetric('thuiszitters_per_1000', doel.waarde);
	if (!known(nu.thuiszitters_per_1000)) return `Het eigen doel is hoogstens ${doelTekst} thuiszitters per 1.000 leerlingen.`;
	// Decided on the shown digits, so the words match what is on screen.
	const shown = Number(formatMetric('thuiszitters_per_1000', nu.thuiszitters_per_1000).replace(/\./g, '').replace(',', '.'));
	return shown <= doel.waarde
		? `Dat is binnen het eigen doel van hoogstens ${doelTekst} per 1.000 leerlingen.`
		: `Dat is boven het eigen doel van hoogstens ${doelTekst} per 1.000 leerlingen.`;
}

export interface Jaar {
	schooljaar: string | null;
	peildatum: string | null;
	thuiszitters_per_1000: number | Suppressed | null;
	nieuw: Aantal;
	beeindigd: Aantal;
	opgelost_pct: number | Suppressed | null;
	duur_p25: number | Suppressed | null;
	duur_mediaan: number | Suppressed | null;
	duur_p75: number | Suppressed | null;
}

/**
 * A schooljaar: new meldingen, how long the ended ones lasted, how many were solved, and the trend.
 * "In schooljaar 2025-2026 kwamen er 61 nieuwe thuiszitters bij (vorig schooljaar 47)."
 * "Van de 54 meldingen die in 2025-2026 eindigden, duurde de helft hoogstens 45 dagen (P25 20, P75 110 dagen)."
 */
export function vertelSchooljaar(nu: Jaar | null, vorig: Jaar | null, reeks: Jaar[] = []): string[] {
	if (!nu || !nu.schooljaar || nu.nieuw === null) return ['Over nieuwe meldingen en hun duur zijn voor dit schooljaar geen gegevens.'];
	const out: string[] = [];
	const sj = nu.schooljaar;
	const vorigTekst = vorig && (known(vorig.nieuw) || isSuppressed(vorig.nieuw)) ? ` (vorig schooljaar ${aantal(vorig.nieuw as number | Suppressed)})` : '';
	if (isSuppressed(nu.nieuw)) out.push(`${wanneerZin(sj)} kwamen er minder dan 5 nieuwe thuiszitters bij${vorigTekst}.`);
	else if (nu.nieuw === 0) out.push(`${wanneerZin(sj)} kwamen er geen nieuwe thuiszitters bij${vorigTekst}.`);
	else out.push(`${vertelFiguur('thuiszit_nieuw', nu.nieuw, sj, []).replace(/\.$/, '')}${vorigTekst}.`);
	if (known(nu.beeindigd) && nu.beeindigd > 0 && known(nu.duur_mediaan) && known(nu.duur_p25) && known(nu.duur_p75)) {
		out.push(
			`Van de ${formatAantal(nu.beeindigd, 'melding', 'meldingen')} die in ${sj} ${nu.beeindigd === 1 ? 'eindigde' : 'eindigden'}, duurde de helft hoogstens ${formatValue(nu.duur_mediaan, 'days')} (P25 ${formatValue(nu.duur_p25, 'count')}, P75 ${formatValue(nu.duur_p75, 'days')}).`
		);
	} else if (isSuppressed(nu.beeindigd)) {
		out.push(vertelVerborgen('thuiszit_duur', sj, { hoe: nu.beeindigd }));
	} else if (nu.beeindigd === 0) {
		out.push(`${wanneerZin(sj)} eindigde geen enkele melding.`);
	}
	if (known(nu.opgelost_pct)) {
		out.push(
			`${formatMetric('thuiszit_opgelost_pct', nu.opgelost_pct)} daarvan eindigde met een passende plek of terug naar school${known(vorig?.opgelost_pct) ? ` (vorig schooljaar ${formatMetric('thuiszit_opgelost_pct', vorig!.opgelost_pct as number)})` : ''}.`
		);
	}
	// The per-1.000 figure in the catalogue's decimals (vertelReeks's own), as its card and the peildatum's
	// sentence. A hidden value stays hidden: no trend across it.
	const trend = vertelReeks(
		'thuiszitters_per_1000',
		reeks.filter((r) => r.peildatum).map((r) => ({ wanneer: r.peildatum as string, value: r.thuiszitters_per_1000 }))
	);
	if (trend) out.push(trend);
	return out;
}

/** "Bij nieuwe meldingen werd psychische problemen het vaakst genoemd (19 van 61), daarna geen passend aanbod (15)." */
export function vertelRedenen(rows: { reden: string | null; nieuw: Aantal }[]): string | null {
	const telbaar = rows.filter((r): r is { reden: string; nieuw: number } => known(r.nieuw) && r.nieuw > 0 && !!r.reden && r.reden !== 'onbekend');
	if (!telbaar.length) return null;
	// With a hidden count (a school account) the total is not known: no "van N".
	const totaal = rows.some((r) => isSuppressed(r.nieuw)) ? null : rows.reduce((a, r) => a + (known(r.nieuw) ? r.nieuw : 0), 0);
	const [eerste, tweede] = [...telbaar].sort((a, b) => b.nieuw - a.nieuw);
	const daarna = tweede ? `, daarna ${REDEN_LABEL[tweede.reden]} (${formatValue(tweede.nieuw, 'count')})` : '';
	return `Bij nieuwe meldingen is ${REDEN_LABEL[eerste.reden]} de vaakst genoemde reden (${formatValue(eerste.nieuw, 'count')}${totaal === null ? '' : ` van ${formatValue(totaal, 'count')}`})${daarna}.`;
}

/**
 * A school's own pupils, as counts only (never a code): "Op 1 oktober 2025 zaten bij Basisschool Een <5 …"
 * Hidden counts say why, through the generic sentence.
 */
export function vertelSchool(
	naam: string,
	rij: { schooljaar: string | null; peildatum: string | null; thuiszitters: Aantal; langer_3_maanden: Aantal; nieuw: Aantal } | null
): string[] {
	if (!rij || !rij.schooljaar || !rij.peildatum || rij.thuiszitters === null) return [`Over thuiszitters van ${naam} zijn geen gegevens.`];
	const wie = `bij ${naam}`;
	const [sj, peildatum] = [rij.schooljaar, rij.peildatum];
	const t = rij.thuiszitters;
	const eerste = isSuppressed(t)
		? `${wanneerZin(peildatum)} zaten er ${wie} minder dan 5 ingeschreven leerlingen thuis (het precieze aantal toont de monitor een school niet).`
		: t === 0
			? `${wanneerZin(peildatum)} zat geen enkele leerling ${wie} thuis.`
			: vertelFiguur('thuiszitters', t, peildatum, [], { wie });
	const out = [eerste];
	if (rij.nieuw === 0) out.push(`${wanneerZin(sj)} kwamen er ${wie} geen nieuwe meldingen bij.`);
	else if (known(rij.nieuw))
		out.push(`${wanneerZin(sj)} ${rij.nieuw === 1 ? 'kwam er 1 nieuwe melding' : `kwamen er ${formatValue(rij.nieuw, 'count')} nieuwe meldingen`} ${wie} bij.`);
	else if (isSuppressed(rij.nieuw)) out.push(`${wanneerZin(sj)} kwamen er ${wie} minder dan 5 nieuwe meldingen bij.`);
	return out;
}
