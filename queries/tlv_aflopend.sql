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
maanden AS (
	SELECT CAST(m AS DATE) AS maand
	FROM peil, generate_series(date_trunc('month', peil.peildatum), date_trunc('month', peil.peildatum) + INTERVAL 12 MONTH, INTERVAL 1 MONTH) g(m)
),
soorten AS (SELECT * FROM (VALUES ('sbo'), ('so')) v(soort)),
-- TLVs per school of herkomst and month of their einddatum after the peildatum are computed once per
-- import (src/lib/server/vooraf-deelname.ts): without a filter every TLV, with one those from a chosen school.
aflopend AS (
	SELECT maand, soort, sum(tlv) AS tlv
	FROM vooraf_tlv_school_maand
	WHERE wat = 'einde' AND ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente)
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
