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
-- A school account sees its own kring, not the others (fixed totals, queries.ts):
-- @kring kring
WITH per_school AS (
	SELECT sj, kring, toegekend, besteed, leerlingen, ondersteund, 100 * besteed / nullif(toegekend, 0) AS uitputting
	-- budget_per_school($schooljaar), computed once per import (vooraf_budget_per_school, src/lib/server/vooraf-uren.ts).
	FROM vooraf_budget_per_school
	WHERE $schooljaar IS NULL OR sj = $schooljaar
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
	100 * besteed / nullif(toegekend, 0) AS uitputting_pct,
	(coalesce(toegekend, 0) - besteed)::DOUBLE AS saldo,
	leerlingen::INTEGER AS leerlingen,
	toegekend / nullif(leerlingen, 0) AS budget_per_leerling,
	ondersteund::INTEGER AS ondersteunde_leerlingen,
	besteed / nullif(ondersteund, 0) AS kosten_per_ondersteunde_leerling,
	scholen_met_budget::INTEGER AS scholen_met_budget,
	scholen_onderbesteding::INTEGER AS scholen_onderbesteding,
	scholen_overbesteding::INTEGER AS scholen_overbesteding,
	scholen::INTEGER AS scholen
FROM sommen
WHERE (totaal OR kring IS NOT NULL) AND (totaal OR $kring IS NULL OR kring = $kring)
ORDER BY sj, totaal, kring
