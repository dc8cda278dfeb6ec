-- thuiszitters_per_schooljaar: per schooljaar met een leerlingtelling de thuiszitters op 1 oktober (ook
-- langer dan 3 maanden en per 1.000 leerlingen), de nieuwe meldingen (startdatum in het schooljaar), de
-- beëindigde meldingen met hun duur in dagen (P25, mediaan, P75) en het aandeel opgelost (uitkomst
-- passende plek of terug naar school), alleen de soorten absoluut en langdurig relatief verzuim.
-- Zonder verzuimgegevens: geen gegevens (NULL), nooit 0.
-- @scope swv
-- @count leerlingen thuiszitters langer_3_maanden nieuw beeindigd opgelost vrijstellingen
-- @rate thuiszitters_per_1000 from thuiszitters leerlingen
-- @rate opgelost_pct from opgelost beeindigd
-- @rate duur_p25 from beeindigd
-- @rate duur_mediaan from beeindigd
-- @rate duur_p75 from beeindigd
-- @public doel_per_1000
WITH jaren AS (
	-- the first teldatum of every schooljaar, computed once per import (src/lib/server/vooraf.ts)
	SELECT schooljaar, teldatum FROM vooraf_referentie_teldatum
),
peil AS (
	SELECT schooljaar, teldatum, make_date(CAST(left(schooljaar, 4) AS INTEGER), 10, 1) AS peildatum,
		make_date(CAST(left(schooljaar, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(schooljaar, 4) AS INTEGER) + 1, 7, 31) AS einde
	FROM jaren
),
leerlingen AS (
	SELECT p.schooljaar, sum(t.leerlingen) AS n
	FROM peil p JOIN telling t ON t.teldatum = p.teldatum JOIN scholen s USING (brin, vestiging)
	WHERE s.soort IN ('bao', 'sbo', 'vo', 'pro') GROUP BY 1
),
thuis AS (SELECT * FROM verzuim WHERE soort IN ('absoluut', 'langdurig_relatief')),
op_peildatum AS (
	SELECT p.schooljaar,
		count(DISTINCT v.leerling) AS thuiszitters,
		count(DISTINCT v.leerling) FILTER (WHERE date_diff('day', v.startdatum, p.peildatum) > 91) AS langer_3_maanden
	FROM peil p JOIN thuis v ON v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum)
	GROUP BY 1
),
vrij AS (
	SELECT p.schooljaar, count(*) AS vrijstellingen
	FROM peil p JOIN verzuim v ON v.soort LIKE 'vrijstelling%' AND v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum)
	GROUP BY 1
),
nieuw AS (
	SELECT p.schooljaar, count(*) AS nieuw FROM peil p JOIN thuis v ON v.startdatum BETWEEN p.begin AND p.einde GROUP BY 1
),
geeindigd AS (
	SELECT p.schooljaar, count(*) AS beeindigd,
		count(*) FILTER (WHERE v.uitkomst IN ('passende_plek', 'terug_naar_school')) AS opgelost,
		quantile_cont(date_diff('day', v.startdatum, v.einddatum), 0.25) AS duur_p25,
		quantile_cont(date_diff('day', v.startdatum, v.einddatum), 0.5) AS duur_mediaan,
		quantile_cont(date_diff('day', v.startdatum, v.einddatum), 0.75) AS duur_p75
	FROM peil p JOIN thuis v ON v.einddatum BETWEEN p.begin AND p.einde
	GROUP BY 1
),
geladen AS (SELECT EXISTS (SELECT 1 FROM verzuim) AS ja)
SELECT p.schooljaar, p.peildatum, p.teldatum AS referentie_teldatum, l.n::INTEGER AS leerlingen,
	CASE WHEN g.ja THEN coalesce(o.thuiszitters, 0)::INTEGER END AS thuiszitters,
	CASE WHEN g.ja THEN coalesce(o.langer_3_maanden, 0)::INTEGER END AS langer_3_maanden,
	CASE WHEN g.ja THEN 1000 * coalesce(o.thuiszitters, 0) / nullif(l.n, 0) END AS thuiszitters_per_1000,
	CASE WHEN g.ja THEN coalesce(vr.vrijstellingen, 0)::INTEGER END AS vrijstellingen,
	CASE WHEN g.ja THEN coalesce(n.nieuw, 0)::INTEGER END AS nieuw,
	CASE WHEN g.ja THEN coalesce(e.beeindigd, 0)::INTEGER END AS beeindigd,
	CASE WHEN g.ja THEN coalesce(e.opgelost, 0)::INTEGER END AS opgelost,
	100 * e.opgelost / nullif(e.beeindigd, 0) AS opgelost_pct,
	e.duur_p25, e.duur_mediaan, e.duur_p75,
	try_cast((SELECT value FROM meta WHERE key = 'thuiszitters_doel') AS DOUBLE) AS doel_per_1000
FROM peil p CROSS JOIN geladen g
LEFT JOIN leerlingen l USING (schooljaar)
LEFT JOIN op_peildatum o USING (schooljaar)
LEFT JOIN vrij vr USING (schooljaar)
LEFT JOIN nieuw n USING (schooljaar)
LEFT JOIN geeindigd e USING (schooljaar)
ORDER BY p.schooljaar
