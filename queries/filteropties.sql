-- filteropties: de keuzes voor de filters van de pagina's (kring, gemeente, schoolsoort), met het
-- aantal scholen per keuze. Eén rij per keuze: filter = 'kring' | 'gemeente' | 'schoolsoort'.
-- @scope swv
-- The number of schools per choice (not about pupils).
-- @public scholen
SELECT 'kring' AS filter, kring AS waarde, count(*)::INTEGER AS scholen FROM scholen WHERE kring IS NOT NULL GROUP BY kring
UNION ALL
SELECT 'gemeente', gemeente, count(*)::INTEGER FROM scholen GROUP BY gemeente
UNION ALL
SELECT 'schoolsoort', soort, count(*)::INTEGER FROM scholen GROUP BY soort
ORDER BY filter, waarde
