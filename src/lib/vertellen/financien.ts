/**
 * The sentences of the Financiën page and its jaarverslag chapter (issue 18): resultaat, the reserve
 * against the Inspectie's signaleringswaarde, begroting against realisatie, where the money goes, the
 * afdracht per TLV, the scenario and what the arrangements reached. Amounts in whole euros as the
 * tiles show them; every word ("boven", "onder", "tekort") follows the shown digits.
 */
import { formatValue } from '../format';
import { opKaart, vertelVerandering } from './taal';
import { formatMetric } from '../metrics';
import type { DoelmatigheidRow, FinancienJarenRow, FinancienPostenRow } from '../rows.generated';
import type { ScenarioParams, ScenarioUitkomst } from '../financien-scenario';
import type { Sector } from '../sector';

const euro = (v: number | null) => formatValue(v, 'euro', 0);
const pct = (v: number | null) => formatValue(v, 'pct', 1);
const getal = (v: number, d = 1) => formatValue(v, 'count', d);

/** "een overschot van € 300.000" / "een tekort van € 100.000" / "baten en lasten in evenwicht". */
function saldoWoorden(v: number): string {
	if (euro(Math.abs(v)) === euro(0)) return 'baten en lasten in evenwicht';
	return v > 0 ? `een overschot van ${euro(v)}` : `een tekort van ${euro(-v)}`;
}

/** "De reserve ligt € 212.000 boven de signaleringswaarde van de Inspectie (€ 294.000)." */
export function vertelReserve(j: FinancienJarenRow): string {
	if (j.eigen_vermogen === null || j.signaleringswaarde === null || j.reserve_boven_signalering === null)
		return `Over het eigen vermogen van ${j.jaar} zijn geen gegevens: er is geen eigen_vermogen ingelezen.`;
	const d = j.reserve_boven_signalering;
	const grens = `de signaleringswaarde van de Inspectie (${euro(j.signaleringswaarde)}: 3,5% van de baten, minstens ${euro(250000)})`;
	if (euro(Math.abs(d)) === euro(0)) return `De reserve (${euro(j.eigen_vermogen)}) ligt precies op ${grens}.`;
	const waar = d > 0 ? 'boven' : 'onder';
	const uitleg = d > 0 ? ' De Inspectie kan naar de onderbouwing van die reserve vragen.' : '';
	return `De reserve ligt ${euro(Math.abs(d))} ${waar} ${grens}.${uitleg}`;
}

/** The year's resultaat, begroting and the reserve, and the change in the reserve since last year. */
export function vertelFinancien(nu: FinancienJarenRow | null, vorig: FinancienJarenRow | null): string[] {
	if (!nu || (nu.baten === null && nu.lasten === null))
		return ['Over de financiën van dit jaar zijn geen gegevens: er is geen jaarrekening (financien) ingelezen.'];
	const out: string[] = [];
	if (nu.baten !== null && nu.lasten !== null && nu.resultaat !== null)
		out.push(`In ${nu.jaar} waren de baten ${euro(nu.baten)} en de lasten ${euro(nu.lasten)}: ${saldoWoorden(nu.resultaat)}.`);
	if (nu.begroot_resultaat !== null && nu.resultaat !== null && nu.begroting_lasten !== null)
		out.push(
			`Begroot was ${saldoWoorden(nu.begroot_resultaat)}${nu.realisatie_lasten_pct !== null ? `; de lasten kwamen uit op ${pct(nu.realisatie_lasten_pct)} van de begroting` : ''}.`
		);
	out.push(vertelReserve(nu));
	const ev = vertelVerandering('eigen_vermogen', nu.eigen_vermogen, vorig?.eigen_vermogen ?? null, String(vorig?.jaar ?? ''));
	if (ev) out.push(ev);
	return out;
}

/** Where the money went, and the post furthest from its begroting. */
export function vertelPosten(posten: FinancienPostenRow[]): string[] {
	const lasten = posten.filter((p) => p.kant === 'lasten' && p.realisatie !== null);
	if (!lasten.length) return [];
	const out: string[] = [];
	const grootste = lasten.reduce((a, b) => ((b.realisatie ?? 0) > (a.realisatie ?? 0) ? b : a));
	out.push(`Het meeste geld ging naar ${grootste.post}: ${pct(grootste.aandeel_pct)} van de lasten (${euro(grootste.realisatie)}).`);
	const afwijkend = posten
		.filter((p) => p.realisatie_pct !== null && pct(p.realisatie_pct) !== pct(100))
		.sort((a, b) => Math.abs((b.realisatie_pct ?? 100) - 100) - Math.abs((a.realisatie_pct ?? 100) - 100))[0];
	if (afwijkend)
		out.push(
			`Het verst van de begroting lag ${afwijkend.post} (${afwijkend.kant}): ${euro(afwijkend.realisatie)} tegen ${euro(afwijkend.begroting)} begroot, ${pct(afwijkend.realisatie_pct)}.`
		);
	return out;
}

