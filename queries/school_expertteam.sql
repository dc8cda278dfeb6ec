-- school_expertteam: one school's expertteam figures per schooljaar — expertteam_uren, bereik,
-- uren_per_100_leerlingen (pupils at the reference teldatum) — next to its kring and the whole SWV
-- (ratios of sums: all hours of the kring, also those booked on the whole kring, over all its bao and
-- sbo pupils; in VO its vo and pro pupils). Without $schooljaar: every schooljaar with hours, oldest first.
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
-- One pass over the hours per school and schooljaar computed once per import (vooraf_expertteam_school,
-- src/lib/server/vooraf-uren.ts; brin NULL: hours on the whole kring), with the school's, its kring's and
-- the SWV's sums side by side (a very large SWV has millions of bookings).
WITH de_school AS (
	SELECT * FROM scholen WHERE brin || vestiging = $school
),
uren AS (
	SELECT i.schooljaar AS sj,
		sum(i.uren) AS swv_uren,
		sum(i.uren) FILTER (WHERE i.kring = d.kring) AS kring_uren,
		sum(i.uren) FILTER (WHERE i.brin = d.brin AND i.vestiging = d.vestiging) AS school_uren,
		sum(i.leerlingen) FILTER (WHERE i.brin = d.brin AND i.vestiging = d.vestiging) AS school_bereik
	FROM vooraf_expertteam_school i, de_school d
	WHERE $schooljaar IS NULL OR i.schooljaar = $schooljaar
	GROUP BY i.schooljaar
),
referentie AS (
	SELECT u.sj, r.teldatum FROM uren u JOIN vooraf_referentie_teldatum r ON r.schooljaar = u.sj
),
leerlingen AS (
	SELECT r.sj,
		sum(t.leerlingen) AS swv_leerlingen,
		sum(t.leerlingen) FILTER (WHERE s.kring = d.kring) AS kring_leerlingen,
		sum(t.leerlingen) FILTER (WHERE s.brin = d.brin AND s.vestiging = d.vestiging) AS leerlingen
	FROM referentie r JOIN telling t ON t.teldatum = r.teldatum JOIN scholen s USING (brin, vestiging), de_school d
	WHERE s.soort IN ('bao', 'sbo', 'vo', 'pro') AND s.kring IS NOT NULL
	GROUP BY r.sj
)
SELECT u.sj AS schooljaar, d.brin || d.vestiging AS school, d.naam, d.kring,
	l.leerlingen::INTEGER AS leerlingen,
	coalesce(u.school_uren, 0)::DOUBLE AS expertteam_uren,
	coalesce(u.school_bereik, 0)::INTEGER AS bereik,
	100 * coalesce(u.school_uren, 0) / nullif(l.leerlingen, 0) AS uren_per_100_leerlingen,
	100 * u.kring_uren / nullif(l.kring_leerlingen, 0) AS kring_uren_per_100_leerlingen,
	100 * u.swv_uren / nullif(l.swv_leerlingen, 0) AS swv_uren_per_100_leerlingen,
	l.kring_leerlingen::INTEGER AS kring_leerlingen,
	l.swv_leerlingen::INTEGER AS swv_leerlingen,
	(SELECT count(*) FROM scholen s WHERE s.kring = d.kring AND s.soort IN ('bao', 'sbo', 'vo', 'pro'))::INTEGER AS kring_scholen
FROM uren u CROSS JOIN de_school d LEFT JOIN leerlingen l ON l.sj = u.sj
ORDER BY u.sj
