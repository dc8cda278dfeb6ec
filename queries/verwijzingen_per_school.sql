-- verwijzingen_per_school: per schoollocatie (bao en sbo) de leerlingen op de referentieteldatum van het
-- schooljaar, de TLVs (besluitdatum in het schooljaar) met die school als herkomst, per soort, en
-- verwijzingen_per_1000, naast het cijfer van de eigen kring (verhouding van sommen). Een school met
-- 0 leerlingen of zonder telling krijgt geen cijfer (geen gegevens). Het schooljaar kiest de pagina (src/lib/server/pagina.ts).
-- Lijst van alle scholen: niet voor een schoolaccount.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope all
-- @rijfilter kring=kring gemeente=gemeente schoolsoort=soort
WITH gekozen_jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
-- Per school and schooljaar the telling and the TLVs are computed once per import (vooraf_school_jaar).
per_school AS (
	SELECT s.brin || s.vestiging AS school, s.naam, s.soort, s.kring, s.gemeente,
		(SELECT min(x.referentie_teldatum) FROM vooraf_school_jaar x WHERE x.schooljaar = (SELECT sj FROM gekozen_jaar)) AS referentie_teldatum,
		v.leerlingen::INTEGER AS leerlingen,
		coalesce(v.tlv_sbo, 0)::INTEGER AS tlv_sbo,
		coalesce(v.tlv_so, 0)::INTEGER AS tlv_so
	FROM scholen s
	LEFT JOIN vooraf_school_jaar v ON v.brin = s.brin AND v.vestiging = s.vestiging AND v.schooljaar = (SELECT sj FROM gekozen_jaar)
	-- Without any TLV loaded there is nothing to count: no rows, so no school reads 0.
	WHERE s.soort IN ('bao', 'sbo') AND EXISTS (SELECT 1 FROM tlv)
),
met_kring AS (
	SELECT *, tlv_sbo + tlv_so AS verwijzingen,
		1000 * (tlv_sbo + tlv_so) / nullif(leerlingen, 0) AS verwijzingen_per_1000,
		1000 * sum(tlv_sbo + tlv_so) OVER (PARTITION BY kring) / nullif(sum(leerlingen) OVER (PARTITION BY kring), 0) AS kring_verwijzingen_per_1000
	FROM per_school
)
SELECT (SELECT sj FROM gekozen_jaar) AS schooljaar, *
FROM met_kring
WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
ORDER BY verwijzingen_per_1000 DESC NULLS LAST, school
