/** Sentences and signals of a VO SWV: the vaste ambulant ondersteuner per school; a regio's vso-TLVs. */
import { formatAantal, formatNumber, formatValue, getal, type Waarde } from '../format';
import type { Signaal } from './taal';

interface AbSchool {
	naam: string | null;
	vaste_ab_pct: Waarde;
	vorig_vaste_ab_pct: Waarde;
}

/** A drop of at least this many procentpunt in vaste_ab_pct against last year is a signal (VO). */
export const VASTE_AB_DALING = 10;

/**
 * VO (issue 16, ambulante ondersteuning nieuwe stijl): a school where its vaste AB'er delivered a
 * clearly smaller share of the hours than last year (VASTE_AB_DALING procentpunt or more, on unrounded
 * values) — the Meierij's promise of "more of the same face" did not hold there. Afstand: the drop
 * relative to last year's share.
 */
export function signalenVasteAb(scholen: AbSchool[]): Signaal[] {
	const out: Signaal[] = [];
	for (const s of scholen) {
		const nu = getal(s.vaste_ab_pct);
		const vorig = getal(s.vorig_vaste_ab_pct);
		if (nu === null || vorig === null || vorig - nu < VASTE_AB_DALING) continue;
		// The difference of the shown (rounded) shares, so the words match the digits beside them.
		const verschil = Math.round(vorig * 10) / 10 - Math.round(nu * 10) / 10;
		out.push({
			soort: 'minder_vaste_ab',
			wie: s.naam ?? '',
			afstand: (vorig - nu) / vorig,
			tekst: `Op ${s.naam} leverde de vaste ambulant ondersteuner ${formatValue(nu, 'pct', 1)} van de uren, vorig schooljaar ${formatValue(vorig, 'pct', 1)}: ${formatNumber(verschil, 1, 1)} procentpunt minder van hetzelfde gezicht.`
		});
	}
	return out;
}

/**
 * The vso-TLVs of one regio (vo_tlv_vso with a kring: those that came from its schools), on the
 * verwijzingen page and in the regio's jaarverslag alike — never "het samenwerkingsverband besloot",
 * which is the SWV's total. `tlv` null: no vso-TLV that schooljaar.
 */
export function vertelVsoTlvRegio(schooljaar: string, regio: string, tlv: Waarde, vorig: Waarde): string {
	const aantal = tlv === null || tlv === 0 ? "geen vso-TLV's" : formatAantal(tlv, 'vso-TLV', "vso-TLV's");
	return `In ${schooljaar} ${tlv === 1 ? 'kwam' : 'kwamen'} er ${aantal} voor leerlingen van de scholen in ${regio}${vorig === null ? '' : ` (vorig schooljaar ${formatValue(vorig, 'count')})`}.`;
}

/**
 * The jaarverslag's first sentence on the vso-TLVs, in the page and the Word document alike: the SWV's
 * (all besluiten, how many from a vo or pro school of its own) or a regio's (vertelVsoTlvRegio). `nu`
 * null: none that schooljaar.
 */
export function vertelVsoTlvJaarverslag(
	schooljaar: string,
	regio: string | null,
	nu: { tlv_vso: Waarde; verwijzingen: Waarde } | null,
	vorigTlv: Waarde
): string {
	if (regio) return vertelVsoTlvRegio(schooljaar, regio, nu?.tlv_vso ?? null, nu ? vorigTlv : null);
	if (!nu) return `In ${schooljaar} besloot het samenwerkingsverband geen vso-TLV's.`;
	return `In ${schooljaar} besloot het samenwerkingsverband ${formatValue(nu.tlv_vso, 'count')} vso-TLV's (vorig schooljaar ${formatValue(vorigTlv, 'count')}); ${formatValue(nu.verwijzingen, 'count')} van de leerlingen kwamen van een vo- of pro-school van het samenwerkingsverband.`;
}
