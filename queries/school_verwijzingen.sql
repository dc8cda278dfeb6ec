-- school_verwijzingen: voor één school (brin + vestiging) per schooljaar de leerlingen op de
-- referentieteldatum, de TLVs met deze school als herkomst (besluitdatum in het schooljaar) en
-- verwijzingen_per_1000, naast de eigen kring, het SWV (verhoudingen van sommen) en de verdeling van
-- alle scholen met leerlingen (P25, mediaan, P75; anoniem). Schooljaren zonder telling: geen cijfer.
-- @param school school
-- @scope school
-- @count leerlingen tlv_sbo tlv_so verwijzingen kring_leerlingen kring_verwijzingen swv_leerlingen swv_verwijzingen
-- @total verwijzingen = tlv_sbo + tlv_so
-- @rate verwijzingen_per_1000 from verwijzingen leerlingen
-- @rate kring_verwijzingen_per_1000 from kring_verwijzingen kring_leerlingen
-- @rate swv_verwijzingen_per_1000 from swv_verwijzingen swv_leerlingen
-- The anonymous distribution of all schools of the SWV (docs/cijfers.md: allowed for a school account):
-- @public scholen_p25 scholen_mediaan scholen_p75 scholen
-- A kring of fewer than 5 schools: its figures would tell a school about the others.
-- @schools kring_scholen for kring_leerlingen kring_verwijzingen
-- An estimate from DUO's <5 cells (telling.leerlingen_min/_max) carries its smallest and largest
-- possible value (`_min`, `_max`; NULL when every count is exact), as in kerncijfers.
-- @count leerlingen_min leerlingen_max
-- @rate verwijzingen_per_1000_min from verwijzingen leerlingen
-- @rate verwijzingen_per_1000_max from verwijzingen leerlingen
-- @rate kring_verwijzingen_per_1000_min from kring_verwijzingen kring_leerlingen
-- @rate kring_verwijzingen_per_1000_max from kring_verwijzingen kring_leerlingen
-- @rate swv_verwijzingen_per_1000_min from swv_verwijzingen swv_leerlingen
-- @rate swv_verwijzingen_per_1000_max from swv_verwijzingen swv_leerlingen
-- Per school and schooljaar the telling and the TLVs are computed once per import (vooraf_school_jaar).
WITH per_school AS (
	SELECT v.schooljaar, v.referentie_teldatum, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
		v.leerlingen,
		coalesce(v.leerlingen_min, v.leerlingen) AS laag, coalesce(v.leerlingen_max, v.leerlingen) AS hoog,
		(v.leerlingen_min IS NOT NULL OR v.leerlingen_max IS NOT NULL) AS schatting,
		-- Without any TLV loaded: "geen gegevens" (NULL, and so every sum and rate built on it), never 0.
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN v.tlv_sbo END AS tlv_sbo,
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN v.tlv_so END AS tlv_so
	FROM vooraf_school_jaar v JOIN scholen s USING (brin, vestiging)
	WHERE v.referentie_teldatum IS NOT NULL AND s.soort IN ('bao', 'sbo')
),
vergelijking AS (
	SELECT *,
		tlv_sbo + tlv_so AS verwijzingen,
		1000 * (tlv_sbo + tlv_so) / nullif(leerlingen, 0) AS w,
		1000 * sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar, kring) / nullif(sum(leerlingen) OVER (PARTITION BY schooljaar, kring), 0) AS kring_w,
		1000 * sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar) / nullif(sum(leerlingen) OVER (PARTITION BY schooljaar), 0) AS swv_w,
		sum(leerlingen) OVER (PARTITION BY schooljaar, kring) AS kring_leerlingen,
		sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar, kring) AS kring_verwijzingen,
		sum(leerlingen) OVER (PARTITION BY schooljaar) AS swv_leerlingen,
		sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar) AS swv_verwijzingen,
		count(*) OVER (PARTITION BY schooljaar, kring) AS kring_scholen,
		sum(laag) OVER (PARTITION BY schooljaar, kring) AS kring_laag, sum(hoog) OVER (PARTITION BY schooljaar, kring) AS kring_hoog,
		coalesce(bool_or(schatting) OVER (PARTITION BY schooljaar, kring), false) AS kring_schatting,
		sum(laag) OVER (PARTITION BY schooljaar) AS swv_laag, sum(hoog) OVER (PARTITION BY schooljaar) AS swv_hoog,
		coalesce(bool_or(schatting) OVER (PARTITION BY schooljaar), false) AS swv_schatting
	FROM per_school
),
verdeling AS (
	SELECT schooljaar,
		quantile_cont(w, 0.25) AS p25, quantile_cont(w, 0.5) AS mediaan, quantile_cont(w, 0.75) AS p75,
		count(w)::INTEGER AS scholen
	FROM vergelijking GROUP BY schooljaar
)
SELECT v.schooljaar, v.referentie_teldatum, v.school, v.naam, v.soort, v.kring,
	v.leerlingen::INTEGER AS leerlingen, v.tlv_sbo::INTEGER AS tlv_sbo, v.tlv_so::INTEGER AS tlv_so, v.verwijzingen::INTEGER AS verwijzingen,
	v.w AS verwijzingen_per_1000,
	v.kring_w AS kring_verwijzingen_per_1000,
	v.swv_w AS swv_verwijzingen_per_1000,
	d.p25 AS scholen_p25, d.mediaan AS scholen_mediaan, d.p75 AS scholen_p75, d.scholen,
	v.kring_leerlingen::INTEGER AS kring_leerlingen, v.kring_verwijzingen::INTEGER AS kring_verwijzingen,
	v.swv_leerlingen::INTEGER AS swv_leerlingen, v.swv_verwijzingen::INTEGER AS swv_verwijzingen,
	v.kring_scholen::INTEGER AS kring_scholen,
	CASE WHEN v.schatting THEN v.laag::INTEGER END AS leerlingen_min,
	CASE WHEN v.schatting THEN v.hoog::INTEGER END AS leerlingen_max,
	CASE WHEN v.schatting THEN 1000 * v.verwijzingen / nullif(v.hoog, 0) END AS verwijzingen_per_1000_min,
	CASE WHEN v.schatting THEN 1000 * v.verwijzingen / nullif(v.laag, 0) END AS verwijzingen_per_1000_max,
	CASE WHEN v.kring_schatting THEN 1000 * v.kring_verwijzingen / nullif(v.kring_hoog, 0) END AS kring_verwijzingen_per_1000_min,
	CASE WHEN v.kring_schatting THEN 1000 * v.kring_verwijzingen / nullif(v.kring_laag, 0) END AS kring_verwijzingen_per_1000_max,
	CASE WHEN v.swv_schatting THEN 1000 * v.swv_verwijzingen / nullif(v.swv_hoog, 0) END AS swv_verwijzingen_per_1000_min,
	CASE WHEN v.swv_schatting THEN 1000 * v.swv_verwijzingen / nullif(v.swv_laag, 0) END AS swv_verwijzingen_per_1000_max
FROM vergelijking v JOIN verdeling d USING (schooljaar)
WHERE v.school = $school
ORDER BY v.schooljaar
