/**
 * Figures computed once per import (issue 20) for deelname, verwijzingen, arrangementen and the
 * jaarverslag: per school × teldatum, so that a filter (kring, gemeente, schoolsoort) is a WHERE on a
 * table of thousands of rows instead of a join over pupil-level rows. Built after, and from, the
 * tables of vooraf.ts (VOORAF includes these at its end), in the same transaction.
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

/** Pupils per (teldatum, wat, leerling, school): the facts the two tables below split. */
const LEERLING_SCHOOL = `
	SELECT DISTINCT t.teldatum, CASE t.soort WHEN 'so' THEN 'so' ELSE 'sbo_tlv' END AS wat, t.leerling, s.brin, s.vestiging
	FROM vooraf_tlv_teldatum t JOIN scholen s ON s.brin = t.herkomst_brin AND s.vestiging = t.herkomst_vestiging
	WHERE t.soort IN ('so', 'sbo') AND t.leerling IS NOT NULL
	UNION ALL
	SELECT DISTINCT a.teldatum, 'rugzak', a.leerling, s.brin, s.vestiging
	FROM vooraf_arrangement_teldatum a JOIN scholen s USING (brin, vestiging)
	WHERE a.leerling IS NOT NULL
	UNION ALL
	SELECT DISTINCT a.teldatum, 'met_' || a.soort, a.leerling, s.brin, s.vestiging
	FROM vooraf_arrangement_teldatum a JOIN scholen s USING (brin, vestiging)
	WHERE a.leerling IS NOT NULL`;

const GETELD = `
	SELECT *, count(*) OVER (PARTITION BY teldatum, wat, leerling) AS scholen_van_leerling FROM (${LEERLING_SCHOOL})`;

/** Arrangements running on each teldatum at a school of scholen, with the number of schools where their pupil has one of that soort and naam. */
const ACTIEF_GETELD = `
	SELECT *, CASE WHEN leerling IS NOT NULL THEN count(DISTINCT (brin, vestiging)) OVER (PARTITION BY teldatum, soort, naam, leerling) END AS scholen_van_leerling
	FROM (
		SELECT d.teldatum, a.soort, coalesce(a.naam, a.soort) AS naam, a.leerling, s.brin, s.vestiging, s.kring, s.gemeente, s.soort AS schoolsoort
		FROM (SELECT DISTINCT teldatum FROM telling) d
		JOIN arrangementen a ON a.startdatum <= d.teldatum AND (a.einddatum IS NULL OR a.einddatum >= d.teldatum)
		JOIN scholen s ON s.brin = a.brin AND s.vestiging = a.vestiging
	)`;

/** The so-TLVs valid on each teldatum (queries/so_samenstelling.sql). */
const SO_LOPEND = `
	SELECT d.teldatum, t.leerling, t.categorie, t.ingangsdatum, t.geboortejaar, t.herkomst_brin, t.herkomst_vestiging
	FROM (SELECT DISTINCT teldatum FROM telling) d
	JOIN tlv t ON t.soort = 'so' AND t.ingangsdatum <= d.teldatum AND (t.einddatum IS NULL OR t.einddatum >= d.teldatum)`;

/** Those with a school of herkomst in scholen, with the number of such schools of their pupil on the teldatum. */
const SO_LOPEND_SCHOOL = `
	SELECT l.teldatum, l.leerling, l.categorie, l.ingangsdatum, l.geboortejaar, s.brin, s.vestiging, s.kring, s.gemeente,
		count(DISTINCT (s.brin, s.vestiging)) OVER (PARTITION BY l.teldatum, l.leerling) AS scholen_van_leerling
	FROM (${SO_LOPEND}) l JOIN scholen s ON s.brin = l.herkomst_brin AND s.vestiging = l.herkomst_vestiging`;

/** Pupils (one row each, with categorie and geboortejaar) counted per group of so_samenstelling's two indelingen. */
const SO_GROEPEN = (leerlingen: string, per: string) => `
	WITH per_leerling AS (${leerlingen})
	SELECT teldatum${per}, indeling, groep, count(*)::INTEGER AS leerlingen FROM (
		SELECT teldatum${per}, 'categorie' AS indeling, coalesce(categorie, 'onbekend') AS groep FROM per_leerling
		UNION ALL
		SELECT teldatum${per}, 'leeftijd',
			CASE WHEN geboortejaar IS NULL THEN 'onbekend' WHEN year(teldatum) - geboortejaar < 8 THEN 'jonger dan 8' ELSE '8 en ouder' END
		FROM per_leerling
	)
	GROUP BY ALL`;

