-- arrangementen_te_laat: de arrangementen van het schooljaar (startdatum) die later startten dan 2 weken
-- na het MDO, of die 13 weken of langer liepen zonder evaluatie binnen 13 weken — voor de adviseur.
-- Alleen het arrangementnummer, de school en de datums: geen leerlingcodes. Definities als in
-- arrangementen_proces. Zonder schooljaar: het nieuwste schooljaar met een telling.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope all
WITH gekozen AS (
	SELECT brin, vestiging, naam AS schoolnaam, kring FROM scholen
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
),
beoordeeld AS (
	SELECT a.arrangement_id, a.brin || a.vestiging AS school, g.schoolnaam, g.kring, a.soort, a.naam,
		a.aanvraagdatum, a.startdatum, a.evaluatiedatum,
		(a.startdatum - a.aanvraagdatum)::INTEGER AS dagen_tot_start,
		(a.evaluatiedatum - a.startdatum)::INTEGER AS dagen_tot_evaluatie,
		a.startdatum - a.aanvraagdatum > 14 AS te_laat_gestart,
		least(coalesce(a.einddatum, p.peildatum), p.peildatum) - a.startdatum >= 91
			AND (a.evaluatiedatum IS NULL OR a.evaluatiedatum - a.startdatum > 91) AS te_laat_geevalueerd
	-- The peildatum of arrangementen_proces, computed once per import (src/lib/server/vooraf-deelname.ts).
	FROM arrangementen a JOIN gekozen g USING (brin, vestiging), vooraf_arrangement_peildatum p
	WHERE schooljaar(a.startdatum) = $schooljaar
)
SELECT arrangement_id, school, schoolnaam, kring, soort, naam, aanvraagdatum, startdatum, evaluatiedatum, dagen_tot_start, dagen_tot_evaluatie,
	concat_ws('; ',
		CASE WHEN te_laat_gestart THEN 'start later dan 2 weken na het MDO' END,
		CASE WHEN te_laat_geevalueerd AND evaluatiedatum IS NULL THEN 'geen evaluatie na 13 weken' WHEN te_laat_geevalueerd THEN 'evaluatie later dan 13 weken' END
	) AS reden
FROM beoordeeld
WHERE te_laat_gestart OR te_laat_geevalueerd
ORDER BY startdatum, arrangement_id
