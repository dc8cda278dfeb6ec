-- budget_scholen: the schoolbudget per school for one schooljaar:
-- budget_toegekend, budget_besteed, uitputting_pct, saldo (toegekend − besteed), budget_per_leerling
-- (pupils at the reference teldatum), kosten_per_ondersteunde_leerling (besteed ÷ distinct pupils with
-- an arrangement at the school that overlaps 1 Aug … 31 Jul), spending per categorie, and a signal:
-- 'onderbesteding' below 70 % uitputting, 'overbesteding' above 110 %, 'geen budget' for a bao or sbo
-- school without an allocation. Corrections (negative amounts) count as they are.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @scope all
-- @rijfilter kring=kring
-- The schoolbudget per school, its pupils and supported pupils, and the rates built on them are the
-- school page's: computed once per import (vooraf_school_budget, from vooraf_budget_per_school, the
-- base of budget_kringen too; src/lib/server/vooraf*.ts). This query adds the spending per categorie
-- and the signal.
WITH per_school AS (
	SELECT * FROM vooraf_school_budget WHERE schooljaar = $schooljaar
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
SELECT p.schooljaar, p.school, s.naam, s.soort, s.kring,
	p.budget_toegekend, p.budget_besteed, p.uitputting_pct, p.saldo, p.leerlingen, p.budget_per_leerling,
	-- Without any arrangement loaded: "geen gegevens", never 0 supported pupils.
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN p.ondersteunde_leerlingen END AS ondersteunde_leerlingen,
	-- A school without a besteding row in the schooljaar: no kosten per supported pupil.
	CASE WHEN b.brin IS NOT NULL THEN p.kosten_per_ondersteunde_leerling END AS kosten_per_ondersteunde_leerling,
	b.personeel::DOUBLE AS besteed_personeel, b.professionalisering::DOUBLE AS besteed_professionalisering,
	b.materialen::DOUBLE AS besteed_materialen, b.externe_inzet::DOUBLE AS besteed_externe_inzet,
	b.arrangementen::DOUBLE AS besteed_arrangementen, b.overig::DOUBLE AS besteed_overig,
	CASE WHEN coalesce(p.budget_toegekend, 0) = 0 THEN 'geen budget'
		WHEN p.uitputting_pct < 70 THEN 'onderbesteding'
		WHEN p.uitputting_pct > 110 THEN 'overbesteding' END AS signaal
FROM per_school p
JOIN scholen s ON s.brin || s.vestiging = p.school
LEFT JOIN besteed b ON b.brin = s.brin AND b.vestiging = s.vestiging
-- Besides the bao and sbo schools of a kring, a school only in a schooljaar with its own budget rows.
WHERE ((s.soort IN ('bao', 'sbo') AND s.kring IS NOT NULL) OR p.budget_toegekend IS NOT NULL OR b.brin IS NOT NULL)
	AND ($kring IS NULL OR s.kring = $kring)
ORDER BY s.kring NULLS LAST, s.naam
