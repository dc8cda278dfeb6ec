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
-- Every school's rows, with its kring and the SWV beside them, are computed once per import
-- (vooraf_school_budget, src/lib/server/vooraf.ts: the query that was here, for all schools and
-- schooljaren; a schooljaar's kring and SWV sums never depend on another schooljaar).
SELECT * FROM vooraf_school_budget
WHERE school = $school AND ($schooljaar IS NULL OR schooljaar = $schooljaar)
ORDER BY schooljaar