/** "Per leerling met een so-TLV op 1 februari 2025 droeg het samenwerkingsverband € 12.000 af; per sbo-TLV € 5.000." */
export function vertelAfdracht(nu: FinancienJarenRow | null, vorig: FinancienJarenRow | null = null, sector: Sector = 'po'): string | null {
	if (sector === 'vo') {
		// A VO SWV pays its afdracht for the vso only (issue 16).
		if (!nu || nu.afdracht_per_tlv_vso === null) return null;
		const vso = opKaart('afdracht_per_tlv');
		const vorigVso = vorig?.afdracht_per_tlv_vso != null ? ` (${vorig.jaar}: ${vso(vorig.afdracht_per_tlv_vso)})` : '';
		return `Per leerling met een vso-TLV op 1 februari ${nu.jaar} droeg het samenwerkingsverband ${vso(nu.afdracht_per_tlv_vso)} af${vorigVso}.`;
	}
	if (!nu || nu.afdracht_per_tlv_so === null || nu.afdracht_per_tlv_sbo === null) return null;
	const so = opKaart('afdracht_per_tlv');
	const vorigSo = vorig?.afdracht_per_tlv_so != null ? ` (${vorig.jaar}: ${so(vorig.afdracht_per_tlv_so)})` : '';
	return `Per leerling met een so-TLV op 1 februari ${nu.jaar} droeg het samenwerkingsverband ${so(nu.afdracht_per_tlv_so)} af${vorigSo}; per sbo-TLV ${euro(nu.afdracht_per_tlv_sbo)}.`;
}

/** " (so € 12.000, sbo € 5.000)": the known values in brackets, a missing one left out; '' when none is known. */
function haakjes(delen: [string, number | null][], f: (v: number) => string): string {
	const bekend = delen.filter((d): d is [string, number] => d[1] !== null).map(([label, v]) => `${label}${label ? ' ' : ''}${f(v)}`);
	return bekend.length ? ` (${bekend.join(', ')})` : '';
}

/**
 * What the scenario starts from: "Uitgangspunt: de afdracht per TLV van 2025 (so € 12.000, sbo € 5.000) en de
 * deelname so op 1 februari (0,10%). Andere lasten blijven gelijk." A figure that is missing leaves its
 * brackets, never "(so geen gegevens, sbo geen gegevens)".
 */
export function vertelUitgangspunt(nu: FinancienJarenRow | null, jaar: string, soort: 'so' | 'vso' = 'so'): string {
	if (soort === 'vso')
		return `Uitgangspunt: de afdracht per vso-TLV van ${jaar}${haakjes([['', nu?.afdracht_per_tlv_vso ?? null]], euro)} en de deelname vso: de vso-TLV's op 1 februari over de vo- en pro-leerlingen van de teldatum ervoor${haakjes([['', nu?.deelname_vso_pct ?? null]], (v) => formatMetric('deelname_vso_pct', v))}. Andere lasten, ook de doorbetaling lwoo en pro, blijven gelijk.`;
	return `Uitgangspunt: de afdracht per TLV van ${jaar}${haakjes(
		[
			['so', nu?.afdracht_per_tlv_so ?? null],
			['sbo', nu?.afdracht_per_tlv_sbo ?? null]
		],
		euro
	)} en de deelname so op 1 februari${haakjes([['', nu?.deelname_so_pct ?? null]], (v) => formatMetric('deelname_so_pct', v))}. Andere lasten blijven gelijk.`;
}

