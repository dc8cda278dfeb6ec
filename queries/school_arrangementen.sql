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
-- Per school and schooljaar the telling and the arrangements are computed once per import (vooraf_school_jaar).
WITH geladen AS (
	SELECT EXISTS (SELECT 1 FROM arrangementen) AS ja
),
samen AS (
	-- Without any arrangement loaded every figure here is "geen gegevens" (NULL), never 0.
	SELECT v.schooljaar, v.referentie_teldatum AS teldatum, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
		v.leerlingen,
		CASE WHEN NOT g.ja THEN NULL WHEN s.soort = 'bao' THEN v.leerlingen_rugzak ELSE 0 END AS leerlingen_rugzak,
		CASE WHEN g.ja THEN v.arrangementen END AS arrangementen,
		v.kosten,
		CASE WHEN g.ja THEN v.gestarte_arrangementen END AS gestarte_arrangementen,
		CASE WHEN g.ja THEN v.met_aanvraagdatum END AS met_aanvraagdatum, CASE WHEN g.ja THEN v.binnen_2_weken END AS binnen_2_weken,
		CASE WHEN g.ja THEN v.liepen_13_weken END AS liepen_13_weken, CASE WHEN g.ja THEN v.op_tijd_geevalueerd END AS op_tijd_geevalueerd
	FROM vooraf_school_jaar v JOIN scholen s USING (brin, vestiging), geladen g
	WHERE v.referentie_teldatum IS NOT NULL AND s.soort IN ('bao', 'sbo')
),
vergelijking AS (
	SELECT *,
		100 * sum(leerlingen_rugzak) OVER k / nullif(sum(leerlingen) OVER k, 0) AS kring_rugzak,
		100 * sum(leerlingen_rugzak) OVER j / nullif(sum(leerlingen) OVER j, 0) AS swv_rugzak,
		100 * sum(binnen_2_weken) OVER k / nullif(sum(met_aanvraagdatum) OVER k, 0) AS kring_start,
		100 * sum(binnen_2_weken) OVER j / nullif(sum(met_aanvraagdatum) OVER j, 0) AS swv_start,
		100 * sum(op_tijd_geevalueerd) OVER k / nullif(sum(liepen_13_weken) OVER k, 0) AS kring_evaluatie,
		100 * sum(op_tijd_geevalueerd) OVER j / nullif(sum(liepen_13_weken) OVER j, 0) AS swv_evaluatie,
		sum(leerlingen) OVER k AS k_leerlingen, sum(leerlingen_rugzak) OVER k AS k_leerlingen_rugzak,
		sum(met_aanvraagdatum) OVER k AS k_met_aanvraagdatum, sum(binnen_2_weken) OVER k AS k_binnen_2_weken,
		sum(liepen_13_weken) OVER k AS k_liepen_13_weken, sum(op_tijd_geevalueerd) OVER k AS k_op_tijd_geevalueerd,
		sum(leerlingen) OVER j AS j_leerlingen, sum(leerlingen_rugzak) OVER j AS j_leerlingen_rugzak,
		sum(met_aanvraagdatum) OVER j AS j_met_aanvraagdatum, sum(binnen_2_weken) OVER j AS j_binnen_2_weken,
		sum(liepen_13_weken) OVER j AS j_liepen_13_weken, sum(op_tijd_geevalueerd) OVER j AS j_op_tijd_geevalueerd,
		count(*) OVER k AS k_scholen
	FROM samen
	WINDOW k AS (PARTITION BY schooljaar, kring), j AS (PARTITION BY schooljaar)
)
SELECT schooljaar, teldatum AS referentie_teldatum, school, naam, soort, kring,
	leerlingen::INTEGER AS leerlingen, leerlingen_rugzak::INTEGER AS leerlingen_rugzak,
	CASE WHEN soort = 'bao' THEN 100 * leerlingen_rugzak / nullif(leerlingen, 0) END AS rugzak_pct,
	kring_rugzak AS kring_rugzak_pct, swv_rugzak AS swv_rugzak_pct,
	arrangementen::INTEGER AS arrangementen, CASE WHEN (SELECT EXISTS (SELECT 1 FROM arrangementen)) THEN coalesce(kosten, 0) END AS kosten,
	met_aanvraagdatum::INTEGER AS met_aanvraagdatum, binnen_2_weken::INTEGER AS binnen_2_weken,
	100 * binnen_2_weken / nullif(met_aanvraagdatum, 0) AS start_binnen_2_weken_pct,
	kring_start AS kring_start_binnen_2_weken_pct, swv_start AS swv_start_binnen_2_weken_pct,
	liepen_13_weken::INTEGER AS liepen_13_weken, op_tijd_geevalueerd::INTEGER AS op_tijd_geevalueerd,
	100 * op_tijd_geevalueerd / nullif(liepen_13_weken, 0) AS evaluatie_op_tijd_pct,
	kring_evaluatie AS kring_evaluatie_op_tijd_pct, swv_evaluatie AS swv_evaluatie_op_tijd_pct,
	gestarte_arrangementen::INTEGER AS gestarte_arrangementen,
	k_leerlingen::INTEGER AS kring_leerlingen, k_leerlingen_rugzak::INTEGER AS kring_leerlingen_rugzak,
	k_met_aanvraagdatum::INTEGER AS kring_met_aanvraagdatum, k_binnen_2_weken::INTEGER AS kring_binnen_2_weken,
	k_liepen_13_weken::INTEGER AS kring_liepen_13_weken, k_op_tijd_geevalueerd::INTEGER AS kring_op_tijd_geevalueerd,
	j_leerlingen::INTEGER AS swv_leerlingen, j_leerlingen_rugzak::INTEGER AS swv_leerlingen_rugzak,
	j_met_aanvraagdatum::INTEGER AS swv_met_aanvraagdatum, j_binnen_2_weken::INTEGER AS swv_binnen_2_weken,
	j_liepen_13_weken::INTEGER AS swv_liepen_13_weken, j_op_tijd_geevalueerd::INTEGER AS swv_op_tijd_geevalueerd,
	k_scholen::INTEGER AS kring_scholen
FROM vergelijking
WHERE school = $school
ORDER BY schooljaar
