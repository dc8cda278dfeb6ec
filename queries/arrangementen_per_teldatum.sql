-- arrangementen_per_teldatum: rugzak_pct (docs/cijfers.md) per teldatum, gesplitst naar soort, zodat de
-- overgang van rugzak (tot 2021) naar individueel arrangement als één reeks te tonen is met de soort
-- erbij (soort_label: de soort met de meeste leerlingen op die teldatum). Teller: verschillende leerlingen met een geldig arrangement van soort rugzak of
-- individueel op een bao-school; noemer: leerlingen bao + sbo. Met kring, gemeente of schoolsoort:
-- alleen de gekozen scholen (teller en noemer).
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope swv
-- @count leerlingen leerlingen_rugzak met_rugzak met_individueel
-- (a pupil with both a rugzak and an individueel arrangement counts once: the total is at most the sum)
-- @total leerlingen_rugzak = met_rugzak + met_individueel
-- @rate rugzak_pct from leerlingen_rugzak leerlingen
-- @schools scholen
WITH gekozen AS (
	SELECT brin, vestiging, soort FROM scholen
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
),
teldata AS (
	SELECT DISTINCT teldatum FROM telling
),
-- The telling and the pupils with a running arrangement are computed per school and teldatum once per
-- import (src/lib/server/vooraf-deelname.ts): the chosen schools are a WHERE on that table.
per_school AS (
	SELECT * FROM vooraf_teldatum_school
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
),
noemer AS (
	SELECT teldatum, sum(leerlingen) FILTER (WHERE soort IN ('bao', 'sbo')) AS leerlingen
	FROM per_school
	GROUP BY teldatum
),
actief AS (
	-- Pupils at a chosen bao school: those of one school summed, those of several counted once.
	SELECT teldatum, sum(met_arrangement) AS met_arrangement, sum(met_rugzak) AS met_rugzak, sum(met_individueel) AS met_individueel
	FROM (
		SELECT teldatum, rugzak AS met_arrangement, met_rugzak, met_individueel FROM per_school WHERE soort = 'bao'
		UNION ALL
		SELECT m.teldatum, count(DISTINCT m.leerling) FILTER (WHERE m.wat = 'rugzak'),
			count(DISTINCT m.leerling) FILTER (WHERE m.wat = 'met_rugzak'), count(DISTINCT m.leerling) FILTER (WHERE m.wat = 'met_individueel')
		FROM vooraf_teldatum_meer m
		WHERE m.wat IN ('rugzak', 'met_rugzak', 'met_individueel') AND m.soort = 'bao'
			AND ($kring IS NULL OR m.kring = $kring) AND ($gemeente IS NULL OR m.gemeente = $gemeente) AND ($schoolsoort IS NULL OR m.soort = $schoolsoort)
		GROUP BY m.teldatum
	)
	GROUP BY teldatum
)
SELECT d.teldatum, schooljaar(d.teldatum) AS schooljaar,
	CASE month(d.teldatum) WHEN 10 THEN 'oktober' WHEN 2 THEN 'februari' ELSE 'overig' END AS teldatum_soort,
	n.leerlingen::INTEGER AS leerlingen,
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN coalesce(a.met_arrangement, 0) END::INTEGER AS leerlingen_rugzak,
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN coalesce(a.met_rugzak, 0) END::INTEGER AS met_rugzak,
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN coalesce(a.met_individueel, 0) END::INTEGER AS met_individueel,
	-- Without any arrangement loaded: "geen gegevens", never 0.
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN 100 * coalesce(a.met_arrangement, 0) / nullif(n.leerlingen, 0) END AS rugzak_pct,
	CASE WHEN coalesce(a.met_arrangement, 0) = 0 THEN NULL
		WHEN a.met_rugzak >= a.met_individueel THEN 'vooral rugzak'
		ELSE 'vooral individueel arrangement' END AS soort_label,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM teldata d
LEFT JOIN noemer n USING (teldatum)
LEFT JOIN actief a USING (teldatum)
ORDER BY d.teldatum
