-- doelmatigheid_kosten: kosten_per_arrangement per soort and per naam (e.g. TOP-groep), per
-- schooljaar of the startdatum, with the whole bedrag in that year (as arrangementen_kosten):
-- Σ bedrag ÷ arrangements with a bedrag. Every schooljaar, so a page sets this year beside last year.
-- @scope all
-- @count arrangementen
-- @rate kosten from arrangementen
-- @rate kosten_per_arrangement from arrangementen
SELECT schooljaar(startdatum) AS schooljaar, soort, coalesce(naam, '(zonder naam)') AS naam,
	count(*)::INTEGER AS arrangementen,
	sum(bedrag)::DOUBLE AS kosten,
	sum(bedrag)::DOUBLE / nullif(count(bedrag), 0) AS kosten_per_arrangement
FROM arrangementen
GROUP BY ALL
ORDER BY schooljaar, soort, naam
