-- arrangementen_proces: de procescijfers per schooljaar (van de startdatum), docs/cijfers.md:
-- start_binnen_2_weken_pct = 100 × arrangementen met startdatum − aanvraagdatum (MDO) ≤ 14 dagen ÷
--   arrangementen met een aanvraagdatum (zonder aanvraagdatum: apart geteld);
-- evaluatie_op_tijd_pct = 100 × arrangementen geëvalueerd ≤ 13 weken (91 dagen) na de startdatum ÷
--   arrangementen die minstens 13 weken liepen vóór het einde van de gegevens: tot de einddatum, maar
--   nooit verder dan de peildatum (de laatste start- of evaluatiedatum in de gegevens) — een arrangement
--   dat in juni startte en volgens plan in december eindigt, liep nog geen 13 weken en telt niet mee.
--   Met filters: arrangementen op de gekozen scholen.
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope swv
-- @count arrangementen met_aanvraagdatum zonder_aanvraagdatum binnen_2_weken liepen_13_weken op_tijd_geevalueerd
-- @total arrangementen = met_aanvraagdatum + zonder_aanvraagdatum
-- @rate start_binnen_2_weken_pct from binnen_2_weken met_aanvraagdatum
-- @rate evaluatie_op_tijd_pct from op_tijd_geevalueerd liepen_13_weken
-- @schools scholen
WITH gekozen AS (
	SELECT brin, vestiging FROM scholen
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
),
-- Per school, schooljaar and soort computed once per import, as is the peildatum (src/lib/server/vooraf-deelname.ts).
per_jaar AS (
	SELECT schooljaar, sum(arrangementen) AS arrangementen, sum(met_aanvraagdatum) AS met_aanvraagdatum,
		sum(binnen_2_weken) AS binnen_2_weken, sum(liepen_13_weken) AS liepen_13_weken, sum(op_tijd_geevalueerd) AS op_tijd_geevalueerd
	FROM vooraf_arrangement_school_jaar
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR schoolsoort = $schoolsoort)
	GROUP BY schooljaar
)
SELECT schooljaar,
	arrangementen::INTEGER AS arrangementen,
	met_aanvraagdatum::INTEGER AS met_aanvraagdatum,
	(arrangementen - met_aanvraagdatum)::INTEGER AS zonder_aanvraagdatum,
	binnen_2_weken::INTEGER AS binnen_2_weken,
	100 * binnen_2_weken / nullif(met_aanvraagdatum, 0) AS start_binnen_2_weken_pct,
	liepen_13_weken::INTEGER AS liepen_13_weken,
	op_tijd_geevalueerd::INTEGER AS op_tijd_geevalueerd,
	100 * op_tijd_geevalueerd / nullif(liepen_13_weken, 0) AS evaluatie_op_tijd_pct,
	(SELECT peildatum FROM vooraf_arrangement_peildatum) AS peildatum,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM per_jaar
ORDER BY 1
