-- monitor_info: the name of the SWV and whether this is the demo database, for the page header.
-- @scope swv
SELECT
	coalesce((SELECT value FROM meta WHERE key = 'swv_naam'), CASE WHEN (SELECT value FROM meta WHERE key = 'demo') = 'ja' THEN 'SWV PO Voorbeeldregio (demo)' ELSE 'Samenwerkingsverband' END) AS swv_naam,
	coalesce((SELECT value FROM meta WHERE key = 'demo') = 'ja', false) AS demo,
	(SELECT max(tijdstip) FROM import_log WHERE uitkomst = 'ingelezen') AS laatste_import
