-- jaarverslag_expertteam: hours delivered by the expertteam per schooljaar (datum in the schooljaar),
-- the hours allocated (formatie, per kring), benutting_pct = 100 × uren ÷ formatie, and bereik (Σ pupils
-- reached). Formatie exists per kring only, so a school has no benutting. Rows for the SWV, every
-- kring (the kring the hours were for) and (with $school) one school.
-- @param school school?
-- @scope school
WITH school AS (
	SELECT brin, vestiging, brin || vestiging AS code, naam FROM scholen
),
feiten AS (
	SELECT i.schooljaar, i.kring, s.code, s.naam, 'inzet' AS soort, i.uren, coalesce(i.leerlingen, 0) AS leerlingen
	FROM expertteam_inzet i LEFT JOIN school s ON s.brin = i.brin AND s.vestiging = i.vestiging
	UNION ALL
	SELECT f.schooljaar, f.kring, NULL, NULL, 'formatie', f.uren, 0
	FROM expertteam_formatie f
),
per_niveau AS (
	SELECT schooljaar,
		CASE WHEN grouping(kring) = 1 THEN 'swv' WHEN grouping(code) = 1 THEN 'kring' ELSE 'school' END AS niveau,
		kring, code, naam,
		round(coalesce(sum(uren) FILTER (WHERE soort = 'inzet'), 0), 1) AS expertteam_uren,
		round(sum(uren) FILTER (WHERE soort = 'formatie'), 1) AS formatie_uren,
		sum(leerlingen) FILTER (WHERE soort = 'inzet')::INTEGER AS bereik
	FROM feiten
	GROUP BY GROUPING SETS ((schooljaar), (schooljaar, kring), (schooljaar, kring, code, naam))
)
SELECT schooljaar, niveau,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE code END AS sleutel,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE naam END AS naam,
	expertteam_uren,
	CASE WHEN niveau = 'school' THEN NULL ELSE formatie_uren END AS formatie_uren,
	CASE WHEN niveau = 'school' THEN NULL ELSE formatie_uren END AS noemer,
	CASE WHEN niveau = 'school' THEN NULL ELSE round(100 * expertteam_uren / nullif(formatie_uren, 0), 1) END AS benutting_pct,
	bereik
FROM per_niveau
WHERE niveau = 'swv' OR (niveau = 'kring' AND kring IS NOT NULL) OR (niveau = 'school' AND code = $school)
ORDER BY schooljaar, niveau DESC, sleutel
