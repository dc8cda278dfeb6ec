/**
 * Figures computed once per import for the expertteam, budget and financiën queries (issue 20), part of
 * VOORAF (vooraf.ts: built in the import's own transaction, rebuilt at opening when a definition
 * changes). Each table holds sums the queries added up themselves before, so a page reads a few
 * thousand rows instead of millions of bookings; every figure stays what it was.
 *
 * The expertteam tables hold the hours without the page's filters on organisatie, expertise and
 * activiteit (the view nearly everyone opens); a query with one of those filters reads the bookings
 * themselves, as before. Hours and bereik (a sum of pupils per booking, not distinct pupils) can be
 * summed again over schools, kringen and months.
 */

import { VERVOLG_TLV } from '../sector';

/** The vervolg values that count as naar TLV (tlv_sbo, tlv_so, tlv_vso), as an SQL list. */
const NAAR_TLV = Object.keys(VERVOLG_TLV)
	.map((v) => `'${v}'`)
	.join(', ');

/** The hours per school with the latest booking date; also read by the macro expertteam_peil (schema.ts). */
export const EXPERTTEAM_SCHOOL = {
	naam: 'vooraf_expertteam_school',
	uitleg: 'de uren en het bereik van het expertteam per schooljaar, kring en school (brin NULL: uren op de hele kring), met de laatste boekdatum',
	sql: `SELECT schooljaar, kring, brin, vestiging, sum(uren) AS uren, sum(leerlingen) AS leerlingen, max(datum) AS laatste
		FROM expertteam_inzet
		GROUP BY ALL
		ORDER BY schooljaar, kring`
};

/** The expertteam bookings, summed (queries/expertteam_*.sql, school_expertteam.sql, doelmatigheid_uren_verwijzingen.sql). */
const EXPERTTEAM = [
	EXPERTTEAM_SCHOOL,
	{
		naam: 'vooraf_expertteam_maand',
		uitleg: 'de uren van het expertteam per schooljaar, kring en kalendermaand (de burn-up)',
		sql: `SELECT schooljaar, kring, CAST(date_trunc('month', datum) AS DATE) AS maand, sum(uren) AS uren
		FROM expertteam_inzet
		GROUP BY ALL
		ORDER BY schooljaar, kring`
	},
	{
		naam: 'vooraf_expertteam_verdeling',
		uitleg: 'de uren en het bereik van het expertteam per schooljaar en kring, verdeeld naar organisatie, expertise, activiteit en niveau',
		// The values as booked (a missing expertise or niveau stays NULL: the query calls it 'onbekend').
		sql: `SELECT schooljaar, kring, 'organisatie' AS dimensie, organisatie AS waarde, sum(uren) AS uren, sum(leerlingen) AS leerlingen
		FROM expertteam_inzet GROUP BY ALL
		UNION ALL SELECT schooljaar, kring, 'expertise', expertise, sum(uren), sum(leerlingen) FROM expertteam_inzet GROUP BY ALL
		UNION ALL SELECT schooljaar, kring, 'activiteit', activiteit, sum(uren), sum(leerlingen) FROM expertteam_inzet GROUP BY ALL
		UNION ALL SELECT schooljaar, kring, 'niveau', niveau, sum(uren), sum(leerlingen) FROM expertteam_inzet GROUP BY ALL
		ORDER BY schooljaar, kring`
	},
	{
		naam: 'vooraf_arrangementen_kring_jaren',
		uitleg: 'per kring het aantal arrangementen per schooljaar van begin en van einde (NULL: loopt door)',
		// An arrangement overlaps schooljaar Y (1 Aug … 31 Jul) when it starts in Y or before and ends in Y or
		// after: queries/expertteam_kringen.sql sums `aantal` over van <= Y AND (tot IS NULL OR tot >= Y).
		sql: `SELECT s.kring, schooljaar(a.startdatum) AS van, schooljaar(a.einddatum) AS tot, count(*) AS aantal
		FROM arrangementen a JOIN scholen s USING (brin, vestiging)
		WHERE s.kring IS NOT NULL
		GROUP BY ALL`
	},
	{
		naam: 'vooraf_expertteam_opties',
		uitleg: 'queries/expertteam_opties.sql: de waarden die de filters van de expertteampagina aanbieden',
		// From the two tables above (built before it), which hold every value booked.
		sql: `SELECT DISTINCT 'schooljaar' AS filter, schooljaar AS waarde FROM vooraf_expertteam_school
		UNION SELECT 'schooljaar', schooljaar FROM expertteam_formatie
		UNION SELECT 'kring', kring FROM vooraf_expertteam_school
		UNION SELECT 'kring', kring FROM expertteam_formatie
		UNION SELECT dimensie, waarde FROM vooraf_expertteam_verdeling WHERE dimensie IN ('organisatie', 'expertise', 'activiteit') AND waarde IS NOT NULL`
	}
];

