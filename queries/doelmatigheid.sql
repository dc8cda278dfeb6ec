-- doelmatigheid: what followed the arrangements that ended in a schooljaar (docs/cijfers.md
-- "Doelmatigheid"), for the SWV (niveau 'swv'), per kring and per school, every schooljaar (so a page
-- sets this year beside last year). beeindigd = arrangements with einddatum in the schooljaar;
-- met_vervolg = those with a known vervolg; terug_naar_basis_pct = 100 × vervolg basisondersteuning ÷
-- met_vervolg; naar_tlv_pct = idem tlv_sbo, tlv_so or tlv_vso (a PO database holds only the first two, a
-- VO one only tlv_vso: the import refuses the other sector's); kosten_per_terug_naar_basis = Σ bedrag of
-- the ended arrangements ÷ those back to basisondersteuning. NULL where the denominator is 0.
-- With $schooljaar: that schooljaar and the one before it only (what a page sets side by side; at scale
-- 50 every schooljaar is some 47.000 rows); without: every schooljaar.
-- @param schooljaar schooljaar?
-- @param kring kring?
-- @scope all
-- @count beeindigd met_vervolg terug_naar_basis naar_tlv
-- @rate terug_naar_basis_pct from terug_naar_basis met_vervolg
-- @rate naar_tlv_pct from naar_tlv met_vervolg
-- @rate kosten_per_terug_naar_basis from terug_naar_basis
-- @public kosten_beeindigd
-- @kring kring
WITH beeindigd AS (
	-- Per school and schooljaar, computed once per import (vooraf_doelmatigheid_school, src/lib/server/vooraf-uren.ts).
	SELECT * FROM vooraf_doelmatigheid_school
	WHERE ($kring IS NULL OR kring = $kring)
		AND ($schooljaar IS NULL OR schooljaar = $schooljaar
			OR schooljaar = CAST(CAST(left($schooljaar, 4) AS INTEGER) - 1 AS VARCHAR) || '-' || left($schooljaar, 4))
),
sommen AS (
	SELECT schooljaar, kring, school, any_value(naam) AS naam,
		CASE WHEN grouping(kring) = 1 THEN 'swv' WHEN grouping(school) = 1 THEN 'kring' ELSE 'school' END AS niveau,
		sum(beeindigd) AS beeindigd,
		sum(met_vervolg) AS met_vervolg,
		sum(terug_naar_basis) AS terug_naar_basis,
		sum(naar_tlv) AS naar_tlv,
		sum(kosten) AS kosten
	FROM beeindigd
	GROUP BY GROUPING SETS ((schooljaar), (schooljaar, kring), (schooljaar, kring, school))
)
SELECT schooljaar, niveau, kring, school, CASE WHEN niveau = 'school' THEN naam END AS naam,
	beeindigd::INTEGER AS beeindigd,
	met_vervolg::INTEGER AS met_vervolg,
	terug_naar_basis::INTEGER AS terug_naar_basis,
	naar_tlv::INTEGER AS naar_tlv,
	100 * terug_naar_basis::DOUBLE / nullif(met_vervolg, 0) AS terug_naar_basis_pct,
	100 * naar_tlv::DOUBLE / nullif(met_vervolg, 0) AS naar_tlv_pct,
	kosten::DOUBLE AS kosten_beeindigd,
	kosten::DOUBLE / nullif(terug_naar_basis, 0) AS kosten_per_terug_naar_basis
FROM sommen
ORDER BY schooljaar, niveau = 'school', niveau = 'kring', kring, naam
