/**
 * Figures computed once per import (issue 20) for deelname, verwijzingen, arrangementen and the
 * jaarverslag: per school × teldatum, so that a filter (kring, gemeente, schoolsoort) is a WHERE on a
 * table of thousands of rows instead of a join over pupil-level rows. Built after, and from,
 * vooraf_tlv_teldatum and vooraf_arrangement_teldatum (vooraf.ts), before the per-school tables there that
 * read these, in the same transaction.
 *
 * Distinct pupils cannot be summed over schools, so every count of pupils is split in two:
 *  - `vooraf_teldatum_school` counts, per school, the pupils whose only school (of the scholen table)
 *    on that teldatum is this one ("enkel"): these add up over any set of schools;
 *  - `vooraf_teldatum_meer` lists the few pupils with more than one school on a teldatum, one row per
 *    school, so a query counts them distinct among the schools it chose.
 * A set of schools then has sum(enkel) + count(DISTINCT meer.leerling): exactly the pupils that query
 * counted before. `wat` says which count: 'so' / 'sbo_tlv' (valid TLV of that soort, at the school of
 * herkomst), 'rugzak' (a running rugzak or individueel arrangement, at the arrangement's school),
 * 'met_rugzak' / 'met_individueel' (the same, of that soort only).
 */

/**
 * Pupils per (teldatum, wat, leerling, school), each once: the rows of vooraf_tlv_teldatum and
 * vooraf_arrangement_teldatum are distinct already, except a pupil with a rugzak and an individueel
 * arrangement at the same school.
 */
const LEERLING_SCHOOL = `
	SELECT t.teldatum, CASE t.soort WHEN 'so' THEN 'so' ELSE 'sbo_tlv' END AS wat, t.leerling, t.herkomst_brin AS brin, t.herkomst_vestiging AS vestiging
	FROM vooraf_tlv_teldatum t
	WHERE t.soort IN ('so', 'sbo') AND t.leerling IS NOT NULL AND t.herkomst_brin IS NOT NULL
	UNION ALL
	SELECT DISTINCT a.teldatum, 'rugzak', a.leerling, a.brin, a.vestiging
	FROM vooraf_arrangement_teldatum a
	WHERE a.leerling IS NOT NULL
	UNION ALL
	SELECT a.teldatum, 'met_' || a.soort, a.leerling, a.brin, a.vestiging
	FROM vooraf_arrangement_teldatum a
	WHERE a.leerling IS NOT NULL`;

/** TLVs per school of herkomst and month; also read by the macro tlv_maanden (schema.ts). */
export const TLV_SCHOOL_MAAND = {
	naam: 'vooraf_tlv_school_maand',
	uitleg:
		'TLVs per school van herkomst (met kring, gemeente, soort; ook zonder herkomst) per soort en maand: van het besluit (besluit), de einddatum na de peildatum (einde) en per schooljaar van de ingangsdatum (ingang, maand = augustus)',
	// wat = 'einde' only for TLVs ending after the peildatum of tlv_aflopend: the last besluitdatum.
	sql: `WITH peil AS (
	SELECT max(besluitdatum) AS peildatum FROM tlv
),
datums AS (
	SELECT 'besluit' AS wat, besluitdatum AS datum, soort, herkomst_brin, herkomst_vestiging FROM tlv
	UNION ALL
	-- instroom counts per schooljaar: its first month (August) stands for the whole schooljaar.
	SELECT 'ingang', schooljaar_begin(ingangsdatum), soort, herkomst_brin, herkomst_vestiging FROM tlv
	UNION ALL
	SELECT 'einde', einddatum, soort, herkomst_brin, herkomst_vestiging FROM tlv, peil WHERE einddatum > peil.peildatum
),
-- The schooljaar follows from the month (schooljaar() turns at 1 August): named once per month, not per TLV.
per_maand AS (
	SELECT wat, CAST(date_trunc('month', datum) AS DATE) AS maand, soort, herkomst_brin, herkomst_vestiging, count(*)::INTEGER AS tlv
	FROM datums GROUP BY ALL
)
SELECT d.wat, d.maand, schooljaar(d.maand) AS schooljaar, d.soort,
	d.herkomst_brin AS brin, d.herkomst_vestiging AS vestiging, s.kring, s.gemeente, s.soort AS schoolsoort, d.tlv
FROM per_maand d
LEFT JOIN scholen s ON s.brin = d.herkomst_brin AND s.vestiging = d.herkomst_vestiging
ORDER BY d.wat, d.maand`
};

