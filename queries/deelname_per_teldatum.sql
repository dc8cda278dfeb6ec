-- deelname_per_teldatum: deelname sbo en so per teldatum voor de gekozen scholen (kring, gemeente,
-- schoolsoort), met dezelfde soort teldatum een jaar eerder. Definitions: docs/cijfers.md. Zonder filter is
-- dit precies kerncijfers. Met een filter telt so(T) de leerlingen met een geldige so-TLV die van een
-- gekozen school kwamen (herkomst); TLVs zonder herkomst vallen dan buiten de telling.
-- Een kring zonder sbo-school heeft geen deelname sbo naar de definitie (geen gegevens); daarom staat
-- ernaast deelname_sbo_tlv_pct: leerlingen met een geldige sbo-TLV die van de gekozen scholen kwamen.
-- 1 oktober en 1 februari zijn aparte reeksen (teldatum_soort); vorig jaar vergelijkt dezelfde soort.
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope swv
-- @count leerlingen_bao leerlingen_sbo leerlingen_so leerlingen_sbo_tlv
-- @count vorig_leerlingen_bao vorig_leerlingen_sbo vorig_leerlingen_so vorig_leerlingen_sbo_tlv
-- @rate deelname_sbo_pct from leerlingen_sbo leerlingen_bao
-- @rate deelname_so_pct from leerlingen_so leerlingen_bao leerlingen_sbo
-- @rate deelname_sbo_tlv_pct from leerlingen_sbo_tlv leerlingen_bao leerlingen_sbo
-- @rate vorig_deelname_sbo_pct from vorig_leerlingen_sbo vorig_leerlingen_bao
-- @rate vorig_deelname_so_pct from vorig_leerlingen_so vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_deelname_sbo_tlv_pct from vorig_leerlingen_sbo_tlv vorig_leerlingen_bao vorig_leerlingen_sbo
-- An estimate from DUO's <5 cells (telling.leerlingen_min/_max) carries its smallest and largest
-- possible value (`_min`, `_max`; NULL when every count is exact), as in kerncijfers.
-- @rate deelname_sbo_pct_min from leerlingen_sbo leerlingen_bao leerlingen_sbo
-- @rate deelname_sbo_pct_max from leerlingen_sbo leerlingen_bao leerlingen_sbo
-- @rate deelname_so_pct_min from leerlingen_so leerlingen_bao leerlingen_sbo
-- @rate deelname_so_pct_max from leerlingen_so leerlingen_bao leerlingen_sbo
-- @rate deelname_sbo_tlv_pct_min from leerlingen_sbo_tlv leerlingen_bao leerlingen_sbo
-- @rate deelname_sbo_tlv_pct_max from leerlingen_sbo_tlv leerlingen_bao leerlingen_sbo
-- @rate vorig_deelname_sbo_pct_min from vorig_leerlingen_sbo vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_deelname_sbo_pct_max from vorig_leerlingen_sbo vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_deelname_so_pct_min from vorig_leerlingen_so vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_deelname_so_pct_max from vorig_leerlingen_so vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_deelname_sbo_tlv_pct_min from vorig_leerlingen_sbo_tlv vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_deelname_sbo_tlv_pct_max from vorig_leerlingen_sbo_tlv vorig_leerlingen_bao vorig_leerlingen_sbo
-- @schools scholen
WITH gekozen AS (
	SELECT brin, vestiging, soort FROM scholen
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
),
zonder_filter AS (
	SELECT $kring IS NULL AND $gemeente IS NULL AND $schoolsoort IS NULL AS ja
),
teldata AS (
	SELECT DISTINCT teldatum FROM telling
),
-- The telling and the pupils with a valid TLV are computed per school and teldatum once per import
-- (src/lib/server/vooraf-deelname.ts): the chosen schools are a WHERE on that table.
per_school AS (
	SELECT * FROM vooraf_teldatum_school
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
),
telling_per_soort AS (
	SELECT teldatum,
		coalesce(sum(leerlingen) FILTER (WHERE soort = 'bao'), 0) AS bao,
		coalesce(sum(leerlingen) FILTER (WHERE soort = 'sbo'), 0) AS sbo,
		coalesce(sum(leerlingen_laag) FILTER (WHERE soort = 'bao'), 0) AS bao_min,
		coalesce(sum(leerlingen_hoog) FILTER (WHERE soort = 'bao'), 0) AS bao_max,
		coalesce(sum(leerlingen_laag) FILTER (WHERE soort = 'sbo'), 0) AS sbo_min,
		coalesce(sum(leerlingen_hoog) FILTER (WHERE soort = 'sbo'), 0) AS sbo_max,
		coalesce(bool_or(schatting) FILTER (WHERE soort IN ('bao', 'sbo')), false) AS schatting
	FROM per_school
	GROUP BY teldatum
),
tlv_actief AS (
	-- Without a filter every pupil with a valid TLV counts, also without a school of herkomst; with one,
	-- the pupils that came from a chosen school: those of one school summed, those of several counted once.
	SELECT teldatum, so, sbo_tlv FROM vooraf_teldatum_totaal WHERE (SELECT ja FROM zonder_filter)
	UNION ALL
	SELECT teldatum, sum(so), sum(sbo_tlv) FROM (
		SELECT teldatum, so, sbo_tlv FROM per_school
		UNION ALL
		SELECT m.teldatum, count(DISTINCT m.leerling) FILTER (WHERE m.wat = 'so'), count(DISTINCT m.leerling) FILTER (WHERE m.wat = 'sbo_tlv')
		FROM vooraf_teldatum_meer m
		WHERE m.wat IN ('so', 'sbo_tlv')
			AND ($kring IS NULL OR m.kring = $kring) AND ($gemeente IS NULL OR m.gemeente = $gemeente) AND ($schoolsoort IS NULL OR m.soort = $schoolsoort)
		GROUP BY m.teldatum
	)
	WHERE NOT (SELECT ja FROM zonder_filter)
	GROUP BY teldatum
),
tlv_geladen AS (
	-- A source that was never loaded is "geen gegevens", never 0.
	SELECT EXISTS (SELECT 1 FROM tlv) AS ja
),
heeft_sbo AS (
	SELECT count(*) FILTER (WHERE soort = 'sbo') > 0 AS ja FROM gekozen
),
per_teldatum AS (
	SELECT d.teldatum,
		schooljaar(d.teldatum) AS schooljaar,
		CASE month(d.teldatum) WHEN 10 THEN 'oktober' WHEN 2 THEN 'februari' ELSE 'overig' END AS teldatum_soort,
		coalesce(p.bao, 0)::INTEGER AS leerlingen_bao,
		coalesce(p.sbo, 0)::INTEGER AS leerlingen_sbo,
		CASE WHEN g.ja THEN coalesce(a.so, 0)::INTEGER END AS leerlingen_so,
		CASE WHEN g.ja THEN coalesce(a.sbo_tlv, 0)::INTEGER END AS leerlingen_sbo_tlv,
		CASE WHEN (SELECT ja FROM heeft_sbo) THEN 100 * p.sbo / nullif(p.bao + p.sbo, 0) END AS deelname_sbo_pct,
		100 * leerlingen_so / nullif(p.bao + p.sbo, 0) AS deelname_so_pct,
		100 * leerlingen_sbo_tlv / nullif(p.bao + p.sbo, 0) AS deelname_sbo_tlv_pct,
		CASE WHEN p.schatting AND (SELECT ja FROM heeft_sbo) THEN 100 * p.sbo_min / nullif(p.bao_max + p.sbo_min, 0) END AS deelname_sbo_pct_min,
		CASE WHEN p.schatting AND (SELECT ja FROM heeft_sbo) THEN 100 * p.sbo_max / nullif(p.bao_min + p.sbo_max, 0) END AS deelname_sbo_pct_max,
		CASE WHEN p.schatting THEN 100 * leerlingen_so / nullif(p.bao_max + p.sbo_max, 0) END AS deelname_so_pct_min,
		CASE WHEN p.schatting THEN 100 * leerlingen_so / nullif(p.bao_min + p.sbo_min, 0) END AS deelname_so_pct_max,
		CASE WHEN p.schatting THEN 100 * leerlingen_sbo_tlv / nullif(p.bao_max + p.sbo_max, 0) END AS deelname_sbo_tlv_pct_min,
		CASE WHEN p.schatting THEN 100 * leerlingen_sbo_tlv / nullif(p.bao_min + p.sbo_min, 0) END AS deelname_sbo_tlv_pct_max
	FROM teldata d
	LEFT JOIN telling_per_soort p USING (teldatum)
	LEFT JOIN tlv_actief a USING (teldatum)
	CROSS JOIN tlv_geladen g
)
SELECT pt.*,
	vorig.teldatum AS vorig_teldatum,
	vorig.deelname_sbo_pct AS vorig_deelname_sbo_pct,
	vorig.deelname_so_pct AS vorig_deelname_so_pct,
	vorig.deelname_sbo_tlv_pct AS vorig_deelname_sbo_tlv_pct,
	vorig.deelname_sbo_pct_min AS vorig_deelname_sbo_pct_min, vorig.deelname_sbo_pct_max AS vorig_deelname_sbo_pct_max,
	vorig.deelname_so_pct_min AS vorig_deelname_so_pct_min, vorig.deelname_so_pct_max AS vorig_deelname_so_pct_max,
	vorig.deelname_sbo_tlv_pct_min AS vorig_deelname_sbo_tlv_pct_min, vorig.deelname_sbo_tlv_pct_max AS vorig_deelname_sbo_tlv_pct_max,
	vorig.leerlingen_bao AS vorig_leerlingen_bao,
	vorig.leerlingen_sbo AS vorig_leerlingen_sbo,
	vorig.leerlingen_so AS vorig_leerlingen_so,
	vorig.leerlingen_sbo_tlv AS vorig_leerlingen_sbo_tlv,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM per_teldatum pt
LEFT JOIN per_teldatum vorig ON vorig.teldatum = pt.teldatum - INTERVAL 1 YEAR
ORDER BY pt.teldatum
