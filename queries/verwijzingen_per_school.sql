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
WITH gekozen_jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
referentie AS (
	SELECT min(teldatum) AS teldatum FROM telling WHERE schooljaar(teldatum) = (SELECT sj FROM gekozen_jaar)
),
per_school AS (
	SELECT s.brin || s.vestiging AS school, s.naam, s.soort, s.kring, s.gemeente,
		(SELECT teldatum FROM referentie) AS referentie_teldatum,
		t.leerlingen::INTEGER AS leerlingen,
		(SELECT count(*) FROM tlv WHERE tlv.herkomst_brin = s.brin AND tlv.herkomst_vestiging = s.vestiging
			AND tlv.soort = 'sbo' AND schooljaar(tlv.besluitdatum) = (SELECT sj FROM gekozen_jaar))::INTEGER AS tlv_sbo,
		(SELECT count(*) FROM tlv WHERE tlv.herkomst_brin = s.brin AND tlv.herkomst_vestiging = s.vestiging
			AND tlv.soort = 'so' AND schooljaar(tlv.besluitdatum) = (SELECT sj FROM gekozen_jaar))::INTEGER AS tlv_so
	FROM scholen s
	LEFT JOIN telling t ON t.brin = s.brin AND t.vestiging = s.vestiging AND t.teldatum = (SELECT teldatum FROM referentie)
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
