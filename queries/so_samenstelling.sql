-- so_samenstelling: de leerlingen met een geldige so-TLV per teldatum, verdeeld naar categorie
-- (laag / midden / hoog) en naar leeftijd (jonger dan 8 / 8 en ouder op 31 december van het jaar van de
-- teldatum, uit het geboortejaar; zonder geboortejaar: onbekend). Een leerling met twee geldige so-TLVs
-- telt één keer, met de categorie van de TLV met de laatste ingangsdatum. Met kring of gemeente: de
-- leerlingen die van een school daarvan kwamen (herkomst). aandeel_pct = 100 × groep ÷ alle so-leerlingen.
-- @param schooljaar schooljaar?
-- @param kring kring?
-- @param gemeente text?
-- @scope swv
-- @count leerlingen leerlingen_so
-- The groups of one indeling add up to leerlingen_so:
-- @sum leerlingen by teldatum indeling
-- @rate aandeel_pct from leerlingen leerlingen_so
-- @schools scholen
WITH teldata AS (
	SELECT DISTINCT teldatum FROM telling WHERE $schooljaar IS NULL OR schooljaar(teldatum) = $schooljaar
),
tlv_gekozen AS (
	SELECT tlv.* FROM tlv
	WHERE ($kring IS NULL AND $gemeente IS NULL)
		OR EXISTS (SELECT 1 FROM scholen s WHERE s.brin = tlv.herkomst_brin AND s.vestiging = tlv.herkomst_vestiging
			AND ($kring IS NULL OR s.kring = $kring) AND ($gemeente IS NULL OR s.gemeente = $gemeente))
),
per_leerling AS (
	SELECT d.teldatum, t.leerling,
		arg_max(t.categorie, t.ingangsdatum) AS categorie,
		max(t.geboortejaar) AS geboortejaar
	FROM teldata d
	JOIN tlv_gekozen t ON t.soort = 'so' AND t.ingangsdatum <= d.teldatum AND (t.einddatum IS NULL OR t.einddatum >= d.teldatum)
	GROUP BY d.teldatum, t.leerling
),
groepen AS (
	SELECT teldatum, 'categorie' AS indeling, coalesce(categorie, 'onbekend') AS groep FROM per_leerling
	UNION ALL
	SELECT teldatum, 'leeftijd',
		CASE WHEN geboortejaar IS NULL THEN 'onbekend' WHEN year(teldatum) - geboortejaar < 8 THEN 'jonger dan 8' ELSE '8 en ouder' END
	FROM per_leerling
),
alle_groepen AS (
	SELECT * FROM (VALUES ('categorie', 'laag', 1), ('categorie', 'midden', 2), ('categorie', 'hoog', 3), ('categorie', 'onbekend', 4),
		('leeftijd', 'jonger dan 8', 1), ('leeftijd', '8 en ouder', 2), ('leeftijd', 'onbekend', 3)) v(indeling, groep, volgorde)
),
telling_groep AS (
	SELECT teldatum, indeling, groep, count(*) AS leerlingen FROM groepen GROUP BY ALL
),
totaal AS (
	SELECT teldatum, count(*) AS so FROM per_leerling GROUP BY teldatum
)
SELECT d.teldatum, schooljaar(d.teldatum) AS schooljaar,
	CASE month(d.teldatum) WHEN 10 THEN 'oktober' WHEN 2 THEN 'februari' ELSE 'overig' END AS teldatum_soort,
	g.indeling, g.groep,
	coalesce(tg.leerlingen, 0)::INTEGER AS leerlingen,
	coalesce(tot.so, 0)::INTEGER AS leerlingen_so,
	100 * coalesce(tg.leerlingen, 0) / nullif(tot.so, 0) AS aandeel_pct,
	(SELECT count(*) FROM scholen s WHERE ($kring IS NULL OR s.kring = $kring) AND ($gemeente IS NULL OR s.gemeente = $gemeente))::INTEGER AS scholen
FROM teldata d CROSS JOIN alle_groepen g
-- Without any TLV loaded there is no so composition ("geen gegevens"), never groups of 0.
SEMI JOIN (SELECT 1 FROM tlv LIMIT 1) geladen ON true
LEFT JOIN telling_groep tg ON tg.teldatum = d.teldatum AND tg.indeling = g.indeling AND tg.groep = g.groep
LEFT JOIN totaal tot ON tot.teldatum = d.teldatum
WHERE g.groep <> 'onbekend' OR tg.leerlingen > 0
ORDER BY d.teldatum, g.indeling, g.volgorde