/** queries/financien_jaren.sql, computed once per import (it has no parameters). */
const FINANCIEN_JAREN = `WITH per_jaar AS (
	SELECT jaar,
		sum(bedrag) FILTER (WHERE soort = 'baten') AS baten,
		sum(bedrag) FILTER (WHERE soort = 'lasten') AS lasten,
		sum(bedrag) FILTER (WHERE soort = 'begroting_baten') AS begroting_baten,
		sum(bedrag) FILTER (WHERE soort = 'begroting_lasten') AS begroting_lasten,
		sum(bedrag) FILTER (WHERE soort = 'eigen_vermogen') AS eigen_vermogen,
		sum(bedrag) FILTER (WHERE soort = 'lasten' AND lower(post) = 'afdracht so') AS afdracht_so,
		sum(bedrag) FILTER (WHERE soort = 'lasten' AND lower(post) = 'afdracht sbo') AS afdracht_sbo,
		sum(bedrag) FILTER (WHERE soort = 'lasten' AND lower(post) = 'afdracht vso') AS afdracht_vso
	FROM financien
	GROUP BY jaar
),
tlv_op_1_februari AS (
	SELECT p.jaar,
		count(DISTINCT t.leerling) FILTER (WHERE t.soort = 'so') AS tlv_so,
		count(DISTINCT t.leerling) FILTER (WHERE t.soort = 'sbo') AS tlv_sbo,
		count(DISTINCT t.leerling) FILTER (WHERE t.soort = 'vso') AS tlv_vso
	FROM per_jaar p
	JOIN tlv t ON t.ingangsdatum <= make_date(p.jaar, 2, 1) AND (t.einddatum IS NULL OR t.einddatum >= make_date(p.jaar, 2, 1))
	GROUP BY p.jaar
),
teldatum_voor_1_februari AS (
	SELECT p.jaar, max(t.teldatum) AS teldatum
	FROM per_jaar p JOIN (SELECT DISTINCT teldatum FROM telling) t ON t.teldatum <= make_date(p.jaar, 2, 1)
	GROUP BY p.jaar
),
leerlingen AS (
	SELECT d.jaar,
		sum(t.leerlingen) FILTER (WHERE s.soort IN ('bao', 'sbo')) AS leerlingen,
		sum(t.leerlingen) FILTER (WHERE s.soort IN ('vo', 'pro')) AS leerlingen_vo
	FROM teldatum_voor_1_februari d
	JOIN telling t ON t.teldatum = d.teldatum
	JOIN scholen s ON s.brin = t.brin AND s.vestiging = t.vestiging AND s.soort IN ('bao', 'sbo', 'vo', 'pro')
	GROUP BY d.jaar
)
SELECT p.jaar::INTEGER AS jaar,
	p.baten::DOUBLE AS baten,
	p.lasten::DOUBLE AS lasten,
	(p.baten - p.lasten)::DOUBLE AS resultaat,
	p.begroting_baten::DOUBLE AS begroting_baten,
	p.begroting_lasten::DOUBLE AS begroting_lasten,
	(p.begroting_baten - p.begroting_lasten)::DOUBLE AS begroot_resultaat,
	100 * p.baten::DOUBLE / nullif(p.begroting_baten, 0) AS realisatie_baten_pct,
	100 * p.lasten::DOUBLE / nullif(p.begroting_lasten, 0) AS realisatie_lasten_pct,
	p.eigen_vermogen::DOUBLE AS eigen_vermogen,
	greatest(0.035 * p.baten::DOUBLE, 250000) AS signaleringswaarde,
	p.eigen_vermogen::DOUBLE - greatest(0.035 * p.baten::DOUBLE, 250000) AS reserve_boven_signalering,
	p.afdracht_so::DOUBLE AS afdracht_so,
	p.afdracht_sbo::DOUBLE AS afdracht_sbo,
	t.tlv_so::INTEGER AS tlv_so,
	t.tlv_sbo::INTEGER AS tlv_sbo,
	p.afdracht_so::DOUBLE / nullif(t.tlv_so, 0) AS afdracht_per_tlv_so,
	p.afdracht_sbo::DOUBLE / nullif(t.tlv_sbo, 0) AS afdracht_per_tlv_sbo,
	l.leerlingen::INTEGER AS leerlingen,
	100 * t.tlv_so::DOUBLE / nullif(l.leerlingen, 0) AS deelname_so_pct,
	p.afdracht_vso::DOUBLE AS afdracht_vso,
	t.tlv_vso::INTEGER AS tlv_vso,
	p.afdracht_vso::DOUBLE / nullif(t.tlv_vso, 0) AS afdracht_per_tlv_vso,
	l.leerlingen_vo::INTEGER AS leerlingen_vo,
	100 * t.tlv_vso::DOUBLE / nullif(l.leerlingen_vo, 0) AS deelname_vso_pct
FROM per_jaar p
LEFT JOIN tlv_op_1_februari t USING (jaar)
LEFT JOIN leerlingen l USING (jaar)`;

