-- vo_ab_school: ambulante ondersteuning nieuwe stijl (docs/cijfers.md) for one school, per schooljaar
-- with formatie or hours, oldest first: formatie allocated to the school and its vaste AB'er(s), hours
-- delivered at the school, benutting_pct, vaste_ab_pct and ab_per_school, as in vo_ab_per_school; vorig
-- jaar is the row before. Did the promise hold — fewer faces, more of the same face?
-- @param school school
-- @scope school
-- @public formatie_uren expertteam_uren vaste_ab_uren benutting_pct vaste_ab_pct ab_per_school
WITH de_school AS (
	SELECT brin, vestiging, naam FROM scholen WHERE brin || vestiging = $school
),
jaren AS (
	SELECT DISTINCT schooljaar AS sj FROM expertteam_formatie f, de_school d WHERE f.brin = d.brin AND f.vestiging = d.vestiging
	UNION SELECT DISTINCT schooljaar FROM expertteam_inzet i, de_school d WHERE i.brin = d.brin AND i.vestiging = d.vestiging
),
formatie AS (
	SELECT f.schooljaar AS sj, sum(f.uren) AS formatie_uren, list_sort(list_distinct(list(f.expert))) AS vaste_ab
	FROM expertteam_formatie f, de_school d WHERE f.brin = d.brin AND f.vestiging = d.vestiging
	GROUP BY 1
),
inzet AS (
	SELECT i.schooljaar AS sj, i.expert, sum(i.uren) AS uren
	FROM expertteam_inzet i, de_school d WHERE i.brin = d.brin AND i.vestiging = d.vestiging
	GROUP BY ALL
),
per_jaar AS (
	SELECT j.sj, f.formatie_uren, f.vaste_ab,
		coalesce((SELECT sum(uren) FROM inzet i WHERE i.sj = j.sj), 0) AS expertteam_uren,
		CASE WHEN len(f.vaste_ab) > 0 THEN coalesce((SELECT sum(uren) FROM inzet i WHERE i.sj = j.sj AND list_contains(f.vaste_ab, i.expert)), 0) END AS vaste_ab_uren,
		(SELECT count(DISTINCT expert) FROM inzet i WHERE i.sj = j.sj)::INTEGER AS ab_per_school
	FROM jaren j LEFT JOIN formatie f ON f.sj = j.sj
)
SELECT p.sj AS schooljaar, d.naam, nullif(array_to_string(p.vaste_ab, ', '), '') AS vaste_ab,
	p.formatie_uren, p.expertteam_uren, p.vaste_ab_uren,
	100 * p.expertteam_uren / nullif(p.formatie_uren, 0) AS benutting_pct,
	100 * p.vaste_ab_uren / nullif(p.expertteam_uren, 0) AS vaste_ab_pct,
	p.ab_per_school
FROM per_jaar p CROSS JOIN de_school d
ORDER BY p.sj
