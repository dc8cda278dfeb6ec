-- expertteam_opties: the values the filters of the expertteam page offer: every schooljaar, kring,
-- organisatie, expertise and activiteit that occurs in the hours or the formatie.
-- @scope swv
SELECT DISTINCT 'schooljaar' AS filter, schooljaar AS waarde FROM expertteam_inzet
UNION SELECT 'schooljaar', schooljaar FROM expertteam_formatie
UNION SELECT 'kring', kring FROM expertteam_inzet
UNION SELECT 'kring', kring FROM expertteam_formatie
UNION SELECT 'organisatie', organisatie FROM expertteam_inzet
UNION SELECT 'expertise', expertise FROM expertteam_inzet WHERE expertise IS NOT NULL
UNION SELECT 'activiteit', activiteit FROM expertteam_inzet
ORDER BY filter, waarde
