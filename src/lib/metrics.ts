/**
 * The metric catalogue: every figure the monitor shows, defined once (docs/cijfers.md).
 * Tiles, tables, charts, sentences and CSV headers take label, unit, format and definition from here.
 */
import { formatValue, type Unit, type Waarde } from './format';

export interface Metric {
	id: string;
	/** Short Dutch label, as on a tile or a column header. */
	label: string;
	unit: Unit;
	/**
	 * Decimals on screen: the one number of decimals of this figure on every page, table, sentence, chart
	 * label, jaarverslag, PDF and Word file (a CSV keeps full precision). Hours: one decimal (bookings come
	 * in halves and quarters: 1.412,5 uur, never 1.413 uur beside it).
	 */
	decimals: number;
	/** True when a lower value is the better one (used by the sentences and the tile colours). */
	lowerIsBetter: boolean | null;
	/** How it is computed, in plain Dutch, shown behind "Hoe berekend?". */
	definition: string;
	/** The figure as a clause after "Op <datum>", with {v} for the value ("zat {v} van de leerlingen op het sbo"). */
	phrase?: string;
	/** The figure as the subject of a sentence, with its article ("het aantal verwijzingen"); default "de <label>". */
	onderwerp?: string;
	/** The phrase for a count of exactly 1 ("was er {v} verwijzing"), where `phrase` has a plural noun. */
	phraseEen?: string;
	/** The definition in a VO database where its words differ (issue 16: vo + pro instead of bao + sbo). */
	vo?: string;
}

const m = (x: Metric) => x;
/**
 * A definition that speaks of a kring, in VO words: the same text with "regio" (and "haar" for "zijn"
 * where the kring is meant). One text per figure, so the two sectors never drift apart.
 */
const inRegio = (definition: string) => definition.replace(/\bkring\b/g, 'regio').replace('zijn aantal', 'haar aantal');
/** A figure whose VO definition is its PO definition in VO words. */
const metRegio = (x: Metric) => m({ ...x, vo: inRegio(x.definition) });

