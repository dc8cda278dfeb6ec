-- expertteam_opties: the values the filters of the expertteam page offer: every schooljaar, kring,
-- organisatie, expertise and activiteit that occurs in the hours or the formatie.
-- @scope swv
-- Computed once per import (vooraf_expertteam_opties, src/lib/server/vooraf-uren.ts).
SELECT filter, waarde FROM vooraf_expertteam_opties
ORDER BY filter, waarde
