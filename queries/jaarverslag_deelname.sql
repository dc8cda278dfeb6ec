-- jaarverslag_deelname: deelname sbo, deelname so and rugzak/arrangement per schooljaar, at its
-- reference teldatum (the earliest teldatum of the schooljaar, docs/cijfers.md), for the whole SWV, every
-- kring and (with $school) one school. Definitions as in kerncijfers: the denominator is bao + sbo.
-- A kring counts its own bao and sbo schools; so-TLVs count at the kring and school of herkomst
-- (a TLV without herkomst only in the SWV total). Deelname sbo is a figure of the whole SWV only: an
-- sbo school lies in one kring but takes pupils from all of them, so for a kring or a school it is
-- left empty. A kring or school is judged on its own pupils' sbo-TLVs instead (deelname_sbo_tlv_pct:
-- pupils with a valid sbo-TLV from its schools, herkomst, as deelname_per_teldatum); where the kring's
-- own sbo schools stand is deelname_sbo_locatie_pct, a location figure shown without a verdict (empty
-- for a kring without an sbo school). Pupils are counted distinct at every level.
-- Privacy (school role, applied by the registry): counts, the rates built on them, and rows about
-- fewer than 5 schools; `scholen` is empty on a school's own row.
-- @param school school?
-- @scope school
-- @count leerlingen_bao leerlingen_sbo leerlingen_so leerlingen_rugzak leerlingen_sbo_tlv noemer
-- @total noemer = leerlingen_bao + leerlingen_sbo
-- @rate deelname_sbo_pct from leerlingen_sbo noemer
-- @rate deelname_so_pct from leerlingen_so noemer
-- @rate rugzak_pct from leerlingen_rugzak noemer
-- @rate deelname_sbo_tlv_pct from leerlingen_sbo_tlv noemer
-- @rate deelname_sbo_locatie_pct from leerlingen_sbo noemer
-- An estimate from DUO's <5 cells (telling.leerlingen_min/_max) carries its smallest and largest
-- possible value (`_min`, `_max`; NULL when every count is exact), as in kerncijfers.
-- @rate deelname_sbo_pct_min from leerlingen_sbo noemer
-- @rate deelname_sbo_pct_max from leerlingen_sbo noemer
-- @rate deelname_so_pct_min from leerlingen_so noemer
-- @rate deelname_so_pct_max from leerlingen_so noemer
-- @rate rugzak_pct_min from leerlingen_rugzak noemer
-- @rate rugzak_pct_max from leerlingen_rugzak noemer
-- @rate deelname_sbo_tlv_pct_min from leerlingen_sbo_tlv noemer
-- @rate deelname_sbo_tlv_pct_max from leerlingen_sbo_tlv noemer
-- @schools scholen
-- A school account sees its own kring, not the others (fixed totals, queries.ts):
-- @kring sleutel
-- Only the chosen school is kept apart (`eigen`): grouping every school (thousands in a very large SWV,
-- each with its distinct counts) would cost time and memory for rows the query drops; names are
-- looked up at the end for that one school.
WITH referentie AS (
	-- the first teldatum of every schooljaar, computed once per import (src/lib/server/vooraf.ts)
	SELECT schooljaar, teldatum FROM vooraf_referentie_teldatum
),
school AS (
	SELECT brin, vestiging, soort, kring, CASE WHEN brin || vestiging = $school THEN brin || vestiging END AS eigen FROM scholen
),
feiten AS (
	-- TLVs and arrangements valid on each teldatum are computed once per import (src/lib/server/vooraf.ts).
	-- pupils per bao/sbo school on the reference teldatum (one telling row per school and teldatum)
	SELECT r.schooljaar, r.teldatum, s.eigen, s.kring, s.soort AS soort, t.leerlingen AS aantal, NULL AS leerling,
		coalesce(t.leerlingen_min, t.leerlingen) AS aantal_min, coalesce(t.leerlingen_max, t.leerlingen) AS aantal_max,
		t.leerlingen_min IS NOT NULL OR t.leerlingen_max IS NOT NULL AS geschat
	FROM referentie r JOIN telling t ON t.teldatum = r.teldatum JOIN school s USING (brin, vestiging)
	WHERE s.soort IN ('bao', 'sbo')
	UNION ALL
	-- pupils holding a valid so-TLV on the reference teldatum, at their school of herkomst
	SELECT r.schooljaar, r.teldatum, s.eigen, s.kring, 'so', NULL, tlv.leerling, NULL, NULL, false
	FROM referentie r
	JOIN vooraf_tlv_teldatum tlv ON tlv.teldatum = r.teldatum AND tlv.soort = 'so'
	LEFT JOIN school s ON s.brin = tlv.herkomst_brin AND s.vestiging = tlv.herkomst_vestiging
	UNION ALL
	-- pupils holding a valid sbo-TLV on the reference teldatum, at their school of herkomst
	SELECT r.schooljaar, r.teldatum, s.eigen, s.kring, 'sbo_tlv', NULL, tlv.leerling, NULL, NULL, false
	FROM referentie r
	JOIN vooraf_tlv_teldatum tlv ON tlv.teldatum = r.teldatum AND tlv.soort = 'sbo'
	LEFT JOIN school s ON s.brin = tlv.herkomst_brin AND s.vestiging = tlv.herkomst_vestiging
	UNION ALL
	-- pupils with a valid rugzak or individual arrangement at a bao school on the reference teldatum
	SELECT r.schooljaar, r.teldatum, s.eigen, s.kring, 'rugzak', NULL, a.leerling, NULL, NULL, false
	FROM referentie r
	JOIN vooraf_arrangement_teldatum a ON a.teldatum = r.teldatum
	JOIN school s ON s.brin = a.brin AND s.vestiging = a.vestiging AND s.soort = 'bao'
),
per_niveau AS (
	SELECT schooljaar, teldatum,
		CASE WHEN grouping(kring) = 1 THEN 'swv' WHEN grouping(eigen) = 1 THEN 'kring' ELSE 'school' END AS niveau,
		kring, eigen AS code,
		coalesce(sum(aantal) FILTER (WHERE soort = 'bao'), 0)::INTEGER AS leerlingen_bao,
		coalesce(sum(aantal) FILTER (WHERE soort = 'sbo'), 0)::INTEGER AS leerlingen_sbo,
		-- A source that was never loaded is "geen gegevens", never 0.
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN count(DISTINCT leerling) FILTER (WHERE soort = 'so')::INTEGER END AS leerlingen_so,
		CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN count(DISTINCT leerling) FILTER (WHERE soort = 'rugzak')::INTEGER END AS leerlingen_rugzak,
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN count(DISTINCT leerling) FILTER (WHERE soort = 'sbo_tlv')::INTEGER END AS leerlingen_sbo_tlv,
		count(*) FILTER (WHERE soort = 'sbo')::INTEGER AS scholen_sbo,
		coalesce(sum(aantal_min) FILTER (WHERE soort = 'bao'), 0) AS bao_min,
		coalesce(sum(aantal_max) FILTER (WHERE soort = 'bao'), 0) AS bao_max,
		coalesce(sum(aantal_min) FILTER (WHERE soort = 'sbo'), 0) AS sbo_min,
		coalesce(sum(aantal_max) FILTER (WHERE soort = 'sbo'), 0) AS sbo_max,
		coalesce(bool_or(geschat), false) AS schatting,
		count(*) FILTER (WHERE soort IN ('bao', 'sbo'))::INTEGER AS scholen
	FROM feiten
	GROUP BY GROUPING SETS ((schooljaar, teldatum), (schooljaar, teldatum, kring), (schooljaar, teldatum, kring, eigen))
)
SELECT schooljaar, teldatum, niveau,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE code END AS sleutel,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE (SELECT naam FROM scholen WHERE brin || vestiging = $school) END AS naam,
	kring,
	leerlingen_bao, leerlingen_sbo, leerlingen_so, leerlingen_rugzak, leerlingen_sbo_tlv,
	leerlingen_bao + leerlingen_sbo AS noemer,
	CASE WHEN niveau = 'school' THEN NULL ELSE scholen END AS scholen,
	CASE WHEN niveau <> 'swv' THEN NULL ELSE 100 * leerlingen_sbo / nullif(leerlingen_bao + leerlingen_sbo, 0) END AS deelname_sbo_pct,
	100 * leerlingen_so / nullif(leerlingen_bao + leerlingen_sbo, 0) AS deelname_so_pct,
	100 * leerlingen_rugzak / nullif(leerlingen_bao + leerlingen_sbo, 0) AS rugzak_pct,
	100 * leerlingen_sbo_tlv / nullif(leerlingen_bao + leerlingen_sbo, 0) AS deelname_sbo_tlv_pct,
	CASE WHEN niveau = 'kring' AND scholen_sbo > 0 THEN 100 * leerlingen_sbo / nullif(leerlingen_bao + leerlingen_sbo, 0) END AS deelname_sbo_locatie_pct,
	CASE WHEN schatting AND niveau = 'swv' THEN 100 * sbo_min / nullif(bao_max + sbo_min, 0) END AS deelname_sbo_pct_min,
	CASE WHEN schatting AND niveau = 'swv' THEN 100 * sbo_max / nullif(bao_min + sbo_max, 0) END AS deelname_sbo_pct_max,
	CASE WHEN schatting THEN 100 * leerlingen_so / nullif(bao_max + sbo_max, 0) END AS deelname_so_pct_min,
	CASE WHEN schatting THEN 100 * leerlingen_so / nullif(bao_min + sbo_min, 0) END AS deelname_so_pct_max,
	CASE WHEN schatting THEN 100 * leerlingen_rugzak / nullif(bao_max + sbo_max, 0) END AS rugzak_pct_min,
	CASE WHEN schatting THEN 100 * leerlingen_rugzak / nullif(bao_min + sbo_min, 0) END AS rugzak_pct_max,
	CASE WHEN schatting THEN 100 * leerlingen_sbo_tlv / nullif(bao_max + sbo_max, 0) END AS deelname_sbo_tlv_pct_min,
	CASE WHEN schatting THEN 100 * leerlingen_sbo_tlv / nullif(bao_min + sbo_min, 0) END AS deelname_sbo_tlv_pct_max
FROM per_niveau
WHERE niveau = 'swv' OR (niveau = 'kring' AND kring IS NOT NULL) OR (niveau = 'school' AND code = $school)
ORDER BY schooljaar, niveau DESC, sleutel
