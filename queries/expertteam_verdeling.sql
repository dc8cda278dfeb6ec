-- expertteam_verdeling: where the hours of one schooljaar went, split four ways — by organisatie,
-- expertise, activiteit and niveau (leerling / groep / leerkracht / school) — with each part's share,
-- the pupils reached (bereik) and the hours per pupil reached. A missing expertise or niveau is
-- 'onbekend'. Filters as in expertteam_kringen; without $kring: the whole SWV.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param organisatie text?
-- @param expertise text?
-- @param activiteit text?
-- @scope swv
-- @count bereik
-- Each dimensie splits the same total bereik (shown in expertteam_kringen):
-- @sum bereik by dimensie
-- @rate uren_per_bereikte_leerling from bereik
-- @public expertteam_uren aandeel_pct
-- @schools scholen
WITH jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
inzet AS (
	-- The bookings themselves only with a filter on organisatie, expertise or activiteit; without one, the
	-- sums computed once per import (vooraf_expertteam_verdeling, src/lib/server/vooraf-uren.ts).
	SELECT i.* FROM jaar, expertteam_inzet_gefilterd(jaar.sj, $kring, $organisatie, $expertise, $activiteit) i
),
delen AS (
	SELECT 'organisatie' AS dimensie, organisatie AS waarde, uren, leerlingen FROM inzet
	UNION ALL SELECT 'expertise', coalesce(expertise, 'onbekend'), uren, leerlingen FROM inzet
	UNION ALL SELECT 'activiteit', activiteit, uren, leerlingen FROM inzet
	UNION ALL SELECT 'niveau', coalesce(niveau, 'onbekend'), uren, leerlingen FROM inzet
	UNION ALL
	SELECT v.dimensie, coalesce(v.waarde, 'onbekend'), v.uren, v.leerlingen FROM vooraf_expertteam_verdeling v, jaar
	WHERE v.schooljaar = jaar.sj AND ($kring IS NULL OR v.kring = $kring) AND $organisatie IS NULL AND $expertise IS NULL AND $activiteit IS NULL
)
SELECT (SELECT sj FROM jaar) AS schooljaar, dimensie, waarde,
	sum(uren)::DOUBLE AS expertteam_uren,
	100 * sum(uren) / nullif(sum(sum(uren)) OVER (PARTITION BY dimensie), 0) AS aandeel_pct,
	coalesce(sum(leerlingen), 0)::INTEGER AS bereik,
	sum(uren) / nullif(sum(leerlingen), 0) AS uren_per_bereikte_leerling,
	(SELECT count(*) FROM scholen WHERE $kring IS NULL OR kring = $kring)::INTEGER AS scholen
FROM delen
GROUP BY dimensie, waarde
ORDER BY CASE dimensie WHEN 'organisatie' THEN 1 WHEN 'expertise' THEN 2 WHEN 'activiteit' THEN 3 ELSE 4 END, expertteam_uren DESC, waarde
