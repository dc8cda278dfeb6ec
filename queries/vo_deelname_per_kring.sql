-- vo_deelname_per_kring: VO (docs/cijfers.md) per kring (regio) on the reference teldatum of the schooljaar
-- (VO counts on 1 oktober): pupils at vo and pro schools, lwoo (at vo schools), pupils with a valid
-- vso-TLV who came from a school of the kring (herkomst), and deelname_vso_pct, deelname_pro_pct,
-- deelname_lwoo_pct over vo + pro of the kring — with the same teldatum a year earlier (vorig_) and the
-- whole SWV (swv_, as kerncijfers; vso-TLVs without a herkomstschool count there, not in a kring).
-- The schooljaar is chosen by the page (src/lib/server/pagina.ts). Ratios of sums. rang is the regio's place
-- by deelname_vso_pct (1 = the most pupils with a vso-TLV for its size) among the rang_van regio's that have one.
-- @param schooljaar schooljaar
-- @scope swv
-- @count leerlingen_vo leerlingen_pro leerlingen_lwoo leerlingen_vso
-- @count vorig_leerlingen_vo vorig_leerlingen_pro vorig_leerlingen_lwoo vorig_leerlingen_vso
-- The kringen add up to the SWV's vo, pro and lwoo pupils (kerncijfers):
-- @sum leerlingen_vo
-- @sum leerlingen_pro
-- @sum leerlingen_lwoo
-- @rate deelname_vso_pct from leerlingen_vso leerlingen_vo leerlingen_pro
-- @rate deelname_pro_pct from leerlingen_pro leerlingen_vo
-- @rate deelname_lwoo_pct from leerlingen_lwoo leerlingen_vo leerlingen_pro
-- @rate vorig_deelname_vso_pct from vorig_leerlingen_vso vorig_leerlingen_vo vorig_leerlingen_pro
-- @rate vorig_deelname_pro_pct from vorig_leerlingen_pro vorig_leerlingen_vo
-- @rate vorig_deelname_lwoo_pct from vorig_leerlingen_lwoo vorig_leerlingen_vo vorig_leerlingen_pro
-- The rank is the order of the rates: hidden with the regio's rate. The number of regio's is not about pupils.
-- @rate rang from leerlingen_vso leerlingen_vo leerlingen_pro
-- @public rang_van
-- @schools scholen
-- @kring kring
WITH gekozen AS (
	SELECT min(teldatum) AS teldatum FROM telling
	WHERE schooljaar(teldatum) = CAST($schooljaar AS VARCHAR)
),
teldata AS (
	SELECT teldatum, 'nu' AS wanneer FROM gekozen
	UNION ALL SELECT CAST(teldatum - INTERVAL 1 YEAR AS DATE), 'vorig' FROM gekozen
),
kringen AS (
	SELECT kring, count(*)::INTEGER AS scholen FROM scholen WHERE kring IS NOT NULL AND soort IN ('vo', 'pro') GROUP BY kring
),
tellingen AS (
	SELECT d.wanneer, s.kring,
		sum(t.leerlingen) FILTER (WHERE s.soort = 'vo') AS vo,
		sum(t.leerlingen) FILTER (WHERE s.soort = 'pro') AS pro,
		sum(t.lwoo) FILTER (WHERE s.soort = 'vo') AS lwoo,
		count(t.lwoo) FILTER (WHERE s.soort = 'vo') > 0 AS lwoo_geteld
	FROM teldata d JOIN telling t ON t.teldatum = d.teldatum JOIN scholen s USING (brin, vestiging)
	WHERE s.kring IS NOT NULL
	GROUP BY ALL
),
vso AS (
	SELECT d.wanneer, s.kring, count(DISTINCT v.leerling) AS vso
	FROM teldata d
	JOIN tlv v ON v.soort = 'vso' AND v.ingangsdatum <= d.teldatum AND (v.einddatum IS NULL OR v.einddatum >= d.teldatum)
	JOIN scholen s ON s.brin = v.herkomst_brin AND s.vestiging = v.herkomst_vestiging
	GROUP BY ALL
),
per_kring AS (
	SELECT d.wanneer, d.teldatum, k.kring, k.scholen,
		coalesce(t.vo, 0)::INTEGER AS leerlingen_vo,
		coalesce(t.pro, 0)::INTEGER AS leerlingen_pro,
		CASE WHEN t.lwoo_geteld THEN t.lwoo::INTEGER END AS leerlingen_lwoo,
		-- Without any TLV loaded there is nothing to count: "geen gegevens", never 0.
		CASE WHEN g.ja THEN coalesce(v.vso, 0)::INTEGER END AS leerlingen_vso,
		100 * leerlingen_vso / nullif(leerlingen_vo + leerlingen_pro, 0) AS deelname_vso_pct,
		100 * leerlingen_pro / nullif(leerlingen_vo + leerlingen_pro, 0) AS deelname_pro_pct,
		100 * leerlingen_lwoo / nullif(leerlingen_vo + leerlingen_pro, 0) AS deelname_lwoo_pct
	FROM teldata d CROSS JOIN kringen k CROSS JOIN (SELECT EXISTS (SELECT 1 FROM tlv) AS ja) g
	LEFT JOIN tellingen t ON t.wanneer = d.wanneer AND t.kring = k.kring
	LEFT JOIN vso v ON v.wanneer = d.wanneer AND v.kring = k.kring
)
SELECT schooljaar(nu.teldatum) AS schooljaar, nu.teldatum, nu.kring,
	nu.leerlingen_vo, nu.leerlingen_pro, nu.leerlingen_lwoo, nu.leerlingen_vso,
	nu.deelname_vso_pct, nu.deelname_pro_pct, nu.deelname_lwoo_pct,
	CASE WHEN nu.deelname_vso_pct IS NOT NULL THEN (rank() OVER (PARTITION BY nu.deelname_vso_pct IS NULL ORDER BY nu.deelname_vso_pct DESC))::INTEGER END AS rang,
	CASE WHEN nu.deelname_vso_pct IS NOT NULL THEN (count(nu.deelname_vso_pct) OVER ())::INTEGER END AS rang_van,
	vorig.teldatum AS vorig_teldatum,
	vorig.leerlingen_vo AS vorig_leerlingen_vo, vorig.leerlingen_pro AS vorig_leerlingen_pro,
	vorig.leerlingen_lwoo AS vorig_leerlingen_lwoo, vorig.leerlingen_vso AS vorig_leerlingen_vso,
	vorig.deelname_vso_pct AS vorig_deelname_vso_pct, vorig.deelname_pro_pct AS vorig_deelname_pro_pct,
	vorig.deelname_lwoo_pct AS vorig_deelname_lwoo_pct,
	nu.scholen
FROM per_kring nu
LEFT JOIN per_kring vorig ON vorig.kring = nu.kring AND vorig.wanneer = 'vorig'
WHERE nu.wanneer = 'nu' AND nu.teldatum IS NOT NULL
ORDER BY nu.kring
