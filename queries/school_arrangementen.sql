-- school_arrangementen: voor één school (brin + vestiging) per schooljaar, op de referentieteldatum:
-- leerlingen met een rugzak of individueel arrangement en rugzak_pct (alleen voor een bao-school,
-- docs/cijfers.md), lopende arrangementen, kosten van de arrangementen die in het schooljaar startten, en de
-- procescijfers start_binnen_2_weken_pct en evaluatie_op_tijd_pct (definities als in
-- arrangementen_proces) — naast de eigen kring en het SWV, als verhoudingen van sommen.
-- @param school school
-- @scope school
-- @count leerlingen leerlingen_rugzak arrangementen gestarte_arrangementen met_aanvraagdatum binnen_2_weken liepen_13_weken op_tijd_geevalueerd
-- @count kring_leerlingen kring_leerlingen_rugzak kring_met_aanvraagdatum kring_binnen_2_weken kring_liepen_13_weken kring_op_tijd_geevalueerd
-- @count swv_leerlingen swv_leerlingen_rugzak swv_met_aanvraagdatum swv_binnen_2_weken swv_liepen_13_weken swv_op_tijd_geevalueerd
-- @rate rugzak_pct from leerlingen_rugzak leerlingen
-- @rate kring_rugzak_pct from kring_leerlingen_rugzak kring_leerlingen
-- @rate swv_rugzak_pct from swv_leerlingen_rugzak swv_leerlingen
-- The costs of 1–4 arrangements that started would tell what those pupils' support cost:
-- @rate kosten from gestarte_arrangementen
-- @rate start_binnen_2_weken_pct from binnen_2_weken met_aanvraagdatum
-- @rate kring_start_binnen_2_weken_pct from kring_binnen_2_weken kring_met_aanvraagdatum
-- @rate swv_start_binnen_2_weken_pct from swv_binnen_2_weken swv_met_aanvraagdatum
-- @rate evaluatie_op_tijd_pct from op_tijd_geevalueerd liepen_13_weken
-- @rate kring_evaluatie_op_tijd_pct from kring_op_tijd_geevalueerd kring_liepen_13_weken
-- @rate swv_evaluatie_op_tijd_pct from swv_op_tijd_geevalueerd swv_liepen_13_weken
-- A kring of fewer than 5 schools: its figures would tell a school about the others.
-- @schools kring_scholen for kring_leerlingen kring_leerlingen_rugzak kring_met_aanvraagdatum kring_binnen_2_weken kring_liepen_13_weken kring_op_tijd_geevalueerd
-- Every school's rows, with its kring and the SWV beside them, are computed once per import
-- (vooraf_school_arrangementen, src/lib/server/vooraf.ts: the query that was here, for all schools).
SELECT * FROM vooraf_school_arrangementen
WHERE school = $school
ORDER BY schooljaar
