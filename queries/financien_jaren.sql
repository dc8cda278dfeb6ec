-- financien_jaren: the SWV's own accounts per boekjaar (docs/cijfers.md), oldest first:
-- baten, lasten, resultaat (baten − lasten), the begroting beside them with realisatie_pct
-- (100 × realised ÷ begroot), eigen_vermogen against the Inspectie's signaleringswaarde
-- (max(0,035 × baten, € 250.000)) and how far above it (reserve_boven_signalering, negative = below),
-- and the afdrachten so and sbo per TLV valid on 1 februari of the year (distinct pupils holding a TLV
-- of that soort: ingangsdatum ≤ 1 feb ≤ einddatum or open). `leerlingen` are the bao + sbo pupils at
-- the latest teldatum on or before 1 februari: the base of the scenario (deelname so in procentpunt).
-- A year without rows of a soort gives NULL for it ("geen gegevens"), never 0. Full precision.
-- Not for a school account (scope all): the SWV's accounts are the board's.
-- @scope all
-- @count tlv_so tlv_sbo leerlingen
-- @rate afdracht_per_tlv_so from tlv_so
-- @rate afdracht_per_tlv_sbo from tlv_sbo
-- @rate deelname_so_pct from tlv_so leerlingen
-- @public jaar baten lasten resultaat begroting_baten begroting_lasten begroot_resultaat realisatie_baten_pct realisatie_lasten_pct
-- @public eigen_vermogen signaleringswaarde reserve_boven_signalering afdracht_so afdracht_sbo
WITH per_jaar AS (
	SELECT jaar,
		sum(bedrag) FILTER (WHERE soort = 'baten') AS baten,
		sum(bedrag) FILTER (WHERE soort = 'lasten') AS lasten,
		sum(bedrag) FILTER (WHERE soort = 'begroting_baten') AS begroting_baten,
		sum(bedrag) FILTER (WHERE soort = 'begroting_lasten') AS begroting_lasten,
		sum(bedrag) FILTER (WHERE soort = 'eigen_vermogen') AS eigen_vermogen,
		sum(bedrag) FILTER (WHERE soort = 'lasten' AND lower(post) = 'afdracht so') AS afdracht_so,
		sum(bedrag) FILTER (WHERE soort = 'lasten' AND lower(post) = 'afdracht sbo') AS afdracht_sbo
	FROM financien
	GROUP BY jaar
),
tlv_op_1_februari AS (
	SELECT p.jaar,
		count(DISTINCT t.leerling) FILTER (WHERE t.soort = 'so') AS tlv_so,
		count(DISTINCT t.leerling) FILTER (WHERE t.soort = 'sbo') AS tlv_sbo
	FROM per_jaar p
	JOIN tlv t ON t.ingangsdatum <= make_date(p.jaar, 2, 1) AND (t.einddatum IS NULL OR t.einddatum >= make_date(p.jaar, 2, 1))
	GROUP BY p.jaar
),
teldatum_voor_1_februari AS (
	SELECT p.jaar, max(t.teldatum) AS teldatum
	FROM per_jaar p JOIN (SELECT DISTINCT teldatum FROM telling) t ON t.teldatum <= make_date(p.jaar, 2, 1)
	GROUP BY p.jaar
),
leerlingen AS (
	SELECT d.jaar, sum(t.leerlingen) AS leerlingen
	FROM teldatum_voor_1_februari d
	JOIN telling t ON t.teldatum = d.teldatum
	JOIN scholen s ON s.brin = t.brin AND s.vestiging = t.vestiging AND s.soort IN ('bao', 'sbo')
	GROUP BY d.jaar
)
SELECT p.jaar::INTEGER AS jaar,
	p.baten::DOUBLE AS baten,
	p.lasten::DOUBLE AS lasten,
	(p.baten - p.lasten)::DOUBLE AS resultaat,
	p.begroting_baten::DOUBLE AS begroting_baten,
	p.begroting_lasten::DOUBLE AS begroting_lasten,
	(p.begroting_baten - p.begroting_lasten)::DOUBLE AS begroot_resultaat,
	100 * p.baten::DOUBLE / nullif(p.begroting_baten, 0) AS realisatie_baten_pct,
	100 * p.lasten::DOUBLE / nullif(p.begroting_lasten, 0) AS realisatie_lasten_pct,
	p.eigen_vermogen::DOUBLE AS eigen_vermogen,
	greatest(0.035 * p.baten::DOUBLE, 250000) AS signaleringswaarde,
	p.eigen_vermogen::DOUBLE - greatest(0.035 * p.baten::DOUBLE, 250000) AS reserve_boven_signalering,
	p.afdracht_so::DOUBLE AS afdracht_so,
	p.afdracht_sbo::DOUBLE AS afdracht_sbo,
	t.tlv_so::INTEGER AS tlv_so,
	t.tlv_sbo::INTEGER AS tlv_sbo,
	p.afdracht_so::DOUBLE / nullif(t.tlv_so, 0) AS afdracht_per_tlv_so,
	p.afdracht_sbo::DOUBLE / nullif(t.tlv_sbo, 0) AS afdracht_per_tlv_sbo,
	l.leerlingen::INTEGER AS leerlingen,
	100 * t.tlv_so::DOUBLE / nullif(l.leerlingen, 0) AS deelname_so_pct
FROM per_jaar p
LEFT JOIN tlv_op_1_februari t USING (jaar)
LEFT JOIN leerlingen l USING (jaar)
ORDER BY p.jaar
