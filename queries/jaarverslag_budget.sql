-- jaarverslag_budget: schoolbudget per schooljaar: Σ toegekend, Σ besteed (corrections negative) and
-- uitputting_pct = 100 × besteed ÷ toegekend (DOMAIN.md). Rows for the SWV, every kring (of the
-- school) and (with $school) one school.
-- @param school school?
-- @scope school
WITH school AS (
	SELECT brin, vestiging, brin || vestiging AS code, naam, kring FROM scholen
),
feiten AS (
	SELECT t.schooljaar, s.code, s.naam, s.kring, 'toegekend' AS soort, t.bedrag
	FROM budget_toekenning t LEFT JOIN school s USING (brin, vestiging)
	UNION ALL
	SELECT b.schooljaar, s.code, s.naam, s.kring, 'besteed', b.bedrag
	FROM budget_besteding b LEFT JOIN school s USING (brin, vestiging)
),
per_niveau AS (
	SELECT schooljaar,
		CASE WHEN grouping(kring) = 1 THEN 'swv' WHEN grouping(code) = 1 THEN 'kring' ELSE 'school' END AS niveau,
		kring, code, naam,
		round(sum(bedrag) FILTER (WHERE soort = 'toegekend'), 2) AS budget_toegekend,
		round(sum(bedrag) FILTER (WHERE soort = 'besteed'), 2) AS budget_besteed
	FROM feiten
	GROUP BY GROUPING SETS ((schooljaar), (schooljaar, kring), (schooljaar, kring, code, naam))
)
SELECT schooljaar, niveau,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE code END AS sleutel,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE naam END AS naam,
	budget_toegekend, budget_besteed,
	budget_toegekend AS noemer,
	round(100 * budget_besteed / nullif(budget_toegekend, 0), 1) AS uitputting_pct
FROM per_niveau
WHERE niveau = 'swv' OR (niveau = 'kring' AND kring IS NOT NULL) OR (niveau = 'school' AND code = $school)
ORDER BY schooljaar, niveau DESC, sleutel
