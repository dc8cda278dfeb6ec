-- verwijzingen_per_kring: per kring de leerlingen (bao + sbo) op de referentieteldatum van het schooljaar,
-- de TLVs (besluitdatum in het schooljaar) die van een school van de kring kwamen, per soort, en
-- verwijzingen_per_1000 (docs/cijfers.md) — met vorig schooljaar, het hele SWV en een rangorde (1 = verwijst
-- het meest per 1000). Alles als verhouding van sommen. Het schooljaar kiest de pagina (src/lib/server/pagina.ts).
-- Het SWV-cijfer telt alleen TLVs met een herkomstschool in het SWV, zodat het de som van de kringen is.
-- @param schooljaar schooljaar
-- @scope swv
-- @count leerlingen tlv_sbo tlv_so verwijzingen swv_leerlingen swv_verwijzingen
-- @count vorig_leerlingen vorig_verwijzingen vorig_swv_leerlingen vorig_swv_verwijzingen
-- @total verwijzingen = tlv_sbo + tlv_so
-- The kringen add up to the SWV:
-- @sum leerlingen
-- @sum tlv_sbo
-- @sum tlv_so
-- @sum verwijzingen
-- @rate verwijzingen_per_1000 from verwijzingen leerlingen
-- @rate vorig_verwijzingen_per_1000 from vorig_verwijzingen vorig_leerlingen
-- @rate swv_verwijzingen_per_1000 from swv_verwijzingen swv_leerlingen
-- @rate vorig_swv_verwijzingen_per_1000 from vorig_swv_verwijzingen vorig_swv_leerlingen
-- The rank is the order of the rates: hidden with the kring's rate.
-- @rate rang from verwijzingen leerlingen
-- An estimate from DUO's <5 cells (telling.leerlingen_min/_max) carries its smallest and largest
-- possible value (`_min`, `_max`; NULL when every count is exact), as in kerncijfers.
-- @count leerlingen_min leerlingen_max swv_leerlingen_min swv_leerlingen_max
-- @rate verwijzingen_per_1000_min from verwijzingen leerlingen
-- @rate verwijzingen_per_1000_max from verwijzingen leerlingen
-- @rate swv_verwijzingen_per_1000_min from swv_verwijzingen swv_leerlingen
-- @rate swv_verwijzingen_per_1000_max from swv_verwijzingen swv_leerlingen
-- @schools scholen
-- A school account sees its own kring, not the others (fixed totals, queries.ts):
-- @kring kring
WITH gekozen_jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
jaren AS (
	SELECT sj AS schooljaar FROM gekozen_jaar
	UNION ALL
	SELECT (CAST(left(sj, 4) AS INTEGER) - 1)::VARCHAR || '-' || left(sj, 4) FROM gekozen_jaar
),
-- Per school and schooljaar the telling and the TLVs are computed once per import (vooraf_school_jaar);
-- the kringen are their sums.
referentie AS (
	SELECT j.schooljaar, (SELECT min(v.referentie_teldatum) FROM vooraf_school_jaar v WHERE v.schooljaar = j.schooljaar) AS teldatum
	FROM jaren j
),
leerlingen_per_kring AS (
	SELECT v.schooljaar, v.kring, sum(v.leerlingen) AS leerlingen,
		sum(coalesce(v.leerlingen_min, v.leerlingen)) AS leerlingen_laag,
		sum(coalesce(v.leerlingen_max, v.leerlingen)) AS leerlingen_hoog,
		bool_or(v.leerlingen_min IS NOT NULL OR v.leerlingen_max IS NOT NULL) AS schatting
	FROM vooraf_school_jaar v
	WHERE v.schooljaar IN (SELECT schooljaar FROM jaren) AND v.soort IN ('bao', 'sbo') AND v.leerlingen IS NOT NULL
	GROUP BY ALL
),
tlv_per_kring AS (
	SELECT v.schooljaar, v.kring, sum(v.tlv_sbo) AS tlv_sbo, sum(v.tlv_so) AS tlv_so
	FROM vooraf_school_jaar v
	WHERE v.schooljaar IN (SELECT schooljaar FROM jaren) AND v.soort IN ('bao', 'sbo')
	GROUP BY ALL
),
kringen AS (
	SELECT DISTINCT kring FROM scholen WHERE kring IS NOT NULL AND soort IN ('bao', 'sbo')
),
per_kring AS (
	SELECT j.schooljaar, k.kring, r.teldatum AS referentie_teldatum,
		l.leerlingen::INTEGER AS leerlingen, l.leerlingen_laag, l.leerlingen_hoog, coalesce(l.schatting, false) AS schatting,
		-- Without any TLV loaded there is nothing to count: "geen gegevens", never 0.
		CASE WHEN g.ja THEN coalesce(v.tlv_sbo, 0)::INTEGER END AS tlv_sbo,
		CASE WHEN g.ja THEN coalesce(v.tlv_so, 0)::INTEGER END AS tlv_so,
		CASE WHEN g.ja THEN (coalesce(v.tlv_sbo, 0) + coalesce(v.tlv_so, 0))::INTEGER END AS verwijzingen
	FROM jaren j CROSS JOIN kringen k CROSS JOIN (SELECT EXISTS (SELECT 1 FROM tlv) AS ja) g
	JOIN referentie r ON r.schooljaar = j.schooljaar
	LEFT JOIN leerlingen_per_kring l ON l.schooljaar = j.schooljaar AND l.kring = k.kring
	LEFT JOIN tlv_per_kring v ON v.schooljaar = j.schooljaar AND v.kring = k.kring
),
per_1000 AS (
	SELECT *, 1000 * verwijzingen / nullif(leerlingen, 0) AS verwijzingen_per_1000,
		sum(leerlingen) OVER (PARTITION BY schooljaar) AS swv_leerlingen,
		sum(verwijzingen) OVER (PARTITION BY schooljaar) AS swv_verwijzingen,
		sum(leerlingen_laag) OVER (PARTITION BY schooljaar) AS swv_leerlingen_laag,
		sum(leerlingen_hoog) OVER (PARTITION BY schooljaar) AS swv_leerlingen_hoog,
		bool_or(schatting) OVER (PARTITION BY schooljaar) AS swv_schatting
	FROM per_kring
)
SELECT nu.schooljaar, nu.kring, nu.referentie_teldatum, nu.leerlingen, nu.tlv_sbo, nu.tlv_so, nu.verwijzingen,
	nu.verwijzingen_per_1000,
	CASE WHEN nu.verwijzingen_per_1000 IS NOT NULL THEN (rank() OVER (PARTITION BY nu.verwijzingen_per_1000 IS NULL ORDER BY nu.verwijzingen_per_1000 DESC))::INTEGER END AS rang,
	vorig.verwijzingen_per_1000 AS vorig_verwijzingen_per_1000,
	nu.swv_leerlingen::INTEGER AS swv_leerlingen,
	nu.swv_verwijzingen::INTEGER AS swv_verwijzingen,
	1000 * nu.swv_verwijzingen / nullif(nu.swv_leerlingen, 0) AS swv_verwijzingen_per_1000,
	1000 * vorig.swv_verwijzingen / nullif(vorig.swv_leerlingen, 0) AS vorig_swv_verwijzingen_per_1000,
	vorig.leerlingen AS vorig_leerlingen, vorig.verwijzingen AS vorig_verwijzingen,
	vorig.swv_leerlingen::INTEGER AS vorig_swv_leerlingen, vorig.swv_verwijzingen::INTEGER AS vorig_swv_verwijzingen,
	CASE WHEN nu.schatting THEN nu.leerlingen_laag::INTEGER END AS leerlingen_min,
	CASE WHEN nu.schatting THEN nu.leerlingen_hoog::INTEGER END AS leerlingen_max,
	CASE WHEN nu.schatting THEN 1000 * nu.verwijzingen / nullif(nu.leerlingen_hoog, 0) END AS verwijzingen_per_1000_min,
	CASE WHEN nu.schatting THEN 1000 * nu.verwijzingen / nullif(nu.leerlingen_laag, 0) END AS verwijzingen_per_1000_max,
	CASE WHEN nu.swv_schatting THEN nu.swv_leerlingen_laag::INTEGER END AS swv_leerlingen_min,
	CASE WHEN nu.swv_schatting THEN nu.swv_leerlingen_hoog::INTEGER END AS swv_leerlingen_max,
	CASE WHEN nu.swv_schatting THEN 1000 * nu.swv_verwijzingen / nullif(nu.swv_leerlingen_hoog, 0) END AS swv_verwijzingen_per_1000_min,
	CASE WHEN nu.swv_schatting THEN 1000 * nu.swv_verwijzingen / nullif(nu.swv_leerlingen_laag, 0) END AS swv_verwijzingen_per_1000_max,
	(SELECT count(*) FROM scholen s WHERE s.kring = nu.kring AND s.soort IN ('bao', 'sbo'))::INTEGER AS scholen
FROM per_1000 nu
LEFT JOIN per_1000 vorig ON vorig.kring = nu.kring AND vorig.schooljaar <> nu.schooljaar
WHERE nu.schooljaar = (SELECT sj FROM gekozen_jaar)
ORDER BY nu.verwijzingen_per_1000 DESC NULLS LAST, nu.kring
