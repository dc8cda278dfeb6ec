-- budget_scholen: the schoolbudget per school for one schooljaar:
-- budget_toegekend, budget_besteed, uitputting_pct, saldo (toegekend − besteed), budget_per_leerling
-- (pupils at the reference teldatum), kosten_per_ondersteunde_leerling (besteed ÷ distinct pupils with
-- an arrangement at the school that overlaps 1 Aug … 31 Jul), spending per categorie, and a signal:
-- 'onderbesteding' below 70 % uitputting, 'overbesteding' above 110 %, 'geen budget' for a bao or sbo
-- school without an allocation. Corrections (negative amounts) count as they are.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @scope all
-- The schoolbudget per school (toegekend, besteed, pupils, supported pupils) is budget_kringen's and
-- school_budget's: computed once per import (vooraf_budget_per_school, src/lib/server/vooraf-uren.ts).
-- This query adds the spending per categorie and the signal.
WITH per_school AS (
	SELECT * FROM vooraf_budget_per_school WHERE sj = $schooljaar
),
besteed AS (
	SELECT brin, vestiging,
		sum(bedrag) FILTER (WHERE categorie = 'personeel') AS personeel,
		sum(bedrag) FILTER (WHERE categorie = 'professionalisering') AS professionalisering,
		sum(bedrag) FILTER (WHERE categorie = 'materialen') AS materialen,
		sum(bedrag) FILTER (WHERE categorie = 'externe inzet') AS externe_inzet,
		sum(bedrag) FILTER (WHERE categorie = 'arrangementen') AS arrangementen,
		sum(bedrag) FILTER (WHERE categorie = 'overig') AS overig
	FROM budget_besteding WHERE schooljaar = $schooljaar GROUP BY ALL
)
SELECT p.sj AS schooljaar, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
	p.toegekend::DOUBLE AS budget_toegekend,
	p.besteed::DOUBLE AS budget_besteed,
	100 * p.besteed / nullif(p.toegekend, 0) AS uitputting_pct,
	(coalesce(p.toegekend, 0) - p.besteed)::DOUBLE AS saldo,
	p.leerlingen::INTEGER AS leerlingen,
	p.toegekend / nullif(p.leerlingen, 0) AS budget_per_leerling,
	-- Without any arrangement loaded: "geen gegevens", never 0 supported pupils.
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN p.ondersteund END::INTEGER AS ondersteunde_leerlingen,
	-- A school without a besteding row in the schooljaar: no kosten per supported pupil.
	CASE WHEN b.brin IS NOT NULL THEN p.besteed / nullif(p.ondersteund, 0) END AS kosten_per_ondersteunde_leerling,
	b.personeel::DOUBLE AS besteed_personeel, b.professionalisering::DOUBLE AS besteed_professionalisering,
	b.materialen::DOUBLE AS besteed_materialen, b.externe_inzet::DOUBLE AS besteed_externe_inzet,
	b.arrangementen::DOUBLE AS besteed_arrangementen, b.overig::DOUBLE AS besteed_overig,
	CASE WHEN coalesce(p.toegekend, 0) = 0 THEN 'geen budget'
		WHEN 100 * p.besteed / p.toegekend < 70 THEN 'onderbesteding'
		WHEN 100 * p.besteed / p.toegekend > 110 THEN 'overbesteding' END AS signaal
FROM per_school p
JOIN scholen s USING (brin, vestiging)
LEFT JOIN besteed b USING (brin, vestiging)
-- Besides the bao and sbo schools of a kring, a school only in a schooljaar with its own budget rows.
WHERE ((s.soort IN ('bao', 'sbo') AND s.kring IS NOT NULL) OR p.toegekend IS NOT NULL OR b.brin IS NOT NULL)
	AND ($kring IS NULL OR s.kring = $kring)
ORDER BY s.kring NULLS LAST, s.naam
