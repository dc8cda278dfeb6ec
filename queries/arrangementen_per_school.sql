-- arrangementen_per_school: per schoollocatie op de referentieteldatum van het schooljaar de leerlingen,
-- de leerlingen met een rugzak of individueel arrangement (alleen bao-scholen tellen mee, docs/cijfers.md),
-- rugzak_pct, de lopende arrangementen (groep apart) en de kosten van de arrangementen die in het
-- schooljaar startten. Het schooljaar kiest de pagina; zonder: geen rijen. Lijst van alle scholen: niet voor een schoolaccount.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope all
WITH gekozen_jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
referentie AS (
	SELECT min(teldatum) AS teldatum FROM telling WHERE schooljaar(teldatum) = (SELECT sj FROM gekozen_jaar)
),
lopend AS (
	SELECT a.* FROM arrangementen a
	WHERE a.startdatum <= (SELECT teldatum FROM referentie) AND (a.einddatum IS NULL OR a.einddatum >= (SELECT teldatum FROM referentie))
),
per_school AS (
	SELECT s.brin || s.vestiging AS school, s.naam, s.soort, s.kring, s.gemeente, t.leerlingen,
		CASE WHEN NOT (SELECT EXISTS (SELECT 1 FROM arrangementen)) THEN NULL WHEN s.soort = 'bao' THEN (SELECT count(DISTINCT leerling) FROM lopend x WHERE x.brin = s.brin AND x.vestiging = s.vestiging AND x.soort IN ('rugzak', 'individueel')) ELSE 0 END AS leerlingen_rugzak,
		(SELECT count(*) FROM lopend x WHERE x.brin = s.brin AND x.vestiging = s.vestiging) AS arrangementen,
		(SELECT count(*) FROM lopend x WHERE x.brin = s.brin AND x.vestiging = s.vestiging AND x.soort = 'groep') AS groepsarrangementen,
		(SELECT sum(bedrag) FROM arrangementen a WHERE a.brin = s.brin AND a.vestiging = s.vestiging AND schooljaar(a.startdatum) = (SELECT sj FROM gekozen_jaar)) AS kosten
	FROM scholen s
	LEFT JOIN telling t ON t.brin = s.brin AND t.vestiging = s.vestiging AND t.teldatum = (SELECT teldatum FROM referentie)
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
