-- financien_posten: baten and lasten per post for one boekjaar: realised, begroot, realisatie_pct
-- (100 × realised ÷ begroot; NULL without a begroting) and the post's share of all baten or all
-- lasten of the year (aandeel_pct; for the lasten: where the money goes). A post that was only realised or only begroot appears
-- with the other side NULL. Baten first, then lasten, largest first.
-- @param jaar int
-- @scope all
-- @public jaar realisatie begroting realisatie_pct aandeel_pct
WITH realisatie AS (
	SELECT soort AS kant, post, sum(bedrag) AS bedrag FROM financien WHERE jaar = $jaar AND soort IN ('baten', 'lasten') GROUP BY ALL
),
begroting AS (
	SELECT replace(soort, 'begroting_', '') AS kant, post, sum(bedrag) AS bedrag
	FROM financien WHERE jaar = $jaar AND soort IN ('begroting_baten', 'begroting_lasten') GROUP BY ALL
),
posten AS (
	SELECT kant, post, r.bedrag AS realisatie, b.bedrag AS begroting
	FROM realisatie r FULL OUTER JOIN begroting b USING (kant, post)
)
SELECT $jaar::INTEGER AS jaar, kant, post,
	realisatie::DOUBLE AS realisatie,
	begroting::DOUBLE AS begroting,
	100 * realisatie::DOUBLE / nullif(begroting, 0) AS realisatie_pct,
	100 * realisatie::DOUBLE / nullif(sum(realisatie) OVER (PARTITION BY kant), 0) AS aandeel_pct
FROM posten
ORDER BY kant = 'lasten', realisatie DESC NULLS LAST, post
