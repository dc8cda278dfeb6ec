-- tlv_aflopend: TLVs die in de maand van de peildatum en de 12 maanden erna aflopen (einddatum), per maand en soort, voor de
-- planning. "Komend" rekent vanaf de peildatum: de laatste besluitdatum in de gegevens (de datum tot
-- waar de TLV-export loopt), niet vanaf vandaag — zo klopt het overzicht ook voor een oudere export.
-- Met kring of gemeente: TLVs die van een school daarvan kwamen (herkomst).
-- @param kring kring?
-- @param gemeente text?
-- @scope swv
-- @count tlv tlv_totaal tlv_maand
-- A month's sbo and so add up to tlv_maand; the months add up to tlv_totaal (tlv_maand is on both
-- rows of its month, so per soort each month is counted once):
-- @sum tlv by maand
-- @sum tlv_maand by soort
-- @schools scholen
WITH peil AS (
	SELECT max(besluitdatum) AS peildatum FROM tlv
),
tlv_gekozen AS (
	SELECT tlv.* FROM tlv
	WHERE ($kring IS NULL AND $gemeente IS NULL)
		OR EXISTS (SELECT 1 FROM scholen s WHERE s.brin = tlv.herkomst_brin AND s.vestiging = tlv.herkomst_vestiging
			AND ($kring IS NULL OR s.kring = $kring) AND ($gemeente IS NULL OR s.gemeente = $gemeente))
),
maanden AS (
	SELECT CAST(m AS DATE) AS maand
	FROM peil, generate_series(date_trunc('month', peil.peildatum), date_trunc('month', peil.peildatum) + INTERVAL 12 MONTH, INTERVAL 1 MONTH) g(m)
),
soorten AS (SELECT * FROM (VALUES ('sbo'), ('so')) v(soort)),
aflopend AS (
	SELECT CAST(date_trunc('month', einddatum) AS DATE) AS maand, soort, count(*) AS tlv
	FROM tlv_gekozen, peil
	WHERE einddatum > peil.peildatum
	GROUP BY ALL
)
SELECT (SELECT peildatum FROM peil) AS peildatum, m.maand, s.soort, coalesce(a.tlv, 0)::INTEGER AS tlv,
	(sum(coalesce(a.tlv, 0)) OVER ())::INTEGER AS tlv_totaal,
	(sum(coalesce(a.tlv, 0)) OVER (PARTITION BY m.maand))::INTEGER AS tlv_maand,
	(SELECT count(*) FROM scholen x WHERE ($kring IS NULL OR x.kring = $kring) AND ($gemeente IS NULL OR x.gemeente = $gemeente))::INTEGER AS scholen
FROM maanden m CROSS JOIN soorten s
LEFT JOIN aflopend a ON a.maand = m.maand AND a.soort = s.soort
WHERE (SELECT peildatum FROM peil) IS NOT NULL
ORDER BY m.maand, s.soort
