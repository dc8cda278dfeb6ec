-- school_arrangementen: voor één school (brin + vestiging) per schooljaar, op de referentieteldatum:
-- leerlingen met een rugzak of individueel arrangement en rugzak_pct (alleen voor een bao-school,
-- DOMAIN.md), lopende arrangementen, kosten van de arrangementen die in het schooljaar startten, en de
-- procescijfers start_binnen_2_weken_pct en evaluatie_op_tijd_pct (definities als in
-- arrangementen_proces) — naast de eigen kring en het SWV, als verhoudingen van sommen.
-- @param school school
-- @scope school
WITH referentie AS (
	SELECT schooljaar(teldatum) AS schooljaar, min(teldatum) AS teldatum FROM telling GROUP BY 1
),
peil AS (
	SELECT greatest(max(startdatum), max(evaluatiedatum)) AS peildatum FROM arrangementen
),
basis AS (
	SELECT r.schooljaar, r.teldatum, s.brin, s.vestiging, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
		CASE WHEN s.soort IN ('bao', 'sbo') THEN t.leerlingen END AS leerlingen
	FROM referentie r CROSS JOIN scholen s
	LEFT JOIN telling t ON t.brin = s.brin AND t.vestiging = s.vestiging AND t.teldatum = r.teldatum
	WHERE s.soort IN ('bao', 'sbo')
),
per_school AS (
	SELECT b.*,
		CASE WHEN b.soort = 'bao' THEN (SELECT count(DISTINCT a.leerling) FROM arrangementen a WHERE a.brin = b.brin AND a.vestiging = b.vestiging
			AND a.soort IN ('rugzak', 'individueel') AND a.startdatum <= b.teldatum AND (a.einddatum IS NULL OR a.einddatum >= b.teldatum)) ELSE 0 END AS leerlingen_rugzak,
		(SELECT count(*) FROM arrangementen a WHERE a.brin = b.brin AND a.vestiging = b.vestiging
			AND a.startdatum <= b.teldatum AND (a.einddatum IS NULL OR a.einddatum >= b.teldatum)) AS arrangementen,
		(SELECT sum(a.bedrag) FROM arrangementen a WHERE a.brin = b.brin AND a.vestiging = b.vestiging AND schooljaar(a.startdatum) = b.schooljaar) AS kosten
	FROM basis b
),
proces AS (
	SELECT a.brin, a.vestiging, schooljaar(a.startdatum) AS schooljaar,
		count(a.aanvraagdatum) AS met_aanvraagdatum,
		count(*) FILTER (WHERE a.startdatum - a.aanvraagdatum <= 14) AS binnen_2_weken,
		count(*) FILTER (WHERE coalesce(a.einddatum, p.peildatum) - a.startdatum >= 91) AS liepen_13_weken,
		count(*) FILTER (WHERE coalesce(a.einddatum, p.peildatum) - a.startdatum >= 91 AND a.evaluatiedatum - a.startdatum <= 91) AS op_tijd_geevalueerd
	FROM arrangementen a, peil p
	GROUP BY ALL
),
samen AS (
	SELECT ps.*, coalesce(pr.met_aanvraagdatum, 0) AS met_aanvraagdatum, coalesce(pr.binnen_2_weken, 0) AS binnen_2_weken,
		coalesce(pr.liepen_13_weken, 0) AS liepen_13_weken, coalesce(pr.op_tijd_geevalueerd, 0) AS op_tijd_geevalueerd
	FROM per_school ps LEFT JOIN proces pr USING (brin, vestiging, schooljaar)
),
vergelijking AS (
	SELECT *,
		100 * sum(leerlingen_rugzak) OVER k / nullif(sum(leerlingen) OVER k, 0) AS kring_rugzak,
		100 * sum(leerlingen_rugzak) OVER j / nullif(sum(leerlingen) OVER j, 0) AS swv_rugzak,
		100 * sum(binnen_2_weken) OVER k / nullif(sum(met_aanvraagdatum) OVER k, 0) AS kring_start,
		100 * sum(binnen_2_weken) OVER j / nullif(sum(met_aanvraagdatum) OVER j, 0) AS swv_start,
		100 * sum(op_tijd_geevalueerd) OVER k / nullif(sum(liepen_13_weken) OVER k, 0) AS kring_evaluatie,
		100 * sum(op_tijd_geevalueerd) OVER j / nullif(sum(liepen_13_weken) OVER j, 0) AS swv_evaluatie
	FROM samen
	WINDOW k AS (PARTITION BY schooljaar, kring), j AS (PARTITION BY schooljaar)
)
SELECT schooljaar, teldatum AS referentie_teldatum, school, naam, soort, kring,
	leerlingen::INTEGER AS leerlingen, leerlingen_rugzak::INTEGER AS leerlingen_rugzak,
	CASE WHEN soort = 'bao' THEN round(100 * leerlingen_rugzak / nullif(leerlingen, 0), 2) END AS rugzak_pct,
	round(kring_rugzak, 2) AS kring_rugzak_pct, round(swv_rugzak, 2) AS swv_rugzak_pct,
	arrangementen::INTEGER AS arrangementen, round(coalesce(kosten, 0), 2) AS kosten,
	met_aanvraagdatum::INTEGER AS met_aanvraagdatum, binnen_2_weken::INTEGER AS binnen_2_weken,
	round(100 * binnen_2_weken / nullif(met_aanvraagdatum, 0), 1) AS start_binnen_2_weken_pct,
	round(kring_start, 1) AS kring_start_binnen_2_weken_pct, round(swv_start, 1) AS swv_start_binnen_2_weken_pct,
	liepen_13_weken::INTEGER AS liepen_13_weken, op_tijd_geevalueerd::INTEGER AS op_tijd_geevalueerd,
	round(100 * op_tijd_geevalueerd / nullif(liepen_13_weken, 0), 1) AS evaluatie_op_tijd_pct,
	round(kring_evaluatie, 1) AS kring_evaluatie_op_tijd_pct, round(swv_evaluatie, 1) AS swv_evaluatie_op_tijd_pct
FROM vergelijking
WHERE school = $school
ORDER BY schooljaar
