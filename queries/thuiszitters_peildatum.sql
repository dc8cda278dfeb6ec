-- thuiszitters_peildatum: het SWV op één peildatum (standaard 1 oktober van het schooljaar; een gekozen
-- peildatum bepaalt zelf het schooljaar): thuiszitters (verschillende leerlingen met een lopende melding
-- absoluut of langdurig relatief verzuim), wie daarvan langer dan 91 dagen thuiszit, per 1.000 leerlingen
-- (bao + sbo, in een VO-database vo + pro, op de referentieteldatum van het schooljaar) en de lopende vrijstellingen per soort, die er
-- naast staan en nooit bij opgeteld worden (docs/cijfers.md). Zonder verzuimgegevens: geen gegevens (NULL).
-- @param schooljaar schooljaar?
-- @param peildatum date?
-- @scope swv
-- @count leerlingen thuiszitters langer_3_maanden vrijstelling_5a vrijstelling_5b vrijstelling_5c vrijstelling_15
-- @rate thuiszitters_per_1000 from thuiszitters leerlingen
-- @public doel_per_1000
-- The peildatum and the meldingen against it: one definition for the five thuiszitters queries (schema.ts).
WITH peil AS (SELECT * FROM thuiszitters_peil($schooljaar, $peildatum)),
leerlingen AS (
	SELECT sum(t.leerlingen) AS n
	FROM peil p JOIN telling t ON t.teldatum = p.teldatum JOIN scholen s USING (brin, vestiging)
	WHERE s.soort IN ('bao', 'sbo', 'vo', 'pro')
),
lopend AS (
	SELECT v.*, date_diff('day', v.startdatum, p.peildatum) AS dagen
	FROM verzuim v, peil p
	WHERE v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum)
),
telt AS (
	SELECT
		count(DISTINCT leerling) FILTER (WHERE soort IN ('absoluut', 'langdurig_relatief')) AS thuiszitters,
		count(DISTINCT leerling) FILTER (WHERE soort IN ('absoluut', 'langdurig_relatief') AND dagen > 91) AS langer_3_maanden,
		count(*) FILTER (WHERE soort = 'vrijstelling_5a') AS vrijstelling_5a,
		count(*) FILTER (WHERE soort = 'vrijstelling_5b') AS vrijstelling_5b,
		count(*) FILTER (WHERE soort = 'vrijstelling_5c') AS vrijstelling_5c,
		count(*) FILTER (WHERE soort = 'vrijstelling_15') AS vrijstelling_15
	FROM lopend
),
geladen AS (SELECT EXISTS (SELECT 1 FROM verzuim) AS ja)
SELECT p.sj AS schooljaar, p.peildatum, p.teldatum AS referentie_teldatum,
	l.n::INTEGER AS leerlingen,
	CASE WHEN g.ja THEN t.thuiszitters::INTEGER END AS thuiszitters,
	CASE WHEN g.ja THEN t.langer_3_maanden::INTEGER END AS langer_3_maanden,
	CASE WHEN g.ja THEN 1000 * t.thuiszitters / nullif(l.n, 0) END AS thuiszitters_per_1000,
	CASE WHEN g.ja THEN t.vrijstelling_5a::INTEGER END AS vrijstelling_5a,
	CASE WHEN g.ja THEN t.vrijstelling_5b::INTEGER END AS vrijstelling_5b,
	CASE WHEN g.ja THEN t.vrijstelling_5c::INTEGER END AS vrijstelling_5c,
	CASE WHEN g.ja THEN t.vrijstelling_15::INTEGER END AS vrijstelling_15,
	-- The SWV's own target (set on the page by bestuur or beheerder): a number per 1.000, or nobody longer than 3 months.
	(SELECT value FROM meta WHERE key = 'thuiszitters_doel') AS doel,
	try_cast((SELECT value FROM meta WHERE key = 'thuiszitters_doel') AS DOUBLE) AS doel_per_1000
FROM peil p, leerlingen l, telt t, geladen g
