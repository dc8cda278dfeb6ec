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
)
SELECT d.teldatum, schooljaar(d.teldatum) AS schooljaar, a.soort, coalesce(a.naam, a.soort) AS naam,
	count(*)::INTEGER AS arrangementen,
	CASE WHEN a.soort <> 'groep' THEN count(DISTINCT a.leerling)::INTEGER END AS leerlingen,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM teldata d
JOIN arrangementen a ON a.startdatum <= d.teldatum AND (a.einddatum IS NULL OR a.einddatum >= d.teldatum)
JOIN gekozen g ON g.brin = a.brin AND g.vestiging = a.vestiging
GROUP BY d.teldatum, a.soort, coalesce(a.naam, a.soort)
ORDER BY d.teldatum, a.soort, naam
