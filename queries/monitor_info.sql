-- monitor_info: the name of the SWV and whether this is the demo database, for the page header.
-- The demo database stops being one at the first import by anyone else (auth/accounts.ts, isDemo).
-- sector: 'po' or 'vo', from the soorten in scholen (docs/cijfers.md; the import refuses a mix), so pages
-- pick their words (src/lib/sector.ts); a database without schools is 'po'.
-- @scope swv
WITH demo AS (
	SELECT coalesce((SELECT value FROM meta WHERE key = 'demo') = 'ja', false)
		AND NOT EXISTS (SELECT 1 FROM import_log WHERE uitkomst = 'ingelezen' AND gebruiker <> 'demo') AS ja
)
SELECT
	coalesce((SELECT value FROM meta WHERE key = 'swv_naam'), CASE WHEN (SELECT ja FROM demo) THEN CASE WHEN EXISTS (SELECT 1 FROM scholen WHERE soort IN ('vo', 'pro', 'vso')) THEN 'SWV VO Voorbeeldregio (demo)' ELSE 'SWV PO Voorbeeldregio (demo)' END ELSE 'Samenwerkingsverband' END) AS swv_naam,
	(SELECT ja FROM demo) AS demo,
	CASE WHEN EXISTS (SELECT 1 FROM scholen WHERE soort IN ('vo', 'pro', 'vso')) THEN 'vo' ELSE 'po' END AS sector,
	(SELECT max(tijdstip) FROM import_log WHERE uitkomst = 'ingelezen') AS laatste_import