export const VOORAF_DEELNAME: { naam: string; uitleg: string; sql: string }[] = [
	{
		naam: 'vooraf_teldatum_meer',
		uitleg: 'per teldatum de leerlingen met meer dan één school (so-/sbo-TLV naar herkomst, rugzak of individueel arrangement): één rij per school',
		// Only schools of scholen count: a school outside it is never chosen by a filter.
		// Only schools of scholen count: a school outside it is never chosen by a filter. Only a pupil with
		// TLVs (or arrangements) from two schools can have two on one teldatum: those are looked at.
		sql: `WITH kandidaat AS (
	SELECT leerling FROM tlv t JOIN scholen s ON s.brin = t.herkomst_brin AND s.vestiging = t.herkomst_vestiging
	WHERE t.soort IN ('so', 'sbo') GROUP BY leerling HAVING count(DISTINCT (s.brin, s.vestiging)) > 1
	UNION
	SELECT leerling FROM arrangementen a JOIN scholen s USING (brin, vestiging)
	WHERE a.soort IN ('rugzak', 'individueel') GROUP BY leerling HAVING count(DISTINCT (s.brin, s.vestiging)) > 1
),
in_scholen AS (
	SELECT l.*, s.kring, s.gemeente, s.soort FROM (${LEERLING_SCHOOL}) l JOIN scholen s USING (brin, vestiging)
	WHERE l.leerling IN (SELECT leerling FROM kandidaat)
),
meer AS (
	SELECT teldatum, wat, leerling FROM in_scholen GROUP BY ALL HAVING count(*) > 1
)
SELECT i.teldatum, i.wat, i.leerling, i.brin, i.vestiging, i.kring, i.gemeente, i.soort
FROM in_scholen i SEMI JOIN meer m ON m.teldatum = i.teldatum AND m.wat = i.wat AND m.leerling = i.leerling
ORDER BY i.teldatum, i.wat`
	},
	{
		naam: 'vooraf_teldatum_school',
		uitleg:
			'per teldatum per school (met kring, gemeente, soort): de telling en de leerlingen die alleen op deze school een geldige TLV (herkomst) of een lopend rugzak-/individueel arrangement hebben',
		// Every school with a telling row or such a pupil on the teldatum; leerlingen* are the telling's
		// (NULL: no row). The counts are 0 where the school has no such pupil. A school's pupils of one
		// school are all its pupils but those in vooraf_teldatum_meer.
		sql: `WITH telling_school AS (
	SELECT t.teldatum, t.brin, t.vestiging, sum(t.leerlingen) AS leerlingen,
		sum(coalesce(t.leerlingen_min, t.leerlingen)) AS leerlingen_laag, sum(coalesce(t.leerlingen_max, t.leerlingen)) AS leerlingen_hoog,
		bool_or(t.leerlingen_min IS NOT NULL OR t.leerlingen_max IS NOT NULL) AS schatting
	FROM telling t GROUP BY ALL
),
alle AS (
	SELECT teldatum, herkomst_brin AS brin, herkomst_vestiging AS vestiging,
		count(*) FILTER (WHERE soort = 'so') AS so, count(*) FILTER (WHERE soort = 'sbo') AS sbo_tlv,
		0 AS rugzak, 0 AS met_rugzak, 0 AS met_individueel
	FROM vooraf_tlv_teldatum WHERE leerling IS NOT NULL AND herkomst_brin IS NOT NULL GROUP BY ALL
	UNION ALL
	SELECT teldatum, brin, vestiging, 0, 0, count(DISTINCT leerling),
		count(*) FILTER (WHERE soort = 'rugzak'), count(*) FILTER (WHERE soort = 'individueel')
	FROM vooraf_arrangement_teldatum WHERE leerling IS NOT NULL GROUP BY ALL
	UNION ALL
	SELECT teldatum, brin, vestiging,
		-count(*) FILTER (WHERE wat = 'so'), -count(*) FILTER (WHERE wat = 'sbo_tlv'), -count(*) FILTER (WHERE wat = 'rugzak'),
		-count(*) FILTER (WHERE wat = 'met_rugzak'), -count(*) FILTER (WHERE wat = 'met_individueel')
	FROM vooraf_teldatum_meer GROUP BY ALL
),
enkel AS (
	SELECT teldatum, brin, vestiging, sum(so) AS so, sum(sbo_tlv) AS sbo_tlv, sum(rugzak) AS rugzak,
		sum(met_rugzak) AS met_rugzak, sum(met_individueel) AS met_individueel
	FROM alle GROUP BY ALL
),
sleutels AS (
	SELECT teldatum, brin, vestiging FROM telling_school UNION SELECT teldatum, brin, vestiging FROM enkel
)
SELECT k.teldatum, s.brin, s.vestiging, s.kring, s.gemeente, s.soort,
	-- INTEGER, not the HUGEINT of a sum: DuckDB reads a HUGEINT column ten times slower.
	t.leerlingen::INTEGER AS leerlingen, t.leerlingen_laag::INTEGER AS leerlingen_laag, t.leerlingen_hoog::INTEGER AS leerlingen_hoog,
	coalesce(t.schatting, false) AS schatting, t.teldatum IS NOT NULL AS geteld,
	coalesce(e.so, 0)::INTEGER AS so, coalesce(e.sbo_tlv, 0)::INTEGER AS sbo_tlv, coalesce(e.rugzak, 0)::INTEGER AS rugzak,
	coalesce(e.met_rugzak, 0)::INTEGER AS met_rugzak, coalesce(e.met_individueel, 0)::INTEGER AS met_individueel
FROM sleutels k
JOIN scholen s USING (brin, vestiging)
LEFT JOIN telling_school t USING (teldatum, brin, vestiging)
LEFT JOIN enkel e USING (teldatum, brin, vestiging)
ORDER BY k.teldatum, s.kring, s.gemeente`
	},
	{
		naam: 'vooraf_teldatum_totaal',
		uitleg: 'per teldatum de leerlingen met een geldige so-, sbo- of vso-TLV in het hele SWV (ook zonder herkomstschool), elk één keer',
		// Also the kerncijfers' leerlingen_so and leerlingen_vso (vooraf_kerncijfers).
		sql: `SELECT teldatum,
	(count(DISTINCT leerling) FILTER (WHERE soort = 'so'))::INTEGER AS so,
	(count(DISTINCT leerling) FILTER (WHERE soort = 'sbo'))::INTEGER AS sbo_tlv,
	(count(DISTINCT leerling) FILTER (WHERE soort = 'vso'))::INTEGER AS vso
FROM vooraf_tlv_teldatum GROUP BY teldatum`
	},
	TLV_SCHOOL_MAAND,
	{
		naam: 'vooraf_arrangement_peildatum',
		uitleg: 'de peildatum van de procescijfers van arrangementen: de laatste start- of evaluatiedatum in de gegevens (één rij)',
		// An arrangement without einddatum runs up to it (docs/cijfers.md, evaluatie_op_tijd_pct).
		sql: `SELECT greatest(max(startdatum), max(evaluatiedatum)) AS peildatum FROM arrangementen`
	},
	{
		naam: 'vooraf_arrangement_school_jaar',
		uitleg:
			'arrangementen per school van scholen (met kring, gemeente, soort), schooljaar van de startdatum en soort: aantal, kosten en de procescijfers van queries/arrangementen_proces.sql',
		// Also the per-school figures of vooraf_school_jaar (the sum over soort).
		sql: `SELECT schooljaar(a.jaar_begin) AS schooljaar, a.soort, a.brin, a.vestiging, s.kring, s.gemeente, s.soort AS schoolsoort,
	count(*)::INTEGER AS arrangementen,
	-- DECIMAL(18,2), not the DECIMAL(38,2) of a sum: read faster, summed exactly to the same value.
	sum(a.bedrag)::DECIMAL(18, 2) AS kosten,
	count(a.bedrag)::INTEGER AS met_bedrag,
	count(a.aanvraagdatum)::INTEGER AS met_aanvraagdatum,
	(count(*) FILTER (WHERE a.startdatum - a.aanvraagdatum <= 14))::INTEGER AS binnen_2_weken,
	(count(*) FILTER (WHERE least(coalesce(a.einddatum, p.peildatum), p.peildatum) - a.startdatum >= 91))::INTEGER AS liepen_13_weken,
	(count(*) FILTER (WHERE least(coalesce(a.einddatum, p.peildatum), p.peildatum) - a.startdatum >= 91
		AND a.evaluatiedatum IS NOT NULL AND a.evaluatiedatum - a.startdatum <= 91))::INTEGER AS op_tijd_geevalueerd
-- Grouped by the first day of the schooljaar: its name is made once per group, not per arrangement.
FROM (SELECT *, schooljaar_begin(startdatum) AS jaar_begin FROM arrangementen) a
JOIN scholen s ON s.brin = a.brin AND s.vestiging = a.vestiging
CROSS JOIN vooraf_arrangement_peildatum p
GROUP BY a.jaar_begin, a.soort, a.brin, a.vestiging, s.kring, s.gemeente, s.soort
ORDER BY schooljaar, a.soort`
	}
];
