-- budget_kringen: the schoolbudget per kring and for the whole SWV (totaal = true, kring NULL), per
-- schooljaar: budget_toegekend, budget_besteed, uitputting_pct, saldo, budget_per_leerling and
-- kosten_per_ondersteunde_leerling, as ratios of sums over the schools (bao and sbo schools of the
-- kring at the reference teldatum; supported pupils counted per school, as in budget_scholen), and
-- how many schools spend far under (< 70 %) or over (> 110 %) their allocation.
-- Without $schooljaar: every schooljaar (the year-on-year trend), oldest first.
-- @param schooljaar schooljaar?
-- @param kring kring?
-- @scope swv
-- @count leerlingen ondersteunde_leerlingen
-- @sum leerlingen by schooljaar totaal
-- @sum ondersteunde_leerlingen by schooljaar totaal
-- @rate budget_per_leerling from leerlingen
-- @rate kosten_per_ondersteunde_leerling from ondersteunde_leerlingen
-- Euros and numbers of schools (not about pupils):
-- @public budget_toegekend budget_besteed uitputting_pct saldo scholen_met_budget scholen_onderbesteding scholen_overbesteding
-- @schools scholen
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
	SELECT j.sj, s.kring, t.toegekend, coalesce(b.besteed, 0) AS besteed, tl.leerlingen, coalesce(o.ondersteund, 0) AS ondersteund,
		100 * coalesce(b.besteed, 0) / nullif(t.toegekend, 0) AS uitputting
	FROM jaren j
	CROSS JOIN scholen_in_beeld x
	JOIN scholen s USING (brin, vestiging)
	LEFT JOIN toegekend t ON t.sj = j.sj AND t.brin = s.brin AND t.vestiging = s.vestiging
	LEFT JOIN besteed b ON b.sj = j.sj AND b.brin = s.brin AND b.vestiging = s.vestiging
	LEFT JOIN ondersteund o ON o.sj = j.sj AND o.brin = s.brin AND o.vestiging = s.vestiging
	LEFT JOIN referentie r ON r.sj = j.sj
	LEFT JOIN telling tl ON tl.teldatum = r.teldatum AND tl.brin = s.brin AND tl.vestiging = s.vestiging
),
sommen AS (
	SELECT sj, kring, kring IS NULL AS totaal,
		sum(toegekend) AS toegekend, sum(besteed) AS besteed, sum(leerlingen) AS leerlingen, sum(ondersteund) AS ondersteund,
		count(*) AS scholen,
		count(*) FILTER (WHERE toegekend > 0) AS scholen_met_budget,
		count(*) FILTER (WHERE uitputting < 70) AS scholen_onderbesteding,
		count(*) FILTER (WHERE uitputting > 110) AS scholen_overbesteding
	FROM per_school
	GROUP BY GROUPING SETS ((sj, kring), (sj))
)
SELECT sj AS schooljaar, kring, totaal,
	toegekend::DOUBLE AS budget_toegekend,
	besteed::DOUBLE AS budget_besteed,
	round(100 * besteed / nullif(toegekend, 0), 1) AS uitputting_pct,
	(coalesce(toegekend, 0) - besteed)::DOUBLE AS saldo,
	leerlingen::INTEGER AS leerlingen,
	round(toegekend / nullif(leerlingen, 0), 2) AS budget_per_leerling,
	ondersteund::INTEGER AS ondersteunde_leerlingen,
	round(besteed / nullif(ondersteund, 0), 2) AS kosten_per_ondersteunde_leerling,
	scholen_met_budget::INTEGER AS scholen_met_budget,
	scholen_onderbesteding::INTEGER AS scholen_onderbesteding,
	scholen_overbesteding::INTEGER AS scholen_overbesteding,
	scholen::INTEGER AS scholen
FROM sommen
WHERE (totaal OR kring IS NOT NULL) AND (totaal OR $kring IS NULL OR kring = $kring)
ORDER BY sj, totaal, kring
