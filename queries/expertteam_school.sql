-- expertteam_school: one school's expertteam figures per schooljaar — expertteam_uren, bereik,
-- uren_per_100_leerlingen (pupils at the reference teldatum) — next to its kring and the whole SWV
-- (ratios of sums: all hours of the kring, also those booked on the whole kring, over all its bao and
-- sbo pupils). Without $schooljaar: every schooljaar with hours, oldest first.
-- @param school school
-- @param schooljaar schooljaar?
-- @scope school
-- @count leerlingen bereik kring_leerlingen swv_leerlingen
-- @rate uren_per_100_leerlingen from leerlingen
-- @rate kring_uren_per_100_leerlingen from kring_leerlingen
-- @rate swv_uren_per_100_leerlingen from swv_leerlingen
-- @public expertteam_uren
-- A kring of fewer than 5 schools: its figures would tell a school about the others.
-- @schools kring_scholen for kring_leerlingen
WITH jaren AS (
	SELECT DISTINCT schooljaar AS sj FROM expertteam_inzet WHERE $schooljaar IS NULL OR schooljaar = $schooljaar
),
referentie AS (
	SELECT j.sj, min(t.teldatum) AS teldatum FROM jaren j JOIN telling t ON schooljaar(t.teldatum) = j.sj GROUP BY j.sj
),
de_school AS (
	SELECT * FROM scholen WHERE brin || vestiging = $school
),
leerlingen AS (
	SELECT r.sj, s.kring, s.brin || s.vestiging AS school, t.leerlingen
	FROM referentie r JOIN telling t ON t.teldatum = r.teldatum JOIN scholen s USING (brin, vestiging)
	WHERE s.soort IN ('bao', 'sbo') AND s.kring IS NOT NULL
),
uren AS (
	SELECT i.schooljaar AS sj, i.kring, i.brin || i.vestiging AS school, i.uren, i.leerlingen FROM expertteam_inzet i JOIN jaren j ON j.sj = i.schooljaar
)
SELECT j.sj AS schooljaar, d.brin || d.vestiging AS school, d.naam, d.kring,
	(SELECT sum(leerlingen) FROM leerlingen l WHERE l.sj = j.sj AND l.school = $school)::INTEGER AS leerlingen,
	coalesce((SELECT sum(uren) FROM uren u WHERE u.sj = j.sj AND u.school = $school), 0)::DOUBLE AS expertteam_uren,
	coalesce((SELECT sum(leerlingen) FROM uren u WHERE u.sj = j.sj AND u.school = $school), 0)::INTEGER AS bereik,
	round(100 * coalesce((SELECT sum(uren) FROM uren u WHERE u.sj = j.sj AND u.school = $school), 0)
		/ nullif((SELECT sum(leerlingen) FROM leerlingen l WHERE l.sj = j.sj AND l.school = $school), 0), 2) AS uren_per_100_leerlingen,
	round(100 * (SELECT sum(uren) FROM uren u WHERE u.sj = j.sj AND u.kring = d.kring)
		/ nullif((SELECT sum(leerlingen) FROM leerlingen l WHERE l.sj = j.sj AND l.kring = d.kring), 0), 2) AS kring_uren_per_100_leerlingen,
	round(100 * (SELECT sum(uren) FROM uren u WHERE u.sj = j.sj)
		/ nullif((SELECT sum(leerlingen) FROM leerlingen l WHERE l.sj = j.sj), 0), 2) AS swv_uren_per_100_leerlingen,
	(SELECT sum(leerlingen) FROM leerlingen l WHERE l.sj = j.sj AND l.kring = d.kring)::INTEGER AS kring_leerlingen,
	(SELECT sum(leerlingen) FROM leerlingen l WHERE l.sj = j.sj)::INTEGER AS swv_leerlingen,
	(SELECT count(*) FROM scholen s WHERE s.kring = d.kring AND s.soort IN ('bao', 'sbo'))::INTEGER AS kring_scholen
FROM jaren j, de_school d
ORDER BY j.sj
