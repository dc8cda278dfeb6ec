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
SELECT schooljaar(a.startdatum) AS schooljaar, a.soort,
	count(*)::INTEGER AS arrangementen,
	sum(a.bedrag) AS kosten,
	sum(a.bedrag) / nullif(count(a.bedrag), 0) AS kosten_per_arrangement,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM arrangementen a JOIN gekozen g USING (brin, vestiging)
GROUP BY ALL
ORDER BY 1, 2
