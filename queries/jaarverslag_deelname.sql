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
-- Only the chosen school is kept apart (`eigen`): grouping every school (thousands in a very large SWV)
-- would cost time for rows the query drops; names are looked up at the end for that one school.
-- Counted from the per-school tables computed once per import (src/lib/server/vooraf-deelname.ts), as
-- deelname_per_teldatum: the pupils of one school are summed, the few with more than one school
-- (vooraf_teldatum_meer) counted distinct per level; the SWV's TLV pupils, also those without a school of
-- herkomst, from vooraf_teldatum_totaal. Before, distinct counts over grouping sets of pupil-level rows
-- needed close to the server's whole DuckDB memory at scale 50 and sometimes ran out of it.
WITH referentie AS (
	-- the first teldatum of every schooljaar, computed once per import (src/lib/server/vooraf.ts)
	SELECT schooljaar, teldatum FROM vooraf_referentie_teldatum
),
per_school AS (
	SELECT r.schooljaar, p.*, CASE WHEN p.brin || p.vestiging = $school THEN p.brin || p.vestiging END AS eigen
	FROM referentie r JOIN vooraf_teldatum_school p ON p.teldatum = r.teldatum
),
meer AS (
	SELECT r.schooljaar, m.*, CASE WHEN m.brin || m.vestiging = $school THEN m.brin || m.vestiging END AS eigen
	FROM referentie r JOIN vooraf_teldatum_meer m ON m.teldatum = r.teldatum
),
enkel_niveau AS (
	SELECT schooljaar, teldatum, grouping(kring) AS g_kring, grouping(eigen) AS g_eigen, kring, eigen,
		coalesce(sum(leerlingen) FILTER (WHERE soort = 'bao' AND geteld), 0)::INTEGER AS leerlingen_bao,
		coalesce(sum(leerlingen) FILTER (WHERE soort = 'sbo' AND geteld), 0)::INTEGER AS leerlingen_sbo,
		coalesce(sum(so), 0) AS so, coalesce(sum(sbo_tlv), 0) AS sbo_tlv, coalesce(sum(rugzak) FILTER (WHERE soort = 'bao'), 0) AS rugzak,
		count(*) FILTER (WHERE soort = 'sbo' AND geteld)::INTEGER AS scholen_sbo,
		coalesce(sum(leerlingen_laag) FILTER (WHERE soort = 'bao' AND geteld), 0) AS bao_min,
		coalesce(sum(leerlingen_hoog) FILTER (WHERE soort = 'bao' AND geteld), 0) AS bao_max,
		coalesce(sum(leerlingen_laag) FILTER (WHERE soort = 'sbo' AND geteld), 0) AS sbo_min,
		coalesce(sum(leerlingen_hoog) FILTER (WHERE soort = 'sbo' AND geteld), 0) AS sbo_max,
		coalesce(bool_or(schatting) FILTER (WHERE soort IN ('bao', 'sbo') AND geteld), false) AS schatting,
		count(*) FILTER (WHERE soort IN ('bao', 'sbo') AND geteld)::INTEGER AS scholen
	FROM per_school
	GROUP BY GROUPING SETS ((schooljaar, teldatum), (schooljaar, teldatum, kring), (schooljaar, teldatum, kring, eigen))
),
meer_niveau AS (
	SELECT schooljaar, teldatum, grouping(kring) AS g_kring, grouping(eigen) AS g_eigen, kring, eigen,
		count(DISTINCT leerling) FILTER (WHERE wat = 'so') AS so,
		count(DISTINCT leerling) FILTER (WHERE wat = 'sbo_tlv') AS sbo_tlv,
		count(DISTINCT leerling) FILTER (WHERE wat = 'rugzak' AND soort = 'bao') AS rugzak
	FROM meer
	GROUP BY GROUPING SETS ((schooljaar, teldatum), (schooljaar, teldatum, kring), (schooljaar, teldatum, kring, eigen))
),
per_niveau AS (
	SELECT e.schooljaar, e.teldatum,
		CASE WHEN e.g_kring = 1 THEN 'swv' WHEN e.g_eigen = 1 THEN 'kring' ELSE 'school' END AS niveau,
		e.kring, e.eigen AS code,
		e.leerlingen_bao, e.leerlingen_sbo,
		-- A source that was never loaded is "geen gegevens", never 0.
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN
			(CASE WHEN e.g_kring = 1 THEN coalesce(t.so, 0) ELSE e.so + coalesce(m.so, 0) END)::INTEGER END AS leerlingen_so,
		CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN (e.rugzak + coalesce(m.rugzak, 0))::INTEGER END AS leerlingen_rugzak,
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN
			(CASE WHEN e.g_kring = 1 THEN coalesce(t.sbo_tlv, 0) ELSE e.sbo_tlv + coalesce(m.sbo_tlv, 0) END)::INTEGER END AS leerlingen_sbo_tlv,
		e.scholen_sbo, e.bao_min, e.bao_max, e.sbo_min, e.sbo_max, e.schatting, e.scholen
	FROM enkel_niveau e
	LEFT JOIN meer_niveau m ON m.schooljaar = e.schooljaar AND m.teldatum = e.teldatum AND m.g_kring = e.g_kring AND m.g_eigen = e.g_eigen
		AND m.kring IS NOT DISTINCT FROM e.kring AND m.eigen IS NOT DISTINCT FROM e.eigen
	LEFT JOIN vooraf_teldatum_totaal t ON t.teldatum = e.teldatum
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
