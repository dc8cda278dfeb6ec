-- arrangementen_kosten: kosten van arrangementen per schooljaar en soort. Een arrangement telt in het
-- schooljaar van zijn startdatum, met zijn hele bedrag. kosten_per_arrangement = Σ bedrag ÷ aantal
-- arrangementen met een bedrag. Met filters: arrangementen op de gekozen scholen.
-- @param kring kring?
-- @param gemeente text?
-- @param schoolsoort text?
-- @scope swv
-- @count arrangementen
-- @sum arrangementen by schooljaar
-- kosten over 1–4 arrangements tells what those pupils' support cost: hidden with their count.
-- @rate kosten from arrangementen
-- @rate kosten_per_arrangement from arrangementen
-- @schools scholen
WITH gekozen AS (
	SELECT brin, vestiging FROM scholen
	WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR soort = $schoolsoort)
)
-- Per school, schooljaar and soort computed once per import (src/lib/server/vooraf-deelname.ts).
SELECT schooljaar, soort,
	sum(arrangementen)::INTEGER AS arrangementen,
	sum(kosten) AS kosten,
	sum(kosten) / nullif(sum(met_bedrag), 0) AS kosten_per_arrangement,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM vooraf_arrangement_school_jaar
WHERE ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente) AND ($schoolsoort IS NULL OR schoolsoort = $schoolsoort)
GROUP BY ALL
ORDER BY 1, 2
