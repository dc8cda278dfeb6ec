-- vo_school_deelname: one VO school (docs/cijfers.md) per teldatum, oldest first: its pupils, lwoo,
-- pupils with a valid vso-TLV who came from it (herkomst), vso-TLVs decided in the schooljaar of the
-- teldatum that came from it, and as rates over its own pupils deelname_lwoo_pct, deelname_vso_pct and
-- vso_tlv_per_1000, with the same teldatum a year earlier (vorig_). Its kring: vo_deelname_per_kring;
-- the SWV: kerncijfers.
-- @param school school
-- @scope school
-- @count leerlingen leerlingen_lwoo leerlingen_vso tlv_vso vorig_leerlingen vorig_leerlingen_lwoo vorig_leerlingen_vso vorig_tlv_vso
-- @rate deelname_lwoo_pct from leerlingen_lwoo leerlingen
-- @rate deelname_vso_pct from leerlingen_vso leerlingen
-- @rate vso_tlv_per_1000 from tlv_vso leerlingen
-- @rate vorig_deelname_lwoo_pct from vorig_leerlingen_lwoo vorig_leerlingen
-- @rate vorig_deelname_vso_pct from vorig_leerlingen_vso vorig_leerlingen
-- @rate vorig_vso_tlv_per_1000 from vorig_tlv_vso vorig_leerlingen
WITH de_school AS (
	SELECT brin, vestiging, naam, soort, kring FROM scholen WHERE brin || vestiging = $school
),
per_teldatum AS (
	SELECT t.teldatum, schooljaar(t.teldatum) AS schooljaar, t.leerlingen,
		CASE WHEN s.soort = 'vo' THEN t.lwoo END AS leerlingen_lwoo,
		vso_leerlingen_van(s.brin, s.vestiging, t.teldatum) AS leerlingen_vso,
		vso_besluiten_van(s.brin, s.vestiging, schooljaar(t.teldatum)) AS tlv_vso
	FROM de_school s JOIN telling t ON t.brin = s.brin AND t.vestiging = s.vestiging
)
SELECT nu.schooljaar, nu.teldatum, s.naam, s.soort, s.kring,
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
FROM per_teldatum nu
CROSS JOIN de_school s
LEFT JOIN per_teldatum vorig ON vorig.teldatum = nu.teldatum - INTERVAL 1 YEAR
ORDER BY nu.teldatum
