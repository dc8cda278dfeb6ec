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
-- TLVs per school of herkomst and month of their einddatum after the peildatum are computed once per
-- import (src/lib/server/vooraf-deelname.ts): without a filter every TLV, with one those from a chosen school.
-- The month of the peildatum and the 12 after it, per soort (the macro tlv_maanden, src/lib/server/schema.ts).
aflopend AS (
	SELECT a.* FROM peil, tlv_maanden('einde', date_trunc('month', peil.peildatum), date_trunc('month', peil.peildatum) + INTERVAL 12 MONTH, $kring, $gemeente) a
)
SELECT (SELECT peildatum FROM peil) AS peildatum, a.maand, a.soort, a.tlv,
	(sum(a.tlv) OVER ())::INTEGER AS tlv_totaal,
	(sum(a.tlv) OVER (PARTITION BY a.maand))::INTEGER AS tlv_maand,
	(SELECT count(*) FROM scholen x WHERE ($kring IS NULL OR x.kring = $kring) AND ($gemeente IS NULL OR x.gemeente = $gemeente))::INTEGER AS scholen
FROM aflopend a
WHERE (SELECT peildatum FROM peil) IS NOT NULL
ORDER BY a.maand, a.soort
