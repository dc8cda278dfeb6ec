/**
 * The scenario of the Financiën page (issue 18; docs/cijfers.md): what a change in deelname so
 * (in procentpunt) or in pupil numbers (in %) does to the afdrachten and the resultaat, from the year's
 * own afdracht per TLV. A pure function of one boekjaar and two parameters: the parameters live in the
 * URL (?deelname=0,5&leerlingen=-2), never in the database, so a scenario can be shared and forgotten.
 *
 * The formula (shown on screen as FORMULE):
 *   L′ = L × (1 + y/100)                          pupils bao + sbo on the teldatum (y negative: fewer)
 *   so′ = (deelname so + x) / 100 × L′           TLVs so: the rate rises by x procentpunt
 *   sbo′ = sbo × (1 + y/100)                     TLVs sbo move with the pupils
 *   afdrachten′ = so′ × afdracht per TLV so + sbo′ × afdracht per TLV sbo
 *   baten′ = baten × (1 + y/100)                 the bekostiging is per pupil
 *   resultaat′ = baten′ − (lasten − afdrachten + afdrachten′)
 * Everything else (schoolbudgetten, expertteam, organisatie) is kept as it was: the scenario isolates
 * the afdrachten, it does not predict the budget.
 *
 * A VO SWV (scenarioVo, FORMULE_VO) pays its afdracht for the vso, and its deelname is that of the vso
 * over the vo + pro pupils (DOMAIN.md, section VO):
 *   L′ = L × (1 + y/100)                          pupils vo + pro on the teldatum (1 oktober)
 *   vso′ = (deelname vso + x) / 100 × L′         TLVs vso
 *   afdrachten′ = vso′ × afdracht per TLV vso
 * and baten′ and resultaat′ as above. The doorbetaling lwoo en pro is kept as it was, like every other post.
 */
import { z } from 'zod';

export interface ScenarioBasis {
	baten: number | null;
	lasten: number | null;
	afdracht_so: number | null;
	afdracht_sbo: number | null;
	tlv_so: number | null;
	tlv_sbo: number | null;
	leerlingen: number | null;
}

export interface ScenarioParams {
	/** Change in deelname so, in procentpunt (0,5 = from 1,5 % to 2,0 %). */
	deelname: number;
	/** Change in pupil numbers, in % (−2 = 2 % fewer pupils). */
	leerlingen: number;
}

export interface ScenarioUitkomst {
	leerlingen: number;
	tlv_so: number;
	tlv_sbo: number;
	afdracht_so: number;
	afdracht_sbo: number;
	afdrachten: number;
	baten: number;
	lasten: number;
	resultaat: number;
	/** Differences against the year as it was. */
	verschil_afdrachten: number;
	verschil_resultaat: number;
}

export const FORMULE = [
	'leerlingen′ = leerlingen × (1 + y ÷ 100)',
	"TLV's so′ = (deelname so + x) ÷ 100 × leerlingen′",
	"TLV's sbo′ = TLV's sbo × (1 + y ÷ 100)",
	"afdrachten′ = TLV's so′ × afdracht per TLV so + TLV's sbo′ × afdracht per TLV sbo",
	'baten′ = baten × (1 + y ÷ 100)',
	'resultaat′ = baten′ − (lasten − afdrachten + afdrachten′)'
];

export const FORMULE_VO = [
	'leerlingen′ = leerlingen (vo + pro) × (1 + y ÷ 100)',
	"TLV's vso′ = (deelname vso + x) ÷ 100 × leerlingen′",
	"afdracht vso′ = TLV's vso′ × afdracht per TLV vso",
	'baten′ = baten × (1 + y ÷ 100)',
	'resultaat′ = baten′ − (lasten − afdracht vso + afdracht vso′)'
];

export interface ScenarioBasisVo {
	baten: number | null;
	lasten: number | null;
	afdracht_vso: number | null;
	tlv_vso: number | null;
	leerlingen_vo: number | null;
}

