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
-- Computed once per import (vooraf_financien_jaren, src/lib/server/vooraf-uren.ts: the query that was
-- here; it has no parameters).
SELECT * FROM vooraf_financien_jaren
ORDER BY jaar
