-- jaarverslag_arrangementen: arrangements per schooljaar of their startdatum, by soort, with
-- start_binnen_2_weken_pct (startdatum − aanvraagdatum ≤ 14 days, of those with an aanvraagdatum) and
-- evaluatie_op_tijd_pct (evaluated ≤ 13 weeks after startdatum, of those that ran ≥ 13 weeks; a
-- running arrangement counts up to the peildatum, the latest start or evaluation date in the data) —
-- the same definitions as arrangementen_proces (the arrangementen page), here for the SWV, every
-- kring and (with $school) one school, and split by soort.
-- Privacy (school role, applied by the registry): counts, the rates built on them, and rows about
-- fewer than 5 schools; `scholen` is empty on a school's own row. A rate is hidden when its numerator
-- or its denominator is, and the kosten of 1–4 arrangements with their count (as on the school page).
-- @param school school?
-- @scope school
-- @count arrangementen_gestart rugzak individueel groep met_aanvraag binnen_2_weken liep_13_weken op_tijd_geevalueerd
-- @total arrangementen_gestart = rugzak + individueel + groep
-- @rate start_binnen_2_weken_pct from binnen_2_weken met_aanvraag
-- @rate evaluatie_op_tijd_pct from op_tijd_geevalueerd liep_13_weken
-- @rate kosten from arrangementen_gestart
-- @schools scholen
-- A school account sees its own kring, not the others (fixed totals, queries.ts):
-- @kring sleutel
WITH school AS (
	SELECT brin, vestiging, brin || vestiging AS code, naam, soort, kring FROM scholen
),
feiten AS (
	SELECT schooljaar(a.startdatum) AS schooljaar, s.code, s.naam, s.kring, a.soort,
		a.aanvraagdatum IS NOT NULL AS aanvraag_bekend,
		a.aanvraagdatum IS NOT NULL AND a.startdatum - a.aanvraagdatum <= 14 AS binnen_2_weken,
		least(coalesce(a.einddatum, p.peildatum), p.peildatum) - a.startdatum >= 91 AS liep_13_weken,
		a.evaluatiedatum IS NOT NULL AND a.evaluatiedatum - a.startdatum <= 91 AS op_tijd_geevalueerd,
		a.bedrag
	-- The peildatum of arrangementen_proces, computed once per import (src/lib/server/vooraf-deelname.ts).
	FROM arrangementen a CROSS JOIN vooraf_arrangement_peildatum p LEFT JOIN school s ON s.brin = a.brin AND s.vestiging = a.vestiging
),
per_niveau AS (
	SELECT schooljaar,
		CASE WHEN grouping(kring) = 1 THEN 'swv' WHEN grouping(code) = 1 THEN 'kring' ELSE 'school' END AS niveau,
		kring, code, naam,
		count(*)::INTEGER AS arrangementen_gestart,
		count(*) FILTER (WHERE soort = 'rugzak')::INTEGER AS rugzak,
		count(*) FILTER (WHERE soort = 'individueel')::INTEGER AS individueel,
		count(*) FILTER (WHERE soort = 'groep')::INTEGER AS groep,
		count(*) FILTER (WHERE aanvraag_bekend)::INTEGER AS met_aanvraag,
		count(*) FILTER (WHERE binnen_2_weken)::INTEGER AS binnen_2_weken,
		count(*) FILTER (WHERE liep_13_weken)::INTEGER AS liep_13_weken,
		count(*) FILTER (WHERE liep_13_weken AND op_tijd_geevalueerd)::INTEGER AS op_tijd,
		sum(bedrag) AS kosten,
		count(DISTINCT code)::INTEGER AS scholen
	FROM feiten
	GROUP BY GROUPING SETS ((schooljaar), (schooljaar, kring), (schooljaar, kring, code, naam))
)
SELECT schooljaar, niveau,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE code END AS sleutel,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE naam END AS naam,
	arrangementen_gestart, rugzak, individueel, groep, kosten,
	met_aanvraag, binnen_2_weken, liep_13_weken, op_tijd AS op_tijd_geevalueerd,
	CASE WHEN niveau = 'school' THEN NULL ELSE scholen END AS scholen,
	100 * binnen_2_weken / nullif(met_aanvraag, 0) AS start_binnen_2_weken_pct,
	100 * op_tijd / nullif(liep_13_weken, 0) AS evaluatie_op_tijd_pct
FROM per_niveau
WHERE niveau = 'swv' OR (niveau = 'kring' AND kring IS NOT NULL) OR (niveau = 'school' AND code = $school)
ORDER BY schooljaar, niveau DESC, sleutel
