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
-- Per school and schooljaar the telling and the arrangements are computed once per import
-- (vooraf_school_jaar), the rugzakken running per teldatum too (vooraf_arrangement_teldatum): a pupil
-- with a rugzak at two schools of a kring counts once.
referentie AS (
	SELECT min(referentie_teldatum) AS teldatum FROM vooraf_school_jaar WHERE schooljaar = (SELECT sj FROM gekozen_jaar)
),
kringen AS (
	SELECT DISTINCT kring FROM scholen WHERE kring IS NOT NULL AND soort IN ('bao', 'sbo')
),
per_school AS (
	SELECT v.kring,
		sum(v.leerlingen) FILTER (WHERE v.soort IN ('bao', 'sbo')) AS leerlingen,
		sum(v.arrangementen) AS arrangementen, sum(v.groepsarrangementen) AS groepsarrangementen, sum(v.kosten) AS kosten
	FROM vooraf_school_jaar v
	WHERE v.schooljaar = (SELECT sj FROM gekozen_jaar)
	GROUP BY v.kring
),
rugzak AS (
	SELECT s.kring, count(DISTINCT a.leerling) AS leerlingen_rugzak
	FROM vooraf_arrangement_teldatum a JOIN scholen s ON s.brin = a.brin AND s.vestiging = a.vestiging AND s.soort = 'bao'
	WHERE a.teldatum = (SELECT teldatum FROM referentie)
	GROUP BY s.kring
),
per_kring AS (
	SELECT k.kring, p.leerlingen,
		(SELECT count(*) FROM scholen s WHERE s.kring = k.kring AND s.soort IN ('bao', 'sbo')) AS scholen,
		-- Without any arrangement loaded: "geen gegevens", never 0.
		CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN coalesce(r.leerlingen_rugzak, 0) END AS leerlingen_rugzak,
		coalesce(p.arrangementen, 0) AS arrangementen,
		coalesce(p.groepsarrangementen, 0) AS groepsarrangementen,
		p.kosten
	FROM kringen k LEFT JOIN per_school p USING (kring) LEFT JOIN rugzak r USING (kring)
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