export const VOORAF_DEELNAME: { naam: string; uitleg: string; sql: string }[] = [
	{
		naam: 'vooraf_teldatum_meer',
		uitleg: 'per teldatum de leerlingen met meer dan één school (so-/sbo-TLV naar herkomst, rugzak of individueel arrangement): één rij per school',
		sql: `SELECT g.teldatum, g.wat, g.leerling, g.brin, g.vestiging, s.kring, s.gemeente, s.soort
			FROM (${GETELD}) g JOIN scholen s USING (brin, vestiging)
			WHERE g.scholen_van_leerling > 1
			ORDER BY g.teldatum, g.wat`
	},
	{
		naam: 'vooraf_teldatum_school',
		uitleg:
			'per teldatum per school (met kring, gemeente, soort): de telling en de leerlingen die alleen op deze school een geldige TLV (herkomst) of een lopend rugzak-/individueel arrangement hebben',
		// Every school with a telling row or such a pupil on the teldatum; leerlingen* are the telling's
		// (NULL: no row). The counts are 0 where the school has no such pupil.
		sql: `WITH telling_school AS (
	SELECT t.teldatum, t.brin, t.vestiging, sum(t.leerlingen) AS leerlingen,
		sum(coalesce(t.leerlingen_min, t.leerlingen)) AS leerlingen_laag, sum(coalesce(t.leerlingen_max, t.leerlingen)) AS leerlingen_hoog,
		bool_or(t.leerlingen_min IS NOT NULL OR t.leerlingen_max IS NOT NULL) AS schatting
	FROM telling t GROUP BY ALL
),
enkel AS (
	SELECT teldatum, brin, vestiging,
		count(*) FILTER (WHERE wat = 'so') AS so, count(*) FILTER (WHERE wat = 'sbo_tlv') AS sbo_tlv,
		count(*) FILTER (WHERE wat = 'rugzak') AS rugzak,
		count(*) FILTER (WHERE wat = 'met_rugzak') AS met_rugzak, count(*) FILTER (WHERE wat = 'met_individueel') AS met_individueel
	FROM (${GETELD}) WHERE scholen_van_leerling = 1
	GROUP BY ALL
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
		uitleg: 'per teldatum de leerlingen met een geldige so- of sbo-TLV in het hele SWV (ook zonder herkomstschool), elk één keer',
		sql: `SELECT teldatum,
	(count(DISTINCT leerling) FILTER (WHERE soort = 'so'))::INTEGER AS so,
	(count(DISTINCT leerling) FILTER (WHERE soort = 'sbo'))::INTEGER AS sbo_tlv
FROM vooraf_tlv_teldatum GROUP BY teldatum`
	},
	{
		naam: 'vooraf_tlv_school_maand',
		uitleg:
			'TLVs per school van herkomst (met kring, gemeente, soort; ook zonder herkomst) per soort en maand: van het besluit (besluit), de ingangsdatum (ingang) en de einddatum na de peildatum (einde)',
		// wat = 'einde' only for TLVs ending after the peildatum of tlv_aflopend: the last besluitdatum.
		sql: `WITH peil AS (
	SELECT max(besluitdatum) AS peildatum FROM tlv
),
datums AS (
	SELECT 'besluit' AS wat, besluitdatum AS datum, soort, herkomst_brin, herkomst_vestiging FROM tlv
	UNION ALL
	SELECT 'ingang', ingangsdatum, soort, herkomst_brin, herkomst_vestiging FROM tlv
	UNION ALL
	SELECT 'einde', einddatum, soort, herkomst_brin, herkomst_vestiging FROM tlv, peil WHERE einddatum > peil.peildatum
)
SELECT d.wat, CAST(date_trunc('month', d.datum) AS DATE) AS maand, schooljaar(d.datum) AS schooljaar, d.soort,
	d.herkomst_brin AS brin, d.herkomst_vestiging AS vestiging, s.kring, s.gemeente, s.soort AS schoolsoort,
	count(*)::INTEGER AS tlv
FROM datums d
LEFT JOIN scholen s ON s.brin = d.herkomst_brin AND s.vestiging = d.herkomst_vestiging
GROUP BY ALL
ORDER BY d.wat, maand`
	},
	{
		naam: 'vooraf_arrangement_school_jaar',
		uitleg:
			'arrangementen per school (met kring, gemeente, soort; in_scholen: de school staat in scholen), schooljaar van de startdatum en soort: aantal, kosten en de procescijfers van queries/arrangementen_proces.sql',
		sql: `WITH peil AS (
	SELECT greatest(max(startdatum), max(evaluatiedatum)) AS peildatum FROM arrangementen
)
SELECT schooljaar(a.startdatum) AS schooljaar, a.soort, a.brin, a.vestiging,
	s.brin IS NOT NULL AS in_scholen, s.kring, s.gemeente, s.soort AS schoolsoort,
	count(*)::INTEGER AS arrangementen,
	-- DECIMAL(18,2), not the DECIMAL(38,2) of a sum: read faster, summed exactly to the same value.
	sum(a.bedrag)::DECIMAL(18, 2) AS kosten,
	count(a.bedrag)::INTEGER AS met_bedrag,
	count(a.aanvraagdatum)::INTEGER AS met_aanvraagdatum,
	(count(*) FILTER (WHERE a.startdatum - a.aanvraagdatum <= 14))::INTEGER AS binnen_2_weken,
	(count(*) FILTER (WHERE least(coalesce(a.einddatum, p.peildatum), p.peildatum) - a.startdatum >= 91))::INTEGER AS liepen_13_weken,
	(count(*) FILTER (WHERE least(coalesce(a.einddatum, p.peildatum), p.peildatum) - a.startdatum >= 91
		AND a.evaluatiedatum IS NOT NULL AND a.evaluatiedatum - a.startdatum <= 91))::INTEGER AS op_tijd_geevalueerd
FROM arrangementen a CROSS JOIN peil p
LEFT JOIN scholen s ON s.brin = a.brin AND s.vestiging = a.vestiging
GROUP BY ALL
ORDER BY schooljaar, a.soort`
	},
	{
		naam: 'vooraf_arrangement_actief',
		uitleg:
			'per teldatum per school (met kring, gemeente, soort) per soort en naam van arrangement: de lopende arrangementen en de leerlingen die er alleen op deze school een hebben',
		sql: `SELECT teldatum, soort, naam, brin, vestiging, kring, gemeente, schoolsoort,
	count(*)::INTEGER AS arrangementen,
	count(DISTINCT leerling) FILTER (WHERE scholen_van_leerling = 1)::INTEGER AS leerlingen
FROM (${ACTIEF_GETELD})
GROUP BY ALL
ORDER BY teldatum, kring`
	},
	{
		naam: 'vooraf_arrangement_actief_meer',
		uitleg: 'per teldatum, soort en naam van arrangement de leerlingen met zo een arrangement op meer dan één school: één rij per school',
		sql: `SELECT DISTINCT teldatum, soort, naam, leerling, brin, vestiging, kring, gemeente, schoolsoort
FROM (${ACTIEF_GETELD})
WHERE scholen_van_leerling > 1`
	},
	{
		naam: 'vooraf_so_groep',
		uitleg: 'queries/so_samenstelling.sql zonder filter: per teldatum de so-leerlingen per categorie en leeftijdsgroep',
		sql: `${SO_GROEPEN(`SELECT teldatum, leerling, arg_max(categorie, ingangsdatum) AS categorie, max(geboortejaar) AS geboortejaar FROM (${SO_LOPEND}) GROUP BY teldatum, leerling`, '')}`
	},
	{
		naam: 'vooraf_so_school',
		uitleg:
			'per teldatum per school van herkomst (met kring, gemeente) de so-leerlingen per categorie en leeftijdsgroep die alleen van deze school een geldige so-TLV hebben',
		sql: `${SO_GROEPEN(
			`SELECT teldatum, leerling, brin, vestiging, kring, gemeente, arg_max(categorie, ingangsdatum) AS categorie, max(geboortejaar) AS geboortejaar
			FROM (${SO_LOPEND_SCHOOL}) WHERE scholen_van_leerling = 1 GROUP BY ALL`,
			', brin, vestiging, kring, gemeente'
		)}`
	},
	{
		naam: 'vooraf_so_meer',
		uitleg: 'per teldatum de geldige so-TLVs (categorie, ingangsdatum, geboortejaar, herkomst) van leerlingen met so-TLVs van meer dan één school',
		sql: `SELECT teldatum, leerling, categorie, ingangsdatum, geboortejaar, brin, vestiging, kring, gemeente FROM (${SO_LOPEND_SCHOOL}) WHERE scholen_van_leerling > 1`
	}
];
