-- doelmatigheid_uren_verwijzingen: per regular school of the sector (docs/cijfers.md: bao in PO; vo and pro
-- in VO, whose verwijzingen are its vso-TLVs by herkomst, as for the expertteam per school), expertteam hours per
-- 100 pupils in the schooljaar against the change in verwijzingen_per_1000: this schooljaar's minus the
-- mean of the two schooljaren before (each at its reference teldatum; verwijzingen = TLVs with
-- besluitdatum in the schooljaar, by herkomst). Only schools with pupils in all three schooljaren;
-- without any expertteam_inzet in the schooljaar the hours are NULL, and without any TLV the
-- verwijzingen ("geen gegevens"), never 0.
-- An association to look at, not a cause: the page says so.
-- @param schooljaar schooljaar
-- @scope all
-- @count leerlingen verwijzingen
-- @rate verwijzingen_per_1000 from verwijzingen leerlingen
-- @rate verwijzingen_per_1000_voorheen from leerlingen
-- @rate verandering_per_1000 from verwijzingen leerlingen
-- @public expertteam_uren uren_per_100_leerlingen
WITH jaren AS (
	SELECT CAST(CAST(left($schooljaar, 4) AS INTEGER) - terug AS VARCHAR) || '-' || CAST(CAST(left($schooljaar, 4) AS INTEGER) - terug + 1 AS VARCHAR) AS sj, terug
	FROM range(3) r(terug)
),
referentie AS (
	-- the first teldatum of each, computed once per import (vooraf_referentie_teldatum)
	SELECT j.sj, j.terug, r.teldatum FROM jaren j JOIN vooraf_referentie_teldatum r ON r.schooljaar = j.sj
),
verwijzingen AS (
	SELECT schooljaar(besluitdatum) AS sj, herkomst_brin AS brin, herkomst_vestiging AS vestiging, count(*) AS n
	FROM tlv WHERE herkomst_brin IS NOT NULL GROUP BY ALL
),
per_jaar AS (
	SELECT r.terug, s.brin, s.vestiging, t.leerlingen,
		CASE WHEN h.ja THEN coalesce(v.n, 0) END AS verwijzingen,
		CASE WHEN h.ja THEN 1000 * coalesce(v.n, 0) / nullif(t.leerlingen, 0) END AS per_1000
	FROM referentie r
	CROSS JOIN (SELECT EXISTS (SELECT 1 FROM tlv) AS ja) h
	JOIN telling t ON t.teldatum = r.teldatum
	JOIN scholen s ON s.brin = t.brin AND s.vestiging = t.vestiging AND s.soort IN ('bao', 'vo', 'pro')
	LEFT JOIN verwijzingen v ON v.sj = r.sj AND v.brin = s.brin AND v.vestiging = s.vestiging
),
uren AS (
	-- The hours per school computed once per import (vooraf_expertteam_school, src/lib/server/vooraf-uren.ts).
	SELECT brin, vestiging, sum(uren) AS uren FROM vooraf_expertteam_school WHERE schooljaar = $schooljaar AND brin IS NOT NULL GROUP BY ALL
),
geboekt AS (
	SELECT EXISTS (SELECT 1 FROM vooraf_expertteam_school WHERE schooljaar = $schooljaar) AS ja
),
per_school AS (
	SELECT brin, vestiging,
		any_value(leerlingen) FILTER (WHERE terug = 0) AS leerlingen,
		any_value(verwijzingen) FILTER (WHERE terug = 0) AS verwijzingen,
		any_value(per_1000) FILTER (WHERE terug = 0) AS nu,
		avg(per_1000) FILTER (WHERE terug > 0) AS voorheen,
		count(leerlingen) AS jaren
	FROM per_jaar GROUP BY ALL
)
SELECT $schooljaar AS schooljaar, p.brin || p.vestiging AS school, s.naam, s.kring,
	p.leerlingen::INTEGER AS leerlingen,
	p.verwijzingen::INTEGER AS verwijzingen,
	CASE WHEN g.ja THEN coalesce(u.uren, 0) END::DOUBLE AS expertteam_uren,
	CASE WHEN g.ja THEN 100 * coalesce(u.uren, 0) / nullif(p.leerlingen, 0) END AS uren_per_100_leerlingen,
	p.nu AS verwijzingen_per_1000,
	p.voorheen AS verwijzingen_per_1000_voorheen,
	p.nu - p.voorheen AS verandering_per_1000
FROM per_school p
JOIN scholen s USING (brin, vestiging)
CROSS JOIN geboekt g
LEFT JOIN uren u USING (brin, vestiging)
WHERE p.jaren = 3
ORDER BY s.kring, s.naam
