-- school_budget: one school's schoolbudget per schooljaar (the year-on-year trend, oldest first) —
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
WITH per_school AS (
	SELECT sj, brin || vestiging AS school, kring, toegekend, besteed, leerlingen, ondersteund
	FROM budget_per_school($schooljaar)
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
	100 * p.besteed / nullif(p.toegekend, 0) AS uitputting_pct,
	(coalesce(p.toegekend, 0) - p.besteed)::DOUBLE AS saldo,
	p.leerlingen::INTEGER AS leerlingen,
	p.toegekend / nullif(p.leerlingen, 0) AS budget_per_leerling,
	p.ondersteund::INTEGER AS ondersteunde_leerlingen,
	p.besteed / nullif(p.ondersteund, 0) AS kosten_per_ondersteunde_leerling,
	100 * k.besteed / nullif(k.toegekend, 0) AS kring_uitputting_pct,
	k.toegekend / nullif(k.leerlingen, 0) AS kring_budget_per_leerling,
	k.besteed / nullif(k.ondersteund, 0) AS kring_kosten_per_ondersteunde_leerling,
	100 * w.besteed / nullif(w.toegekend, 0) AS swv_uitputting_pct,
	w.toegekend / nullif(w.leerlingen, 0) AS swv_budget_per_leerling,
	w.besteed / nullif(w.ondersteund, 0) AS swv_kosten_per_ondersteunde_leerling,
	k.leerlingen::INTEGER AS kring_leerlingen, k.ondersteund::INTEGER AS kring_ondersteunde_leerlingen,
	w.leerlingen::INTEGER AS swv_leerlingen, w.ondersteund::INTEGER AS swv_ondersteunde_leerlingen,
	k.scholen::INTEGER AS kring_scholen
FROM per_school p
JOIN scholen s ON s.brin || s.vestiging = p.school
LEFT JOIN kring k ON k.sj = p.sj AND k.kring IS NOT DISTINCT FROM p.kring
JOIN swv w ON w.sj = p.sj
WHERE p.school = $school
ORDER BY p.sj