/** What a VO scenario gives: the vso's pupils, TLVs and afdracht, and the same totals as in PO. */
export type ScenarioUitkomstVo = Pick<
	ScenarioUitkomst,
	'leerlingen' | 'afdrachten' | 'baten' | 'lasten' | 'resultaat' | 'verschil_afdrachten' | 'verschil_resultaat'
> & {
	tlv_vso: number;
	afdracht_vso: number;
};

/** Dutch numbers from a URL (`0,5`, `-2`, `0.5`), within sensible bounds; anything else is 0. */
const param = (min: number, max: number) =>
	z.preprocess((v) => (typeof v === 'string' ? Number(v.replace(',', '.')) : v), z.number().finite().min(min).max(max)).catch(0);
const paramsSchema = z.object({ deelname: param(-5, 5), leerlingen: param(-50, 50) });

export function scenarioParams(url: URLSearchParams): ScenarioParams {
	return paramsSchema.parse({ deelname: url.get('deelname') ?? 0, leerlingen: url.get('leerlingen') ?? 0 });
}

/** The scenario for one boekjaar, or null when a number it needs is missing ("geen gegevens"). */
export function scenario(b: ScenarioBasis, p: ScenarioParams): ScenarioUitkomst | null {
	const { baten, lasten, afdracht_so, afdracht_sbo, tlv_so, tlv_sbo, leerlingen } = b;
	if (baten === null || lasten === null || afdracht_so === null || afdracht_sbo === null) return null;
	if (!tlv_so || !tlv_sbo || !leerlingen) return null;
	const groei = 1 + p.leerlingen / 100;
	const leerlingenNa = leerlingen * groei;
	const deelnameSo = (100 * tlv_so) / leerlingen;
	const tlvSo = ((deelnameSo + p.deelname) / 100) * leerlingenNa;
	const tlvSbo = tlv_sbo * groei;
	const na = { so: tlvSo * (afdracht_so / tlv_so), sbo: tlvSbo * (afdracht_sbo / tlv_sbo) };
	return {
		tlv_so: tlvSo,
		tlv_sbo: tlvSbo,
		afdracht_so: na.so,
		afdracht_sbo: na.sbo,
		...totalen(baten, lasten, leerlingenNa, groei, afdracht_so + afdracht_sbo, na.so + na.sbo)
	};
}

/** The scenario of a VO SWV for one boekjaar (FORMULE_VO), or null when a number it needs is missing. */
export function scenarioVo(b: ScenarioBasisVo, p: ScenarioParams): ScenarioUitkomstVo | null {
	const { baten, lasten, afdracht_vso, tlv_vso, leerlingen_vo } = b;
	if (baten === null || lasten === null || afdracht_vso === null || !tlv_vso || !leerlingen_vo) return null;
	const groei = 1 + p.leerlingen / 100;
	const leerlingenNa = leerlingen_vo * groei;
	const tlvVso = (((100 * tlv_vso) / leerlingen_vo + p.deelname) / 100) * leerlingenNa;
	const na = tlvVso * (afdracht_vso / tlv_vso);
	return { tlv_vso: tlvVso, afdracht_vso: na, ...totalen(baten, lasten, leerlingenNa, groei, afdracht_vso, na) };
}

/** What both sectors' scenarios share: the bekostiging moves with the pupils, only the afdrachten change in the lasten. */
function totalen(baten: number, lasten: number, leerlingen: number, groei: number, afdrachtenVoor: number, afdrachten: number) {
	const batenNa = baten * groei;
	const lastenNa = lasten - afdrachtenVoor + afdrachten;
	return {
		leerlingen,
		afdrachten,
		baten: batenNa,
		lasten: lastenNa,
		resultaat: batenNa - lastenNa,
		verschil_afdrachten: afdrachten - afdrachtenVoor,
		verschil_resultaat: batenNa - lastenNa - (baten - lasten)
	};
}