export const METRICS = {
	leerlingen_bao: m({
		id: 'leerlingen_bao',
		label: 'Leerlingen bao',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Aantal leerlingen op de teldatum op de basisscholen (bao) van het samenwerkingsverband.'
	}),
	leerlingen_sbo: m({
		id: 'leerlingen_sbo',
		label: 'Leerlingen sbo',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Aantal leerlingen op de teldatum op de sbo-scholen van het samenwerkingsverband.'
	}),
	leerlingen_so: m({
		id: 'leerlingen_so',
		label: 'Leerlingen met so-TLV',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition:
			'Aantal verschillende leerlingen met een geldige so-TLV van het samenwerkingsverband op de teldatum (ingangsdatum op of voor de teldatum, einddatum leeg of op of na de teldatum).'
	}),
	deelname_sbo_pct: m({
		id: 'deelname_sbo_pct',
		label: 'Deelname sbo',
		unit: 'pct',
		decimals: 2,
		lowerIsBetter: true,
		phrase: 'zat {v} van de leerlingen op het sbo',
		definition:
			'100 × leerlingen sbo ÷ (leerlingen bao + leerlingen sbo), op de teldatum. Dit is de landelijke definitie van het deelnamepercentage (Vensters): de noemer is het aantal leerlingen waarvoor het samenwerkingsverband bekostigd wordt.'
	}),
	deelname_so_pct: m({
		id: 'deelname_so_pct',
		label: 'Deelname so',
		unit: 'pct',
		decimals: 2,
		lowerIsBetter: true,
		phrase: 'had {v} van de leerlingen een so-TLV',
		definition: '100 × leerlingen met een geldige so-TLV ÷ (leerlingen bao + leerlingen sbo), op de teldatum. So-leerlingen tellen niet mee in de noemer.'
	}),
	rugzak_pct: m({
		id: 'rugzak_pct',
		label: 'Rugzak / arrangement',
		unit: 'pct',
		decimals: 2,
		lowerIsBetter: null,
		onderwerp: 'het aandeel leerlingen met een rugzak of arrangement',
		phrase: 'had {v} van de leerlingen een rugzak of individueel arrangement op een basisschool',
		definition:
			'100 × verschillende leerlingen met een geldig arrangement van soort rugzak of individueel op een basisschool (bao) op de teldatum ÷ (leerlingen bao + leerlingen sbo).'
	}),

	// ── deelname, verwijzingen, arrangementen (issue 4) ─────────────────────────
	leerlingen: m({
		id: 'leerlingen',
		label: 'Leerlingen',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition:
			'Aantal leerlingen op de referentieteldatum van het schooljaar (de eerste teldatum van dat schooljaar) op de bao- en sbo-scholen: de noemer van de verwijzingen per 1.000 leerlingen.'
	}),
	deelname_sbo_tlv_pct: m({
		id: 'deelname_sbo_tlv_pct',
		label: 'Leerlingen met sbo-TLV',
		unit: 'pct',
		decimals: 2,
		lowerIsBetter: true,
		onderwerp: 'het aandeel leerlingen met een sbo-TLV',
		phrase: 'had {v} van de leerlingen een sbo-TLV',
		definition:
			'100 × verschillende leerlingen met een geldige sbo-TLV die van de gekozen scholen kwamen (herkomst) ÷ (leerlingen bao + leerlingen sbo), op de teldatum. Voor een kring zonder sbo-school is dit de maat voor het sbo; de deelname sbo zelf telt de leerlingen op de sbo-scholen van de kring.'
	}),
	tlv_sbo: m({
		id: 'tlv_sbo',
		label: "TLV's sbo",
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: "Aantal sbo-TLV's met een besluitdatum in het schooljaar, toegerekend aan de school waar de leerling vandaan kwam (herkomst)."
	}),
	tlv_so: m({
		id: 'tlv_so',
		label: "TLV's so",
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: "Aantal so-TLV's met een besluitdatum in het schooljaar, toegerekend aan de school waar de leerling vandaan kwam (herkomst)."
	}),
	verwijzingen: m({
		id: 'verwijzingen',
		label: 'Verwijzingen',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het aantal verwijzingen',
		// What the number counts, said where it is told: not all TLV-besluiten (261 on the demo), only
		// those with a herkomstschool (191).
		phrase: 'waren er {v} verwijzingen (TLV-besluiten met een herkomstschool in het samenwerkingsverband)',
		phraseEen: 'was er {v} verwijzing (een TLV-besluit met een herkomstschool in het samenwerkingsverband)',
		definition:
			"Aantal TLV's (sbo en so) met een besluitdatum in het schooljaar waarvan de leerling van een bao- of sbo-school van het samenwerkingsverband kwam (herkomst). Dit is op elke pagina en in het jaarverslag hetzelfde getal: de som van de kringen en de teller van de verwijzingen per 1.000 leerlingen. TLV-besluiten zonder herkomstschool in het samenwerkingsverband (bijvoorbeeld een leerling van buiten de regio, of van wie de herkomst niet geregistreerd is) tellen niet mee; hun aantal staat er apart bij, naast het totaal van alle TLV-besluiten."
	}),
	verwijzingen_per_1000: m({
		id: 'verwijzingen_per_1000',
		label: 'Verwijzingen per 1.000 leerlingen',
		unit: 'per1000',
		decimals: 1,
		lowerIsBetter: true,
		onderwerp: 'het aantal verwijzingen per 1.000 leerlingen',
		phrase: 'waren er {v} verwijzingen per 1.000 leerlingen',
		definition:
			"1.000 × TLV's (besluitdatum in het schooljaar) met een school als herkomst ÷ leerlingen van die scholen (bao + sbo) op de referentieteldatum van het schooljaar (de eerste teldatum). Voor een kring of het samenwerkingsverband: som van de TLV's ÷ som van de leerlingen. Een school zonder leerlingen heeft geen cijfer."
	}),
	doorlooptijd_tlv: m({
		id: 'doorlooptijd_tlv',
		label: 'Doorlooptijd TLV',
		unit: 'days',
		decimals: 0,
		lowerIsBetter: true,
		definition:
			"Besluitdatum − aanvraagdatum in dagen, voor de TLV's met een besluit in het schooljaar. Getoond als P25 (een kwart was sneller), mediaan (de helft was sneller) en P75. TLV's zonder aanvraagdatum tellen niet mee; hun aantal staat erbij."
	}),
	aanvragen_mei_juli_pct: m({
		id: 'aanvragen_mei_juli_pct',
		onderwerp: 'het aandeel aanvragen in mei–juli',
		label: 'Aanvragen in mei–juli',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: true,
		definition: '100 × TLV-aanvragen met een aanvraagdatum in mei, juni of juli ÷ alle TLV-aanvragen met een aanvraagdatum in het schooljaar.'
	}),
	tlv_categorie: m({
		id: 'tlv_categorie',
		onderwerp: 'de verdeling van de so-leerlingen per categorie',
		label: 'So-leerlingen per categorie',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: null,
		definition:
			"Verdeling van de leerlingen met een geldige so-TLV op de teldatum over de categorieën laag, midden en hoog (aantal en aandeel). Heeft een leerling twee geldige so-TLV's, dan telt die één keer, met de categorie van de nieuwste."
	}),
	so_leeftijd: m({
		id: 'so_leeftijd',
		onderwerp: 'de verdeling van de so-leerlingen naar leeftijd',
		label: 'So-leerlingen naar leeftijd',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: null,
		definition:
			'Leerlingen met een geldige so-TLV op de teldatum, jonger dan 8 of 8 en ouder op 31 december van het jaar van de teldatum (teldatumjaar − geboortejaar). Zonder geboortejaar: onbekend.'
	}),
	instroom: m({
		id: 'instroom',
		onderwerp: "de instroom (nieuwe TLV's)",
		label: "Instroom (nieuwe TLV's)",
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition:
			"Aantal TLV's met een ingangsdatum in het schooljaar, per soort. Het landelijke cijfer (OCW/DUO) is het aantal leerlingen dat in heel Nederland instroomde in het sbo of so (vanuit het bao plus rechtstreeks): een andere maat, alleen om de landelijke ontwikkeling te zien."
	}),
	tlv_aflopend: m({
		id: 'tlv_aflopend',
		label: "Aflopende TLV's",
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: "Aantal TLV's met een einddatum in de maand, gerekend vanaf de peildatum: de laatste besluitdatum in de gegevens."
	}),
	arrangementen: m({
		id: 'arrangementen',
		label: 'Lopende arrangementen',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition:
			'Aantal arrangementen dat op de teldatum loopt: startdatum op of voor de teldatum, einddatum leeg of op of na de teldatum. Groepsarrangementen tellen als één.'
	}),
	kosten_arrangementen: m({
		id: 'kosten_arrangementen',
		onderwerp: 'de kosten van de arrangementen',
		label: 'Kosten arrangementen',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Som van de bedragen van de arrangementen die in het schooljaar startten (het hele bedrag telt in het schooljaar van de startdatum).'
	}),
	kosten_per_arrangement: m({
		id: 'kosten_per_arrangement',
		label: 'Kosten per arrangement',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Som van de bedragen ÷ aantal arrangementen met een bedrag, per schooljaar van de startdatum.'
	}),
	start_binnen_2_weken_pct: m({
		id: 'start_binnen_2_weken_pct',
		label: 'Start binnen 2 weken',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: false,
		onderwerp: 'het aandeel arrangementen met een start binnen 2 weken',
		phrase: 'startte {v} van de arrangementen binnen 2 weken na het MDO',
		definition:
			'100 × arrangementen met startdatum − aanvraagdatum (het MDO) van hoogstens 14 dagen ÷ arrangementen met een aanvraagdatum, per schooljaar van de startdatum. Arrangementen zonder aanvraagdatum tellen niet mee.'
	}),
	evaluatie_op_tijd_pct: m({
		id: 'evaluatie_op_tijd_pct',
		label: 'Evaluatie op tijd',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: false,
		onderwerp: 'het aandeel arrangementen met een evaluatie op tijd',
		phrase: 'werd {v} van de arrangementen binnen 13 weken geëvalueerd',
		definition:
			'100 × arrangementen geëvalueerd binnen 13 weken (91 dagen) na de startdatum ÷ arrangementen die minstens 13 weken liepen vóór het einde van de gegevens: tot de einddatum, maar nooit verder dan de peildatum (de laatste start- of evaluatiedatum in de gegevens). Een arrangement dat kort voor de peildatum startte, telt nog niet mee, ook als de geplande einddatum later ligt.'
	}),

	// ── expertteam (issue 5) ────────────────────────────────────────────────────
	formatie_uren: m({
		id: 'formatie_uren',
		label: 'Formatie',
		unit: 'hours',
		decimals: 1,
		lowerIsBetter: null,
		onderwerp: 'de formatie van het expertteam',
		phrase: 'had het expertteam een formatie van {v}',
		definition: 'Som van de uren die voor het schooljaar aan de kring zijn toegekend (de formatie van het expertteam).',
		vo: 'Som van de uren die voor het schooljaar aan de regio zijn toegekend, met de formatie van haar scholen (de formatie van het expertteam).'
	}),
	expertteam_uren: m({
		id: 'expertteam_uren',
		label: 'Geleverde uren',
		unit: 'hours',
		decimals: 1,
		lowerIsBetter: null,
		onderwerp: 'het aantal geleverde uren',
		phrase: 'werkte het expertteam {v}',
		definition: 'Som van de uren die het expertteam heeft geleverd met een datum in het schooljaar (1 augustus tot en met 31 juli).'
	}),
	benutting_pct: m({
		id: 'benutting_pct',
		label: 'Benutting',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: false,
		onderwerp: 'de benutting van de formatie',
		phrase: 'was {v} van de formatie van het expertteam benut',
		definition: '100 × geleverde uren ÷ formatie-uren. Zonder formatie: geen gegevens.'
	}),
	tempo_pct: metRegio({
		id: 'tempo_pct',
		onderwerp: 'het tempo',
		label: 'Op tempo',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: false,
		definition:
			'100 × geleverde uren ÷ de uren die bij gelijkmatig gebruik tot de peildatum op zijn (formatie × deel van het schooljaar dat voorbij is). De peildatum is de laatste boekingsdatum van het schooljaar, of 31 juli als het schooljaar voorbij is. Onder 50% krijgt de kring een signaal.'
	}),
	uren_per_100_leerlingen: m({
		id: 'uren_per_100_leerlingen',
		label: 'Uren per 100 leerlingen',
		unit: 'hours',
		decimals: 1,
		lowerIsBetter: null,
		onderwerp: 'het aantal uren per 100 leerlingen',
		phrase: 'werkte het expertteam {v} per 100 leerlingen',
		definition: '100 × geleverde uren ÷ leerlingen bao + sbo van de kring (of school) op de eerste teldatum van het schooljaar.',
		vo: '100 × geleverde uren ÷ leerlingen vo + pro van de regio (of school) op de teldatum van het schooljaar (1 oktober).'
	}),
	uren_vs_leerlingen: metRegio({
		id: 'uren_vs_leerlingen',
		label: 'Uren naar verhouding',
		unit: 'ratio',
		decimals: 2,
		lowerIsBetter: null,
		definition:
			'Aandeel van de kring in alle uren ÷ aandeel van de kring in alle leerlingen. 1,00 = precies naar verhouding; boven 1 krijgt de kring meer uren dan zijn aantal leerlingen, onder 1 minder.'
	}),
	uren_vs_arrangementen: metRegio({
		id: 'uren_vs_arrangementen',
		label: 'Uren naar arrangementen',
		unit: 'ratio',
		decimals: 2,
		lowerIsBetter: null,
		definition:
			'Aandeel van de kring in alle uren ÷ aandeel van de kring in alle arrangementen die in het schooljaar liepen. 1,00 = de uren volgen de arrangementen precies.'
	}),
	bereik: m({
		id: 'bereik',
		label: 'Bereikte leerlingen',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het aantal bereikte leerlingen',
		phrase: 'bereikte het expertteam {v} leerlingen',
		phraseEen: 'bereikte het expertteam {v} leerling',
		definition: 'Som van het aantal leerlingen dat bij de activiteiten van het expertteam is bereikt (zoals geregistreerd per activiteit).'
	}),
	uren_per_bereikte_leerling: m({
		id: 'uren_per_bereikte_leerling',
		label: 'Uren per bereikte leerling',
		unit: 'hours',
		decimals: 1,
		lowerIsBetter: null,
		definition: 'Geleverde uren ÷ bereikte leerlingen.'
	}),

	// ── budget (issue 5) ────────────────────────────────────────────────────────
	budget_toegekend: metRegio({
		id: 'budget_toegekend',
		label: 'Toegekend',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het toegekende schoolbudget',
		phrase: 'was er {v} schoolbudget toegekend',
		definition: 'Som van het toegekende schoolbudget voor het schooljaar (per school, kring of samenwerkingsverband).'
	}),
	budget_besteed: m({
		id: 'budget_besteed',
		label: 'Besteed',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het bestede schoolbudget',
		phrase: 'was er {v} schoolbudget besteed',
		definition: 'Som van de bestedingen van het schoolbudget in het schooljaar; correcties (negatieve bedragen) tellen mee.'
	}),
	uitputting_pct: m({
		id: 'uitputting_pct',
		label: 'Uitputting',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: null,
		onderwerp: 'de uitputting van het schoolbudget',
		phrase: 'was {v} van het schoolbudget besteed',
		definition: '100 × besteed ÷ toegekend. Onder 70% is onderbesteding, boven 110% overbesteding. Zonder toekenning: geen gegevens.'
	}),
	saldo: m({
		id: 'saldo',
		onderwerp: 'het saldo',
		label: 'Saldo',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Toegekend − besteed. Negatief: er is meer uitgegeven dan toegekend.'
	}),
	budget_per_leerling: m({
		id: 'budget_per_leerling',
		label: 'Budget per leerling',
		unit: 'euro',
		decimals: 2,
		lowerIsBetter: null,
		onderwerp: 'het schoolbudget per leerling',
		phrase: 'was er {v} schoolbudget per leerling',
		definition: 'Toegekend ÷ leerlingen op de eerste teldatum van het schooljaar (voor een kring of het samenwerkingsverband: alle bao- en sbo-leerlingen).',
		vo: 'Toegekend ÷ leerlingen op de teldatum van het schooljaar (1 oktober; voor een regio of het samenwerkingsverband: alle vo- en pro-leerlingen).'
	}),
	kosten_per_ondersteunde_leerling: metRegio({
		id: 'kosten_per_ondersteunde_leerling',
		label: 'Kosten per ondersteunde leerling',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		definition:
			'Besteed ÷ verschillende leerlingen met een arrangement op de school dat in het schooljaar liep (1 augustus tot en met 31 juli). Voor een kring of het samenwerkingsverband: de sommen over de scholen.'
	}),

	// ── jaarverslag (issue 7): figures the yearly report needs that no page defined yet ──
	arrangementen_gestart: m({
		id: 'arrangementen_gestart',
		label: 'Gestarte arrangementen',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het aantal gestarte arrangementen',
		phrase: 'startten {v} arrangementen',
		phraseEen: 'startte {v} arrangement',
		definition: 'Aantal arrangementen (rugzak, individueel en groep) met een startdatum in het schooljaar.',
		vo: 'Aantal arrangementen (individueel en groep) met een startdatum in het schooljaar.'
	}),

	// ── thuiszitters en verzuim (issue 17; docs/cijfers.md) ──
	thuiszitters: m({
		id: 'thuiszitters',
		label: 'Thuiszitters',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: true,
		onderwerp: 'het aantal thuiszitters',
		phrase: 'zaten {v} leerlingen thuis',
		phraseEen: 'zat {v} leerling thuis',
		definition:
			'Aantal verschillende leerlingen met een melding van soort absoluut of langdurig relatief verzuim (de definitie van OCW) die op de peildatum loopt: startdatum op of voor de peildatum, einddatum leeg of op of na de peildatum. Vrijstellingen tellen niet mee. De peildatum is 1 oktober van het schooljaar, tenzij u een andere datum kiest.'
	}),
	thuiszitters_per_1000: m({
		id: 'thuiszitters_per_1000',
		label: 'Thuiszitters per 1.000 leerlingen',
		unit: 'per1000',
		decimals: 2,
		lowerIsBetter: true,
		onderwerp: 'het aantal thuiszitters per 1.000 leerlingen',
		phrase: 'zaten {v} per 1.000 leerlingen thuis',
		definition:
			'1.000 × thuiszitters op de peildatum ÷ leerlingen van het samenwerkingsverband op de referentieteldatum van het schooljaar (de eerste teldatum; bao + sbo).',
		vo: '1.000 × thuiszitters op de peildatum ÷ leerlingen van het samenwerkingsverband op de referentieteldatum van het schooljaar (1 oktober; vo + pro).'
	}),
	thuiszitters_langer_3_maanden: m({
		id: 'thuiszitters_langer_3_maanden',
		label: 'Langer dan 3 maanden thuis',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: true,
		onderwerp: 'het aantal leerlingen dat langer dan 3 maanden thuiszit',
		phrase: 'zaten {v} leerlingen langer dan 3 maanden thuis',
		phraseEen: 'zat {v} leerling langer dan 3 maanden thuis',
		definition: 'Van de thuiszitters op de peildatum: zij van wie de melding meer dan 91 dagen vóór de peildatum begon (de grens van het thuiszitterspact).'
	}),
	vrijstellingen: m({
		id: 'vrijstellingen',
		label: 'Vrijstellingen',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het aantal vrijstellingen',
		definition:
			'Aantal meldingen van een vrijstelling (5a, 5b, 5c, 15) die op de peildatum lopen, per soort. Naast de thuiszitters getoond, nooit erbij opgeteld.'
	}),
	thuiszit_nieuw: m({
		id: 'thuiszit_nieuw',
		label: 'Nieuwe meldingen',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het aantal nieuwe meldingen',
		phrase: 'kwamen er {v} nieuwe thuiszitters bij',
		phraseEen: 'kwam er {v} nieuwe thuiszitter bij',
		definition: 'Aantal meldingen van soort absoluut of langdurig relatief verzuim met een startdatum in het schooljaar (1 augustus tot en met 31 juli).'
	}),
	thuiszit_duur: m({
		id: 'thuiszit_duur',
		label: 'Duur thuis (mediaan)',
		unit: 'days',
		decimals: 0,
		lowerIsBetter: true,
		onderwerp: 'de mediane duur',
		definition:
			'Einddatum − startdatum in dagen van de thuiszitmeldingen die in het schooljaar eindigden: het 25e percentiel, de mediaan en het 75e percentiel.'
	}),
	thuiszit_opgelost_pct: m({
		id: 'thuiszit_opgelost_pct',
		label: 'Opgelost',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: false,
		onderwerp: 'het aandeel opgeloste meldingen',
		phrase: 'eindigde {v} van de meldingen met een passende plek of terug naar school',
		definition:
			'100 × thuiszitmeldingen die in het schooljaar eindigden met uitkomst passende plek of terug naar school ÷ alle thuiszitmeldingen die in het schooljaar eindigden.'
	}),
	// ── VO (issue 16, docs/cijfers.md): a VO database's deelname and ambulante ondersteuning ──
	leerlingen_vo: m({
		id: 'leerlingen_vo',
		label: 'Leerlingen vo',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Aantal leerlingen op de teldatum (1 oktober) op de reguliere vo-scholen van het samenwerkingsverband.'
	}),
	leerlingen_pro: m({
		id: 'leerlingen_pro',
		label: 'Leerlingen pro',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Aantal leerlingen op de teldatum (1 oktober) op de scholen voor praktijkonderwijs (pro) van het samenwerkingsverband.'
	}),
	leerlingen_lwoo: m({
		id: 'leerlingen_lwoo',
		label: 'Leerlingen met lwoo',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Aantal leerlingen met leerwegondersteuning (lwoo) op de teldatum, geteld op de vo-scholen (kolom lwoo van de leerlingtelling).'
	}),
	leerlingen_vso: m({
		id: 'leerlingen_vso',
		label: 'Leerlingen met vso-TLV',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition:
			'Aantal verschillende leerlingen met een geldige vso-TLV van het samenwerkingsverband op de teldatum (ingangsdatum op of voor de teldatum, einddatum leeg of op of na de teldatum).'
	}),
	deelname_vso_pct: m({
		id: 'deelname_vso_pct',
		label: 'Deelname vso',
		unit: 'pct',
		decimals: 2,
		lowerIsBetter: true,
		phrase: 'had {v} van de leerlingen een vso-TLV',
		definition:
			'100 × leerlingen met een geldige vso-TLV ÷ (leerlingen vo + leerlingen pro), op de teldatum (1 oktober). Zoals Vensters (VO): de noemer is alle leerlingen in het vo behalve het vso; vso-leerlingen tellen niet mee in de noemer.'
	}),
	deelname_pro_pct: m({
		id: 'deelname_pro_pct',
		label: 'Deelname pro',
		unit: 'pct',
		decimals: 2,
		lowerIsBetter: null,
		phrase: 'zat {v} van de leerlingen op het praktijkonderwijs',
		definition: '100 × leerlingen pro ÷ (leerlingen vo + leerlingen pro), op de teldatum (1 oktober).'
	}),
	deelname_lwoo_pct: m({
		id: 'deelname_lwoo_pct',
		label: 'Deelname lwoo',
		unit: 'pct',
		decimals: 2,
		lowerIsBetter: null,
		phrase: 'had {v} van de leerlingen leerwegondersteuning',
		definition:
			'100 × leerlingen met leerwegondersteuning (lwoo, geteld op de vo-scholen) ÷ (leerlingen vo + leerlingen pro), op de teldatum (1 oktober). Voor één school: ÷ de leerlingen van die school. Zonder lwoo in de telling: geen gegevens.'
	}),
	tlv_vso: metRegio({
		id: 'tlv_vso',
		label: "TLV's vso",
		unit: 'count',
		decimals: 0,
		lowerIsBetter: null,
		definition:
			"Aantal vso-TLV's met een besluitdatum in het schooljaar; per school of kring toegerekend aan de school waar de leerling vandaan kwam (herkomst)."
	}),
	vaste_ab_pct: m({
		id: 'vaste_ab_pct',
		label: 'Door de vaste AB’er',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: false,
		onderwerp: 'het aandeel uren van de vaste ambulant ondersteuner',
		phrase: 'leverde de vaste ambulant ondersteuner {v} van de uren op de school',
		definition:
			'100 × uren op de school van de deskundige die als haar vaste ambulant ondersteuner (AB’er) bij de formatie van de school staat ÷ alle uren van het expertteam op de school, in het schooljaar. Zonder vaste AB’er of zonder uren: geen gegevens.'
	}),
	ab_per_school: m({
		id: 'ab_per_school',
		label: 'AB’ers op de school',
		unit: 'count',
		decimals: 0,
		lowerIsBetter: true,
		onderwerp: 'het aantal verschillende AB’ers op de school',
		phrase: 'kwamen er {v} verschillende AB’ers op de school',
		phraseEen: 'kwam er {v} AB’er op de school',
		definition:
			'Aantal verschillende deskundigen van het expertteam dat in het schooljaar uren op de school leverde. Minder gezichten, vaker hetzelfde gezicht: dat was de belofte van de vaste ambulant ondersteuner.'
	}),
	// ── financiën en doelmatigheid (issue 18; docs/cijfers.md) ──
	baten: m({
		id: 'baten',
		label: 'Baten',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'de baten',
		definition: 'Som van de bedragen van soort baten in de jaarrekening van het samenwerkingsverband, per boekjaar (kalenderjaar).'
	}),
	lasten: m({
		id: 'lasten',
		label: 'Lasten',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'de lasten',
		definition: 'Som van de bedragen van soort lasten in de jaarrekening van het samenwerkingsverband, per boekjaar.'
	}),
	resultaat: m({
		id: 'resultaat',
		label: 'Resultaat',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het resultaat',
		definition: 'Baten − lasten van het boekjaar. Negatief: er is meer uitgegeven dan binnenkwam (een tekort).'
	}),
	realisatie_pct: m({
		id: 'realisatie_pct',
		label: 'Realisatie',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: null,
		onderwerp: 'de realisatie',
		definition: '100 × gerealiseerd bedrag ÷ begroot bedrag, per post en in totaal. Zonder begroting: geen gegevens.'
	}),
	eigen_vermogen: m({
		id: 'eigen_vermogen',
		label: 'Eigen vermogen',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'het eigen vermogen',
		definition: 'Som van de bedragen van soort eigen_vermogen (de reserves) aan het eind van het boekjaar.'
	}),
	signaleringswaarde: m({
		id: 'signaleringswaarde',
		label: 'Signaleringswaarde',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'de signaleringswaarde',
		definition: 'De grens van de Inspectie voor een mogelijk bovenmatige reserve: 3,5% van de baten, en minstens € 250.000.'
	}),
	reserve_boven_signalering: m({
		id: 'reserve_boven_signalering',
		onderwerp: 'de reserve boven de signaleringswaarde',
		label: 'Reserve boven signaleringswaarde',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Eigen vermogen − signaleringswaarde. Positief: de reserve ligt boven de grens van de Inspectie; negatief: eronder.'
	}),
	afdracht_per_tlv: m({
		id: 'afdracht_per_tlv',
		label: 'Afdracht per TLV',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		onderwerp: 'de afdracht per TLV',
		definition:
			'Post afdracht so (of sbo) ÷ aantal verschillende leerlingen met een geldige so-TLV (of sbo-TLV) van het samenwerkingsverband op 1 februari van het boekjaar.',
		vo: 'Post afdracht vso ÷ aantal verschillende leerlingen met een geldige vso-TLV van het samenwerkingsverband op 1 februari van het boekjaar.'
	}),
	aandeel_lasten_pct: m({
		id: 'aandeel_lasten_pct',
		onderwerp: 'het aandeel in de lasten',
		label: 'Aandeel in de lasten',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: null,
		definition: '100 × bedrag van de post ÷ alle baten of alle lasten van het boekjaar; bij de lasten: waar het geld heen gaat.'
	}),
	terug_naar_basis_pct: m({
		id: 'terug_naar_basis_pct',
		label: 'Terug naar basisondersteuning',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: false,
		onderwerp: 'het aandeel arrangementen dat terugging naar basisondersteuning',
		definition:
			'100 × arrangementen die in het schooljaar eindigden met vervolg basisondersteuning ÷ arrangementen die in het schooljaar eindigden met een bekend vervolg.'
	}),
	naar_tlv_pct: m({
		id: 'naar_tlv_pct',
		label: 'Naar TLV',
		unit: 'pct',
		decimals: 1,
		lowerIsBetter: null,
		onderwerp: 'het aandeel arrangementen dat eindigde in een TLV',
		definition:
			'100 × arrangementen die in het schooljaar eindigden met vervolg tlv_sbo of tlv_so ÷ arrangementen die in het schooljaar eindigden met een bekend vervolg.',
		vo: '100 × arrangementen die in het schooljaar eindigden met vervolg tlv_vso (een vso-TLV) ÷ arrangementen die in het schooljaar eindigden met een bekend vervolg.'
	}),
	kosten_per_terug_naar_basis: m({
		id: 'kosten_per_terug_naar_basis',
		label: 'Kosten per leerling terug naar basis',
		unit: 'euro',
		decimals: 0,
		lowerIsBetter: null,
		definition: 'Som van de bedragen van de arrangementen die in het schooljaar eindigden ÷ het aantal daarvan met vervolg basisondersteuning.'
	})

	// ── end of catalogue ────────────────────────────────────────────────────────
} satisfies Record<string, Metric>;

export type MetricId = keyof typeof METRICS;

/** A figure's definition in the words of the database's sector (issue 16). */
export function definitie(id: string, sector: 'po' | 'vo'): string {
	const m = metric(id);
	return sector === 'vo' && m.vo ? m.vo : m.definition;
}

export function metric(id: string): Metric {
	const found = (METRICS as Record<string, Metric>)[id];
	if (!found) throw new Error(`Onbekend cijfer: ${id}`);
	return found;
}

export function formatMetric(id: string, v: Waarde): string {
	const mt = metric(id);
	return formatValue(v, mt.unit, mt.decimals);
}
