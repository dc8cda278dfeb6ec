-- arrangementen_per_kring: per kring op de referentieteldatum van het schooljaar de leerlingen (bao +
-- sbo), de leerlingen met een rugzak of individueel arrangement op een bao-school en rugzak_pct
-- (docs/cijfers.md, als verhouding van sommen), de lopende arrangementen (alle soorten; groep apart) en de
-- kosten van de arrangementen die in het schooljaar startten — met het hele SWV ernaast.
-- Het schooljaar kiest de pagina (src/lib/server/pagina.ts); zonder schooljaar: geen rijen.
-- @param schooljaar schooljaar
-- @scope swv
-- @count leerlingen leerlingen_rugzak arrangementen groepsarrangementen swv_leerlingen swv_leerlingen_rugzak
-- @sum leerlingen
-- @sum leerlingen_rugzak
-- @sum arrangementen
-- @sum groepsarrangementen
-- @rate rugzak_pct from leerlingen_rugzak leerlingen
-- @rate swv_rugzak_pct from swv_leerlingen_rugzak swv_leerlingen
-- A kring's costs over a handful of arrangements would tell what they cost: hidden with the count.
-- @rate kosten from arrangementen
-- @public swv_kosten
-- @schools scholen
-- A school account sees its own kring, not the others (fixed totals, queries.ts):
-- @kring kring
WITH gekozen_jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
referentie AS (
	SELECT min(teldatum) AS teldatum FROM telling WHERE schooljaar(teldatum) = (SELECT sj FROM gekozen_jaar)
),
kringen AS (
	SELECT DISTINCT kring FROM scholen WHERE kring IS NOT NULL AND soort IN ('bao', 'sbo')
),
leerlingen AS (
	SELECT s.kring, sum(t.leerlingen) AS leerlingen
	FROM telling t JOIN scholen s USING (brin, vestiging)
	WHERE t.teldatum = (SELECT teldatum FROM referentie) AND s.soort IN ('bao', 'sbo')
	GROUP BY s.kring
),
lopend AS (
	SELECT s.kring, a.*, s.soort AS schoolsoort
	FROM arrangementen a JOIN scholen s USING (brin, vestiging)
	WHERE a.startdatum <= (SELECT teldatum FROM referentie) AND (a.einddatum IS NULL OR a.einddatum >= (SELECT teldatum FROM referentie))
),
per_kring AS (
	SELECT k.kring, l.leerlingen,
		(SELECT count(*) FROM scholen s WHERE s.kring = k.kring AND s.soort IN ('bao', 'sbo')) AS scholen,
		-- Without any arrangement loaded: "geen gegevens", never 0.
		CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN (SELECT count(DISTINCT leerling) FROM lopend x WHERE x.kring = k.kring AND x.soort IN ('rugzak', 'individueel') AND x.schoolsoort = 'bao') END AS leerlingen_rugzak,
		(SELECT count(*) FROM lopend x WHERE x.kring = k.kring) AS arrangementen,
		(SELECT count(*) FROM lopend x WHERE x.kring = k.kring AND x.soort = 'groep') AS groepsarrangementen,
		(SELECT sum(a.bedrag) FROM arrangementen a JOIN scholen s USING (brin, vestiging)
			WHERE s.kring = k.kring AND schooljaar(a.startdatum) = (SELECT sj FROM gekozen_jaar)) AS kosten
	FROM kringen k LEFT JOIN leerlingen l USING (kring)
)
SELECT (SELECT sj FROM gekozen_jaar) AS schooljaar, (SELECT teldatum FROM referentie) AS referentie_teldatum,
	kring, leerlingen::INTEGER AS leerlingen, leerlingen_rugzak::INTEGER AS leerlingen_rugzak,
	100 * leerlingen_rugzak / nullif(leerlingen, 0) AS rugzak_pct,
	-- Without any arrangement loaded: "geen gegevens", never 0 arrangementen or € 0.
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN arrangementen END::INTEGER AS arrangementen,
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN groepsarrangementen END::INTEGER AS groepsarrangementen,
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN coalesce(kosten, 0) END AS kosten,
	100 * sum(leerlingen_rugzak) OVER () / nullif(sum(leerlingen) OVER (), 0) AS swv_rugzak_pct,
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN sum(coalesce(kosten, 0)) OVER () END AS swv_kosten,
	(sum(leerlingen) OVER ())::INTEGER AS swv_leerlingen,
	(sum(leerlingen_rugzak) OVER ())::INTEGER AS swv_leerlingen_rugzak,
	scholen::INTEGER AS scholen
FROM per_kring
ORDER BY rugzak_pct DESC NULLS LAST, kring
