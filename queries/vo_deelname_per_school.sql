-- vo_deelname_per_school: VO (docs/cijfers.md) per vo or pro school on the reference teldatum of the
-- schooljaar (1 oktober): its pupils, lwoo (vo schools), pupils with a valid vso-TLV who came from it
-- (herkomst), the vso-TLVs decided in the schooljaar that came from it, and as rates over the school's
-- own pupils deelname_lwoo_pct, deelname_vso_pct and vso_tlv_per_1000 — with vorig jaar (the same
-- teldatum a year earlier; the previous schooljaar's besluiten). The schooljaar is chosen by the page
-- (src/lib/server/pagina.ts).
-- @param schooljaar schooljaar
-- @param kring kring?
-- @scope all
-- @rijfilter kring=kring
-- @count leerlingen leerlingen_lwoo leerlingen_vso tlv_vso vorig_leerlingen vorig_leerlingen_lwoo vorig_leerlingen_vso vorig_tlv_vso
-- @rate deelname_lwoo_pct from leerlingen_lwoo leerlingen
-- @rate deelname_vso_pct from leerlingen_vso leerlingen
-- @rate vso_tlv_per_1000 from tlv_vso leerlingen
-- @rate vorig_deelname_lwoo_pct from vorig_leerlingen_lwoo vorig_leerlingen
-- @rate vorig_deelname_vso_pct from vorig_leerlingen_vso vorig_leerlingen
-- @rate vorig_vso_tlv_per_1000 from vorig_tlv_vso vorig_leerlingen
WITH gekozen AS (
	-- the reference teldatum, computed once per import (vooraf_referentie_teldatum); NULL without one
	SELECT max(teldatum) AS teldatum FROM vooraf_referentie_teldatum WHERE schooljaar = CAST($schooljaar AS VARCHAR)
),
teldata AS (
	SELECT teldatum, schooljaar(teldatum) AS schooljaar, 'nu' AS wanneer FROM gekozen
	UNION ALL SELECT CAST(teldatum - INTERVAL 1 YEAR AS DATE), schooljaar(CAST(teldatum - INTERVAL 1 YEAR AS DATE)), 'vorig' FROM gekozen
),
de_scholen AS (
	SELECT brin, vestiging, naam, soort, kring, gemeente FROM scholen
	WHERE soort IN ('vo', 'pro') AND ($kring IS NULL OR kring = $kring)
),
per_school AS (
	SELECT d.wanneer, d.teldatum, d.schooljaar, s.brin, s.vestiging,
		t.leerlingen,
		CASE WHEN s.soort = 'vo' THEN t.lwoo END AS leerlingen_lwoo,
		vso_leerlingen_van(s.brin, s.vestiging, d.teldatum) AS leerlingen_vso,
		vso_besluiten_van(s.brin, s.vestiging, d.schooljaar) AS tlv_vso
	FROM teldata d CROSS JOIN de_scholen s
	LEFT JOIN telling t ON t.teldatum = d.teldatum AND t.brin = s.brin AND t.vestiging = s.vestiging
)
SELECT nu.schooljaar, nu.teldatum, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring, s.gemeente,
	nu.leerlingen, nu.leerlingen_lwoo, nu.leerlingen_vso, nu.tlv_vso,
	100 * nu.leerlingen_lwoo / nullif(nu.leerlingen, 0) AS deelname_lwoo_pct,
	100 * nu.leerlingen_vso / nullif(nu.leerlingen, 0) AS deelname_vso_pct,
	1000 * nu.tlv_vso / nullif(nu.leerlingen, 0) AS vso_tlv_per_1000,
	vorig.teldatum AS vorig_teldatum,
	vorig.leerlingen AS vorig_leerlingen, vorig.leerlingen_lwoo AS vorig_leerlingen_lwoo,
	vorig.leerlingen_vso AS vorig_leerlingen_vso, vorig.tlv_vso AS vorig_tlv_vso,
	100 * vorig.leerlingen_lwoo / nullif(vorig.leerlingen, 0) AS vorig_deelname_lwoo_pct,
	100 * vorig.leerlingen_vso / nullif(vorig.leerlingen, 0) AS vorig_deelname_vso_pct,
	1000 * vorig.tlv_vso / nullif(vorig.leerlingen, 0) AS vorig_vso_tlv_per_1000
FROM per_school nu
JOIN de_scholen s USING (brin, vestiging)
LEFT JOIN per_school vorig ON vorig.wanneer = 'vorig' AND vorig.brin = nu.brin AND vorig.vestiging = nu.vestiging
WHERE nu.wanneer = 'nu' AND nu.teldatum IS NOT NULL
ORDER BY s.naam, school
