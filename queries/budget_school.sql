-- budget_school: one school's schoolbudget per schooljaar (the year-on-year trend, oldest first) —
-- budget_toegekend, budget_besteed, uitputting_pct, saldo, budget_per_leerling,
-- kosten_per_ondersteunde_leerling, as in budget_scholen — next to its kring and the whole SWV
-- (ratios of sums, as in budget_kringen).
-- @param school school
-- @param schooljaar schooljaar?
-- @scope school
-- @count leerlingen ondersteunde_leerlingen kring_leerlingen kring_ondersteunde_leerlingen swv_leerlingen swv_ondersteunde_leerlingen
-- @rate budget_per_leerling from leerlingen
-- @rate kosten_per_ondersteunde_leerling from ondersteunde_leerlingen
-- @rate kring_budget_per_leerling from kring_leerlingen
-- @rate kring_kosten_per_ondersteunde_leerling from kring_ondersteunde_leerlingen
-- @rate swv_budget_per_leerling from swv_leerlingen
-- @rate swv_kosten_per_ondersteunde_leerling from swv_ondersteunde_leerlingen
-- Euros (not about pupils):
-- @public budget_toegekend budget_besteed uitputting_pct saldo kring_uitputting_pct swv_uitputting_pct
-- A kring of fewer than 5 schools: its pupil figures would tell a school about the others.
-- @schools kring_scholen for kring_leerlingen kring_ondersteunde_leerlingen
WITH jaren AS (
	SELECT sj, make_date(CAST(left(sj, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(sj, 4) AS INTEGER) + 1, 7, 31) AS einde
	FROM (SELECT schooljaar AS sj FROM budget_toekenning UNION SELECT schooljaar FROM budget_besteding)
	WHERE $schooljaar IS NULL OR sj = $schooljaar
),
toegekend AS (
	SELECT schooljaar AS sj, brin, vestiging, sum(bedrag) AS toegekend FROM budget_toekenning GROUP BY ALL
),
besteed AS (
	SELECT schooljaar AS sj, brin, vestiging, sum(bedrag) AS besteed FROM budget_besteding GROUP BY ALL
),
referentie AS (
	SELECT j.sj, min(t.teldatum) AS teldatum FROM jaren j JOIN telling t ON schooljaar(t.teldatum) = j.sj GROUP BY j.sj
),
ondersteund AS (
	SELECT j.sj, a.brin, a.vestiging, count(DISTINCT a.leerling) AS ondersteund
	FROM jaren j JOIN arrangementen a ON a.leerling IS NOT NULL AND a.startdatum <= j.einde AND (a.einddatum IS NULL OR a.einddatum >= j.begin)
	GROUP BY ALL
),
scholen_in_beeld AS (
	SELECT brin, vestiging FROM scholen WHERE soort IN ('bao', 'sbo') AND kring IS NOT NULL
	UNION SELECT brin, vestiging FROM toegekend UNION SELECT brin, vestiging FROM besteed
),
per_school AS (
	SELECT j.sj, s.brin || s.vestiging AS school, s.kring, t.toegekend, coalesce(b.besteed, 0) AS besteed, tl.leerlingen, coalesce(o.ondersteund, 0) AS ondersteund
	FROM jaren j
	CROSS JOIN scholen_in_beeld x
	JOIN scholen s USING (brin, vestiging)
	LEFT JOIN toegekend t ON t.sj = j.sj AND t.brin = s.brin AND t.vestiging = s.vestiging
	LEFT JOIN besteed b ON b.sj = j.sj AND b.brin = s.brin AND b.vestiging = s.vestiging
	LEFT JOIN ondersteund o ON o.sj = j.sj AND o.brin = s.brin AND o.vestiging = s.vestiging
	LEFT JOIN referentie r ON r.sj = j.sj
	LEFT JOIN telling tl ON tl.teldatum = r.teldatum AND tl.brin = s.brin AND tl.vestiging = s.vestiging
),
kring AS (
	SELECT sj, kring, sum(toegekend) AS toegekend, sum(besteed) AS besteed, sum(leerlingen) AS leerlingen, sum(ondersteund) AS ondersteund,
		count(*) AS scholen
	FROM per_school GROUP BY sj, kring
),
swv AS (
	SELECT sj, sum(toegekend) AS toegekend, sum(besteed) AS besteed, sum(leerlingen) AS leerlingen, sum(ondersteund) AS ondersteund
	FROM per_school GROUP BY sj
)
SELECT p.sj AS schooljaar, p.school, s.naam, p.kring,
	p.toegekend::DOUBLE AS budget_toegekend,
	p.besteed::DOUBLE AS budget_besteed,
	round(100 * p.besteed / nullif(p.toegekend, 0), 1) AS uitputting_pct,
	(coalesce(p.toegekend, 0) - p.besteed)::DOUBLE AS saldo,
	p.leerlingen::INTEGER AS leerlingen,
	round(p.toegekend / nullif(p.leerlingen, 0), 2) AS budget_per_leerling,
	p.ondersteund::INTEGER AS ondersteunde_leerlingen,
	round(p.besteed / nullif(p.ondersteund, 0), 2) AS kosten_per_ondersteunde_leerling,
	round(100 * k.besteed / nullif(k.toegekend, 0), 1) AS kring_uitputting_pct,
	round(k.toegekend / nullif(k.leerlingen, 0), 2) AS kring_budget_per_leerling,
	round(k.besteed / nullif(k.ondersteund, 0), 2) AS kring_kosten_per_ondersteunde_leerling,
	round(100 * w.besteed / nullif(w.toegekend, 0), 1) AS swv_uitputting_pct,
	round(w.toegekend / nullif(w.leerlingen, 0), 2) AS swv_budget_per_leerling,
	round(w.besteed / nullif(w.ondersteund, 0), 2) AS swv_kosten_per_ondersteunde_leerling,
	k.leerlingen::INTEGER AS kring_leerlingen, k.ondersteund::INTEGER AS kring_ondersteunde_leerlingen,
	w.leerlingen::INTEGER AS swv_leerlingen, w.ondersteund::INTEGER AS swv_ondersteunde_leerlingen,
	k.scholen::INTEGER AS kring_scholen
FROM per_school p
JOIN scholen s ON s.brin || s.vestiging = p.school
LEFT JOIN kring k ON k.sj = p.sj AND k.kring IS NOT DISTINCT FROM p.kring
JOIN swv w ON w.sj = p.sj
WHERE p.school = $school
ORDER BY p.sj
