-- monitor_info: the name of the SWV and whether this is the demo database, for the page header.
-- The demo database stops being one at the first import by anyone else (auth/accounts.ts, isDemo).
-- @scope swv
WITH demo AS (
	SELECT coalesce((SELECT value FROM meta WHERE key = 'demo') = 'ja', false)
		AND NOT EXISTS (SELECT 1 FROM import_log WHERE uitkomst = 'ingelezen' AND gebruiker <> 'demo') AS ja
)
SELECT
	coalesce((SELECT value FROM meta WHERE key = 'swv_naam'), CASE WHEN (SELECT ja FROM demo) THEN 'SWV PO Voorbeeldregio (demo)' ELSE 'Samenwerkingsverband' END) AS swv_naam,
	(SELECT ja FROM demo) AS demo,
	(SELECT max(tijdstip) FROM import_log WHERE uitkomst = 'ingelezen') AS laatste_import
