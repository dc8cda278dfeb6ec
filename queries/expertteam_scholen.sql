-- expertteam_scholen: per school (PO: bao and sbo; VO: vo and pro; with a kring) for one schooljaar:
-- expertteam_uren, uren_per_100_leerlingen (pupils at the reference teldatum), bereik, hours per pupil
-- reached, the school's share of its kring's hours, and the warning "no hours while the kring has them"
-- (bao, vo and pro schools: sbo schools deliver expertise to the kring themselves). A database is PO or
-- VO, so one list of soorten serves both, as in expertteam_kringen. Hours booked on the whole kring
-- (no school) are not in any school's row. Filters as in expertteam_kringen.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param organisatie text?
-- @param expertise text?
-- @param activiteit text?
-- @scope all
-- @rijfilter kring=kring
WITH jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
inzet AS (
	-- The bookings themselves only with a filter on organisatie, expertise or activiteit; without one, the
	-- sums computed once per import (vooraf_expertteam_school, src/lib/server/vooraf-uren.ts).
	SELECT i.brin, i.vestiging, i.kring, i.uren, i.leerlingen FROM expertteam_inzet i, jaar
	WHERE i.schooljaar = jaar.sj AND NOT ($organisatie IS NULL AND $expertise IS NULL AND $activiteit IS NULL)
		AND ($organisatie IS NULL OR i.organisatie = $organisatie)
		AND ($expertise IS NULL OR i.expertise = $expertise)
		AND ($activiteit IS NULL OR i.activiteit = $activiteit)
	UNION ALL
	SELECT v.brin, v.vestiging, v.kring, v.uren, v.leerlingen FROM vooraf_expertteam_school v, jaar
	WHERE v.schooljaar = jaar.sj AND $organisatie IS NULL AND $expertise IS NULL AND $activiteit IS NULL
),
referentie AS (
	-- the first teldatum of the schooljaar (vooraf_referentie_teldatum, computed once per import); NULL without one
	SELECT max(r.teldatum) AS teldatum FROM vooraf_referentie_teldatum r, jaar WHERE r.schooljaar = jaar.sj
),
per_school AS (
	SELECT brin, vestiging, sum(uren) AS uren, sum(leerlingen) AS bereik FROM inzet WHERE brin IS NOT NULL GROUP BY brin, vestiging
),
per_kring AS (
	SELECT kring, sum(uren) AS uren FROM inzet GROUP BY kring
)
SELECT (SELECT sj FROM jaar) AS schooljaar,
	s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
	t.leerlingen::INTEGER AS leerlingen,
	-- No hours booked at all in the schooljaar: "geen gegevens", never 0 (issue 12).
	CASE WHEN g.ja THEN coalesce(p.uren, 0) END::DOUBLE AS expertteam_uren,
	CASE WHEN g.ja THEN 100 * coalesce(p.uren, 0) / nullif(t.leerlingen, 0) END AS uren_per_100_leerlingen,
	CASE WHEN g.ja THEN coalesce(p.bereik, 0) END::INTEGER AS bereik,
	p.uren / nullif(p.bereik, 0) AS uren_per_bereikte_leerling,
	100 * coalesce(p.uren, 0) / nullif(k.uren, 0) AS aandeel_kring_pct,
	(s.soort IN ('bao', 'vo', 'pro') AND coalesce(p.uren, 0) = 0 AND coalesce(k.uren, 0) > 0) AS geen_uren
FROM scholen s
CROSS JOIN (SELECT EXISTS (SELECT 1 FROM vooraf_expertteam_school i, jaar WHERE i.schooljaar = jaar.sj) AS ja) g
LEFT JOIN per_school p USING (brin, vestiging)
LEFT JOIN per_kring k ON k.kring = s.kring
LEFT JOIN telling t ON t.brin = s.brin AND t.vestiging = s.vestiging AND t.teldatum = (SELECT teldatum FROM referentie)
WHERE s.kring IS NOT NULL AND s.soort IN ('bao', 'sbo', 'vo', 'pro') AND ($kring IS NULL OR s.kring = $kring)
ORDER BY s.kring, s.naam
