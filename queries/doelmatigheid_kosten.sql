-- doelmatigheid_kosten: kosten_per_arrangement per soort and per naam (e.g. TOP-groep), per
-- schooljaar of the startdatum, with the whole bedrag in that year (as arrangementen_kosten):
-- Σ bedrag ÷ arrangements with a bedrag. Every schooljaar, so a page sets this year beside last year.
-- @scope all
-- @count arrangementen
-- @rate kosten from arrangementen
-- @rate kosten_per_arrangement from arrangementen
-- Computed once per import (vooraf_doelmatigheid_kosten, src/lib/server/vooraf-uren.ts: the query that was here).
SELECT * FROM vooraf_doelmatigheid_kosten
ORDER BY schooljaar, soort, naam
