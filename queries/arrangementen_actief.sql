-- arrangementen_actief: arrangementen die op de teldatum lopen (startdatum op of voor de teldatum,
-- einddatum leeg of op of na de teldatum), per soort (rugzak, individueel, groep) en naam
-- (bijvoorbeeld TOP-groep), met het aantal verschillende leerlingen (groepsarrangementen hebben geen
-- leerlingcode: daar staat geen aantal leerlingen). Met filters: arrangementen op de gekozen scholen.
-- @param schooljaar schooljaar?
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope swv
-- @count arrangementen leerlingen
-- @sum arrangementen by teldatum
-- @sum leerlingen by teldatum
-- @schools scholen
WITH gekozen AS (
	SELECT brin, vestiging FROM scholen
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
),
teldata AS (
	SELECT DISTINCT teldatum FROM telling WHERE $schooljaar IS NULL OR schooljaar(teldatum) = $schooljaar
),
-- Per teldatum, school, soort and naam computed once per import (src/lib/server/vooraf-deelname.ts): the
-- pupils of one school summed, those with such an arrangement at several chosen schools counted once.
per_school AS (
	SELECT teldatum, soort, naam, sum(arrangementen) AS arrangementen, sum(leerlingen) AS leerlingen
	FROM vooraf_arrangement_actief
	WHERE teldatum IN (SELECT teldatum FROM teldata)
		AND ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR schoolsoort = $schoolsoort)
	GROUP BY ALL
),
meer AS (
	SELECT teldatum, soort, naam, count(DISTINCT leerling) AS leerlingen
	FROM vooraf_arrangement_actief_meer
	WHERE teldatum IN (SELECT teldatum FROM teldata)
		AND ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR schoolsoort = $schoolsoort)
	GROUP BY ALL
)
SELECT p.teldatum, schooljaar(p.teldatum) AS schooljaar, p.soort, p.naam,
	p.arrangementen::INTEGER AS arrangementen,
	CASE WHEN p.soort <> 'groep' THEN (p.leerlingen + coalesce(m.leerlingen, 0))::INTEGER END AS leerlingen,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM per_school p
LEFT JOIN meer m USING (teldatum, soort, naam)
ORDER BY p.teldatum, p.soort, p.naam