/** The scenario in words: what changes, and what it does to the afdrachten and the resultaat. */
export function vertelScenario(
	p: ScenarioParams,
	s: Pick<ScenarioUitkomst, 'afdrachten' | 'resultaat' | 'verschil_afdrachten' | 'verschil_resultaat'> | null,
	soort: 'so' | 'vso' = 'so'
): string | null {
	if (!s) return "Voor dit jaar kan de monitor geen scenario rekenen: de afdrachten, de TLV's op 1 februari of de leerlingtelling ontbreken.";
	const delen: string[] = [];
	if (p.deelname !== 0) delen.push(`de deelname ${soort} ${getal(Math.abs(p.deelname), 2)} procentpunt ${p.deelname > 0 ? 'stijgt' : 'daalt'}`);
	if (p.leerlingen !== 0) delen.push(`het aantal leerlingen ${getal(Math.abs(p.leerlingen), 1)}% ${p.leerlingen > 0 ? 'stijgt' : 'daalt'}`);
	if (!delen.length) return null;
	const afdr =
		euro(Math.abs(s.verschil_afdrachten)) === euro(0)
			? 'blijven de afdrachten gelijk'
			: `${s.verschil_afdrachten > 0 ? 'stijgen' : 'dalen'} de afdrachten met ${euro(Math.abs(s.verschil_afdrachten))} tot ${euro(s.afdrachten)}`;
	return `Als ${delen.join(' en ')}, ${afdr} en wordt het resultaat ${saldoWoorden(s.resultaat)} (${euro(Math.abs(s.verschil_resultaat)) === euro(0) ? 'gelijk aan het werkelijke resultaat' : `${euro(Math.abs(s.verschil_resultaat))} ${s.verschil_resultaat > 0 ? 'meer' : 'minder'} dan het werkelijke resultaat`}).`;
}

/** What the arrangements that ended reached, against last schooljaar. */
export function vertelDoelmatigheid(nu: DoelmatigheidRow | null, vorig: DoelmatigheidRow | null, wie = 'het samenwerkingsverband'): string[] {
	if (!nu || !nu.met_vervolg)
		return [
			`Over het vervolg van de arrangementen ${nu ? `die in ${nu.schooljaar} eindigden ` : ''}zijn voor ${wie} geen gegevens: er is geen vervolg ingelezen.`
		];
	const out: string[] = [];
	const onbekend = (nu.beeindigd ?? 0) - nu.met_vervolg;
	const vorigZin = vorig?.terug_naar_basis_pct != null ? ` (vorig schooljaar ${pct(vorig.terug_naar_basis_pct)})` : '';
	out.push(
		`Van de ${nu.met_vervolg} arrangementen die in ${nu.schooljaar} eindigden met een bekend vervolg, ging ${pct(nu.terug_naar_basis_pct)} terug naar basisondersteuning${vorigZin} en leidde ${pct(nu.naar_tlv_pct)} tot een TLV.${onbekend > 0 ? ` Van ${onbekend} is het vervolg niet bekend; die tellen niet mee.` : ''}`
	);
	if (nu.kosten_per_terug_naar_basis !== null)
		out.push(`Per leerling die terugging naar basisondersteuning kostten de beëindigde arrangementen samen ${euro(nu.kosten_per_terug_naar_basis)}.`);
	return out;
}

/** Fewer schools than this with both figures: the scatter and its sentence are not shown (too few to see a pattern). */
export const MIN_SCHOLEN_SPREIDING = 10;

const mediaan = (xs: number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Expertteam hours against the change in verwijzingen, told strictly as an association: the schools
 * above the median of hours per 100 pupils against those at or below it, each by the median of their
 * change (a distribution of schools, labelled so). Null with fewer than MIN_SCHOLEN_SPREIDING schools.
 */
export function vertelUrenVerwijzingen(
	rows: { uren_per_100_leerlingen: number | null; verandering_per_1000: number | null }[],
	schooljaar: string
): string | null {
	const punten = rows.filter(
		(r): r is { uren_per_100_leerlingen: number; verandering_per_1000: number } =>
			typeof r.uren_per_100_leerlingen === 'number' && typeof r.verandering_per_1000 === 'number'
	);
	if (punten.length < MIN_SCHOLEN_SPREIDING) return null;
	const grens = mediaan(punten.map((p) => p.uren_per_100_leerlingen));
	const meer = punten.filter((p) => p.uren_per_100_leerlingen > grens).map((p) => p.verandering_per_1000);
	const minder = punten.filter((p) => p.uren_per_100_leerlingen <= grens).map((p) => p.verandering_per_1000);
	if (!meer.length || !minder.length) return null;
	const v = (x: number) =>
		formatValue(Math.abs(x), 'per1000', 1) === formatValue(0, 'per1000', 1)
			? 'evenveel'
			: `${formatValue(Math.abs(x), 'per1000', 1)} per 1.000 leerlingen ${x > 0 ? 'meer' : 'minder'}`;
	return (
		`Scholen met meer uren van het expertteam (boven de mediaan van ${formatValue(grens, 'hours', 1)} per 100 leerlingen) verwezen in ${schooljaar} ${v(mediaan(meer))} dan gemiddeld in de twee schooljaren ervoor (mediaan van de scholen); ` +
		`scholen met minder uren verwezen ${v(mediaan(minder))}. Dit is een samenhang, geen oorzaak: uren gaan juist naar scholen waar de nood hoog is, en verwijzingen hangen van meer af.`
	);
}
