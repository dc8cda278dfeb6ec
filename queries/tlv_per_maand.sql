-- tlv_per_maand: TLV-besluiten per maand (van de besluitdatum) en per soort, in het schooljaar (zonder
-- schooljaar: alle maanden). Maanden zonder besluit staan er met 0 in, zodat de reeks doorloopt.
-- Met kring of gemeente: TLVs die van een school daarvan kwamen (herkomst).
-- @param schooljaar schooljaar?
-- @param kring kring?
-- @param gemeente text?
-- @scope swv
-- @count tlv
-- The months of a schooljaar add up to its total per soort (tlv_per_schooljaar):
-- @sum tlv by schooljaar soort
-- @schools scholen
WITH bereik AS (
	SELECT
		CASE WHEN $schooljaar IS NULL THEN (SELECT date_trunc('month', min(besluitdatum)) FROM tlv) ELSE make_date(CAST(left($schooljaar, 4) AS INTEGER), 8, 1) END AS van,
		CASE WHEN $schooljaar IS NULL THEN (SELECT date_trunc('month', max(besluitdatum)) FROM tlv) ELSE make_date(CAST(left($schooljaar, 4) AS INTEGER) + 1, 7, 1) END AS tot
),
maanden AS (
	SELECT CAST(m AS DATE) AS maand FROM bereik, generate_series(bereik.van, bereik.tot, INTERVAL 1 MONTH) g(m)
),
soorten AS (SELECT * FROM (VALUES ('sbo'), ('so')) v(soort)),
-- TLVs per school of herkomst and month are computed once per import (src/lib/server/vooraf-deelname.ts):
-- without a filter every TLV (also without herkomst), with one those from a chosen school.
per_maand AS (
	SELECT maand, soort, sum(tlv) AS tlv
	FROM vooraf_tlv_school_maand
	WHERE wat = 'besluit' AND ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente)
	GROUP BY ALL
)
SELECT m.maand, schooljaar(m.maand) AS schooljaar, s.soort, coalesce(p.tlv, 0)::INTEGER AS tlv,
	(SELECT count(*) FROM scholen x WHERE ($kring IS NULL OR x.kring = $kring) AND ($gemeente IS NULL OR x.gemeente = $gemeente))::INTEGER AS scholen
FROM maanden m CROSS JOIN soorten s
LEFT JOIN per_maand p ON p.maand = m.maand AND p.soort = s.soort
-- Without any TLV loaded: no months of 0 TLV's ("geen gegevens", issue 12).
WHERE EXISTS (SELECT 1 FROM tlv)
ORDER BY m.maand, s.soort