/** The schoolbudget and the SWV's own accounts (queries/budget_kringen.sql, financien_jaren.sql, doelmatigheid*.sql). */
const GELD = [
	{
		naam: 'vooraf_budget_per_school',
		uitleg:
			'het schoolbudget per school en schooljaar (de macro budget_per_school voor alle schooljaren): toegekend, besteed, leerlingen op de referentieteldatum en ondersteunde leerlingen',
		// A schooljaar's rows never depend on another schooljaar: budget_per_school($schooljaar) is the
		// same as these rows of that schooljaar.
		sql: `SELECT * FROM budget_per_school(NULL) ORDER BY sj, kring`
	},
	{
		naam: 'vooraf_financien_jaren',
		uitleg: 'queries/financien_jaren.sql: de eigen jaarrekening per boekjaar met de afdrachten per TLV op 1 februari',
		sql: FINANCIEN_JAREN
	},
	{
		naam: 'vooraf_doelmatigheid_school',
		uitleg: 'per schooljaar en school de beëindigde arrangementen, met en zonder bekend vervolg, terug naar basisondersteuning, naar een TLV en hun kosten',
		// Counts of arrangements (not distinct pupils), so the kring and SWV rows are their sums.
		sql: `SELECT schooljaar(a.einddatum) AS schooljaar, s.kring, a.brin || a.vestiging AS school, any_value(s.naam) AS naam,
			count(*) AS beeindigd,
			count(a.vervolg) AS met_vervolg,
			count(*) FILTER (WHERE a.vervolg = 'basisondersteuning') AS terug_naar_basis,
			count(*) FILTER (WHERE a.vervolg IN (${NAAR_TLV})) AS naar_tlv,
			sum(a.bedrag) AS kosten
		FROM arrangementen a JOIN scholen s USING (brin, vestiging)
		WHERE a.einddatum IS NOT NULL
		GROUP BY 1, 2, 3`
	},
	{
		naam: 'vooraf_doelmatigheid_kosten',
		uitleg: 'queries/doelmatigheid_kosten.sql: kosten per arrangement per soort en naam, per schooljaar van de startdatum',
		sql: `SELECT schooljaar(startdatum) AS schooljaar, soort, coalesce(naam, '(zonder naam)') AS naam,
			count(*)::INTEGER AS arrangementen,
			sum(bedrag)::DOUBLE AS kosten,
			sum(bedrag)::DOUBLE / nullif(count(bedrag), 0) AS kosten_per_arrangement
		FROM arrangementen
		GROUP BY ALL`
	}
];

export const VOORAF_UREN: { naam: string; uitleg: string; sql: string }[] = [...EXPERTTEAM, ...GELD];
