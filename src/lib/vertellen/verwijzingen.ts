/** Sentences about TLV's: how many, none loaded, lead times. */
import { formatAantal, formatValue, getal, type Waarde } from '../format';

/**
 * "In 2025-2026 kwamen er 191 TLV's voor leerlingen van de scholen in het samenwerkingsverband (verwijzingen): 79 voor het
 * sbo en 112 voor het so (vorig schooljaar 192). Daarnaast waren er 70 TLV-besluiten zonder herkomstschool in het
 * samenwerkingsverband (261 in totaal)."
 * `sbo` and `so` are the verwijzingen (TLV's with a herkomstschool): one number per figure on every page, and
 * the sentence says what it counts (never "191 TLV's" as if that were all of the 261 besluiten).
 */
export function vertelTlvs(schooljaar: string | null, wie: string, tlvSbo: Waarde, tlvSo: Waarde, vorigJaar: Waarde, zonder0: Waarde = 0): string {
	const [sbo, so, vorig, zonderHerkomst] = [getal(tlvSbo) ?? 0, getal(tlvSo) ?? 0, getal(vorigJaar), getal(zonder0) ?? 0];
	const totaal = sbo + so;
	const zonder =
		zonderHerkomst > 0
			? ` Daarnaast ${zonderHerkomst === 1 ? 'was er 1 TLV-besluit' : `waren er ${formatValue(zonderHerkomst, 'count')} TLV-besluiten`} zonder herkomstschool in het samenwerkingsverband (${formatValue(totaal + zonderHerkomst, 'count')} in totaal).`
			: '';
	if (totaal === 0) return `In ${schooljaar} zijn er voor ${wie} geen TLV-besluiten.${zonder}`;
	const tail = vorig !== null ? ` (vorig schooljaar ${formatValue(vorig, 'count')})` : '';
	const wat = totaal === 1 ? 'een verwijzing' : 'verwijzingen';
	return `In ${schooljaar} ${totaal === 1 ? 'kwam' : 'kwamen'} er ${formatAantal(totaal, 'TLV', "TLV's")} voor leerlingen van de scholen in ${wie} (${wat}): ${formatValue(sbo, 'count')} voor het sbo en ${formatValue(so, 'count')} voor het so${tail}.${zonder}`;
}

/**
 * A schooljaar without TLV-besluiten, or none loaded at all: "Er zijn geen gegevens over TLV's …" when
 * the source holds no TLV at all (never "geen TLV-besluiten", which would claim 0).
 */
export function vertelGeenTlvs(schooljaar: string | null, wie: string | null, geladen: boolean): string {
	if (!geladen) return "Er zijn geen gegevens over TLV's: er zijn nog geen TLV-besluiten ingelezen.";
	return `Voor ${schooljaar ?? 'dit schooljaar'} zijn er geen TLV-besluiten${wie ? ` voor ${wie}` : ''}.`;
}

/** "De helft van de TLV's was binnen 42 dagen na de aanvraag besloten (P25 26, P75 55 dagen). 13 TLV's zonder aanvraagdatum tellen niet mee." */
export function vertelDoorlooptijd(laag: Waarde, midden: Waarde, hoog: Waarde, zonderDatum: Waarde): string {
	const [p25, mediaan, p75, zonderAanvraag] = [getal(laag), getal(midden), getal(hoog), getal(zonderDatum) ?? 0];
	const zonder =
		zonderAanvraag > 0
			? ` ${formatValue(zonderAanvraag, 'count')} ${zonderAanvraag === 1 ? 'TLV zonder aanvraagdatum telt' : "TLV's zonder aanvraagdatum tellen"} niet mee.`
			: '';
	if (mediaan === null || p25 === null || p75 === null) return `Over de doorlooptijd van de TLV's zijn geen gegevens.${zonder}`;
	return `De helft van de TLV's was binnen ${formatValue(mediaan, 'days')} na de aanvraag besloten (P25 ${formatValue(p25, 'count')}, P75 ${formatValue(p75, 'days')}).${zonder}`;
}
