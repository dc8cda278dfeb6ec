-- expertteam_burnup: the burn-up of one schooljaar, per month (August … July): hours delivered in the
-- month, cumulative hours up to the peildatum (NULL after it: not yet known), the formatie (the line
-- to reach) and the pro-rata tempo at the end of each month (formatie × days passed / days in the
-- schooljaar), so that the formatie is used by 31 July. Peildatum as in expertteam_kringen.
-- Without $kring: the whole SWV. Organisatie filters the formatie too; expertise and activiteit the hours.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param organisatie text?
-- @param expertise text?
-- @param activiteit text?
-- @param vandaag date?
-- @scope swv
-- Hours and formatie are staff time, not about pupils.
-- @public uren cumulatief_uren formatie_uren tempo_uren
WITH peil AS (
	-- sj, begin, einde, dagen, peildatum and peildatum_soort (the macro in src/lib/server/schema.ts)
	SELECT * FROM expertteam_peil($schooljaar, $vandaag)
),
maanden AS (
	SELECT CAST(m AS DATE) AS maand, CAST(m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS maand_einde
	FROM peil, generate_series(CAST(peil.begin AS TIMESTAMP), CAST(peil.einde AS TIMESTAMP), INTERVAL 1 MONTH) AS g(m)
),
inzet AS (
	-- Without a filter on organisatie, expertise or activiteit: the hours per month computed once per
	-- import (vooraf_expertteam_maand, src/lib/server/vooraf-uren.ts; dated the first of the month).
	SELECT v.maand AS datum, v.uren FROM vooraf_expertteam_maand v, peil
	WHERE v.schooljaar = peil.sj AND ($kring IS NULL OR v.kring = $kring) AND $organisatie IS NULL AND $expertise IS NULL AND $activiteit IS NULL
	UNION ALL
	SELECT i.datum, i.uren FROM peil, expertteam_inzet_gefilterd(peil.sj, $kring, $organisatie, $expertise, $activiteit) i
),
formatie AS (
	SELECT sum(f.uren) AS formatie_uren FROM expertteam_formatie f, peil
	WHERE f.schooljaar = peil.sj AND ($kring IS NULL OR f.kring = $kring) AND ($organisatie IS NULL OR f.organisatie = $organisatie)
),
per_maand AS (
	SELECT m.maand, m.maand_einde, coalesce(sum(i.uren), 0) AS uren
	FROM maanden m LEFT JOIN inzet i ON i.datum BETWEEN m.maand AND m.maand_einde
	GROUP BY m.maand, m.maand_einde
)
SELECT peil.sj AS schooljaar, pm.maand, pm.maand_einde,
	pm.uren::DOUBLE AS uren,
	CASE WHEN pm.maand <= peil.peildatum THEN sum(pm.uren) OVER (ORDER BY pm.maand)::DOUBLE END AS cumulatief_uren,
	f.formatie_uren::DOUBLE AS formatie_uren,
	f.formatie_uren * (least(pm.maand_einde, peil.einde) - peil.begin + 1) / peil.dagen AS tempo_uren,
	peil.peildatum
FROM per_maand pm, peil, formatie f
-- No hours booked at all in the schooljaar (expertteam never loaded): no line of 0 uur, "geen gegevens" (issue 12).
WHERE EXISTS (SELECT 1 FROM vooraf_expertteam_school i WHERE i.schooljaar = peil.sj)
ORDER BY pm.maand
