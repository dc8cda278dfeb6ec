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
-- TLVs per school of herkomst and month are computed once per import (src/lib/server/vooraf-deelname.ts):
-- without a filter every TLV (also without herkomst), with one those from a chosen school. Every month of
-- the bereik, per soort (the macro tlv_maanden, src/lib/server/schema.ts).
per_maand AS (
	SELECT p.* FROM bereik, tlv_maanden('besluit', bereik.van, bereik.tot, $kring, $gemeente) p
)
SELECT p.maand, schooljaar(p.maand) AS schooljaar, p.soort, p.tlv,
	(SELECT count(*) FROM scholen x WHERE ($kring IS NULL OR x.kring = $kring) AND ($gemeente IS NULL OR x.gemeente = $gemeente))::INTEGER AS scholen
FROM per_maand p
-- Without any TLV loaded: no months of 0 TLV's ("geen gegevens", issue 12).
WHERE EXISTS (SELECT 1 FROM tlv)
ORDER BY p.maand, p.soort
