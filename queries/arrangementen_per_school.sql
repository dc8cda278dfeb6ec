-- arrangementen_per_school: per schoollocatie op de referentieteldatum van het schooljaar de leerlingen,
-- de leerlingen met een rugzak of individueel arrangement (alleen bao-scholen tellen mee, docs/cijfers.md),
-- rugzak_pct, de lopende arrangementen (groep apart) en de kosten van de arrangementen die in het
-- schooljaar startten. Het schooljaar kiest de pagina; zonder: geen rijen. Lijst van alle scholen: niet voor een schoolaccount.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope all
-- @rijfilter kring=kring gemeente=gemeente schoolsoort=soort
WITH gekozen_jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
referentie AS (
	-- computed once per import (vooraf_referentie_teldatum); NULL without a telling in the schooljaar
	SELECT teldatum FROM vooraf_referentie_teldatum WHERE schooljaar = (SELECT sj FROM gekozen_jaar)
),
-- Per school and schooljaar the telling, the running arrangements (on the referentieteldatum) and the
-- costs of those that started are computed once per import (vooraf_school_jaar, src/lib/server/vooraf.ts).
per_school AS (
	SELECT s.brin || s.vestiging AS school, s.naam, s.soort, s.kring, s.gemeente, v.leerlingen,
		CASE WHEN NOT (SELECT EXISTS (SELECT 1 FROM arrangementen)) THEN NULL WHEN s.soort = 'bao' THEN coalesce(v.leerlingen_rugzak, 0) ELSE 0 END AS leerlingen_rugzak,
		coalesce(v.arrangementen, 0) AS arrangementen,
		coalesce(v.groepsarrangementen, 0) AS groepsarrangementen,
		v.kosten
	FROM scholen s
	LEFT JOIN vooraf_school_jaar v ON v.brin = s.brin AND v.vestiging = s.vestiging AND v.schooljaar = (SELECT sj FROM gekozen_jaar)
	WHERE s.soort IN ('bao', 'sbo')
		AND ($kring IS NULL OR s.kring = $kring) AND ($gemeente IS NULL OR s.gemeente = $gemeente) AND ($schoolsoort IS NULL OR s.soort = $schoolsoort)
)
SELECT (SELECT sj FROM gekozen_jaar) AS schooljaar, (SELECT teldatum FROM referentie) AS referentie_teldatum,
	school, naam, soort, kring, gemeente, leerlingen::INTEGER AS leerlingen, leerlingen_rugzak::INTEGER AS leerlingen_rugzak,
	CASE WHEN soort = 'bao' THEN 100 * leerlingen_rugzak / nullif(leerlingen, 0) END AS rugzak_pct,
	-- Without any arrangement loaded: "geen gegevens" (NULL), never 0 arrangementen or € 0.
	CASE WHEN (SELECT EXISTS (SELECT 1 FROM arrangementen)) THEN arrangementen END::INTEGER AS arrangementen,
	CASE WHEN (SELECT EXISTS (SELECT 1 FROM arrangementen)) THEN groepsarrangementen END::INTEGER AS groepsarrangementen,
	CASE WHEN (SELECT EXISTS (SELECT 1 FROM arrangementen)) THEN coalesce(kosten, 0) END AS kosten
FROM per_school
ORDER BY kosten DESC, school
