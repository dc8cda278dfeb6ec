-- vo_ab_per_school: ambulante ondersteuning nieuwe stijl (docs/cijfers.md) per school for one schooljaar:
-- the formatie allocated to the school and its vaste AB'er(s) (expertteam_formatie with brin), the hours
-- delivered at the school, benutting_pct, vaste_ab_pct (100 × hours by its vaste AB'er at the school ÷
-- all expert hours at the school) and ab_per_school (distinct experts who delivered hours there), with
-- the previous schooljaar (vorig_). A school without a vaste AB'er has no vaste_ab_pct (geen gegevens);
-- without any hours booked in the schooljaar, nothing is known (NULL), never 0. Schools with formatie or
-- hours in either year. Hours booked on the whole kring (no school) are in no school's row.
-- The schooljaar is chosen by the page (src/lib/server/pagina.ts).
-- @param schooljaar schooljaar
-- @param kring kring?
-- @scope all
-- @public formatie_uren expertteam_uren vaste_ab_uren benutting_pct vaste_ab_pct ab_per_school
-- @public vorig_formatie_uren vorig_expertteam_uren vorig_vaste_ab_uren vorig_benutting_pct vorig_vaste_ab_pct vorig_ab_per_school
WITH jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
jaren AS (
	SELECT sj, 'nu' AS wanneer FROM jaar
	UNION ALL SELECT (CAST(left(sj, 4) AS INTEGER) - 1)::VARCHAR || '-' || left(sj, 4), 'vorig' FROM jaar
),
formatie AS (
	SELECT j.wanneer, f.brin, f.vestiging, sum(f.uren) AS formatie_uren,
		list_sort(list_distinct(list(f.expert))) AS vaste_ab
	FROM jaren j JOIN expertteam_formatie f ON f.schooljaar = j.sj AND f.brin IS NOT NULL
	GROUP BY ALL
),
inzet AS (
	SELECT j.wanneer, i.brin, i.vestiging, i.expert, sum(i.uren) AS uren
	FROM jaren j JOIN expertteam_inzet i ON i.schooljaar = j.sj AND i.brin IS NOT NULL
	GROUP BY ALL
),
geboekt AS (
	SELECT j.wanneer, EXISTS (SELECT 1 FROM expertteam_inzet i WHERE i.schooljaar = j.sj) AS ja FROM jaren j
),
per_school AS (
	SELECT w.wanneer, s.brin, s.vestiging, f.formatie_uren, f.vaste_ab,
		CASE WHEN g.ja THEN coalesce((SELECT sum(uren) FROM inzet i WHERE i.wanneer = w.wanneer AND i.brin = s.brin AND i.vestiging = s.vestiging), 0) END AS expertteam_uren,
		CASE WHEN g.ja AND len(f.vaste_ab) > 0 THEN coalesce((SELECT sum(uren) FROM inzet i WHERE i.wanneer = w.wanneer AND i.brin = s.brin AND i.vestiging = s.vestiging AND list_contains(f.vaste_ab, i.expert)), 0) END AS vaste_ab_uren,
		CASE WHEN g.ja THEN (SELECT count(DISTINCT expert) FROM inzet i WHERE i.wanneer = w.wanneer AND i.brin = s.brin AND i.vestiging = s.vestiging)::INTEGER END AS ab_per_school
	FROM (SELECT DISTINCT wanneer FROM jaren) w
	CROSS JOIN (SELECT DISTINCT brin, vestiging FROM formatie UNION SELECT DISTINCT brin, vestiging FROM inzet) x
	JOIN scholen s ON s.brin = x.brin AND s.vestiging = x.vestiging
	JOIN geboekt g ON g.wanneer = w.wanneer
	LEFT JOIN formatie f ON f.wanneer = w.wanneer AND f.brin = s.brin AND f.vestiging = s.vestiging
)
SELECT (SELECT sj FROM jaar) AS schooljaar, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
	nullif(array_to_string(nu.vaste_ab, ', '), '') AS vaste_ab,
	nu.formatie_uren, nu.expertteam_uren, nu.vaste_ab_uren,
	100 * nu.expertteam_uren / nullif(nu.formatie_uren, 0) AS benutting_pct,
	100 * nu.vaste_ab_uren / nullif(nu.expertteam_uren, 0) AS vaste_ab_pct,
	nu.ab_per_school,
	nullif(array_to_string(vorig.vaste_ab, ', '), '') AS vorig_vaste_ab,
	vorig.formatie_uren AS vorig_formatie_uren, vorig.expertteam_uren AS vorig_expertteam_uren, vorig.vaste_ab_uren AS vorig_vaste_ab_uren,
	100 * vorig.expertteam_uren / nullif(vorig.formatie_uren, 0) AS vorig_benutting_pct,
	100 * vorig.vaste_ab_uren / nullif(vorig.expertteam_uren, 0) AS vorig_vaste_ab_pct,
	vorig.ab_per_school AS vorig_ab_per_school
FROM per_school nu
JOIN scholen s USING (brin, vestiging)
LEFT JOIN per_school vorig ON vorig.wanneer = 'vorig' AND vorig.brin = nu.brin AND vorig.vestiging = nu.vestiging
WHERE nu.wanneer = 'nu' AND ($kring IS NULL OR s.kring = $kring)
ORDER BY s.naam, school
