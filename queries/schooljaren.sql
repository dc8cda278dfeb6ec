-- schooljaren: every schooljaar with a teldatum in the data, newest first, with its reference teldatum
-- (its earliest teldatum, docs/cijfers.md) and how many teldata it has.
-- @scope swv
-- @public teldata
SELECT schooljaar(teldatum) AS schooljaar, min(teldatum) AS referentie_teldatum, count(DISTINCT teldatum)::INTEGER AS teldata
FROM telling
GROUP BY 1
ORDER BY 1 DESC
