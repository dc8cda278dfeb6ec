-- schooljaren: every schooljaar with a teldatum in the data, newest first, with its reference teldatum
-- (its earliest teldatum, docs/cijfers.md) and how many teldata it has.
-- @scope swv
-- @public teldata
SELECT r.schooljaar, r.teldatum AS referentie_teldatum, count(DISTINCT t.teldatum)::INTEGER AS teldata
-- the reference teldatum computed once per import (src/lib/server/vooraf.ts)
FROM vooraf_referentie_teldatum r
JOIN telling t ON schooljaar(t.teldatum) = r.schooljaar
GROUP BY ALL
ORDER BY 1 DESC
