-- thuiszitters_per_gemeente: per woongemeente de thuiszitters op de peildatum (standaard 1 oktober van het
-- schooljaar), wie daarvan langer dan 3 maanden thuiszit, de nieuwe meldingen in het schooljaar en de
-- lopende vrijstellingen (ernaast, niet opgeteld). Geen per 1.000: de telling kent de woongemeente niet.
-- Alleen bestuur en adviseur zien aantallen van 1 tot 4; iedereen anders ziet <5 (docs/cijfers.md).
-- @param schooljaar schooljaar?
-- @param peildatum date?
-- @scope all
-- @exact bestuur adviseur
-- @count thuiszitters langer_3_maanden nieuw vrijstellingen
-- @sum thuiszitters
-- @sum nieuw
-- The peildatum and the meldingen against it: one definition for the five thuiszitters queries (schema.ts).
WITH peil AS (SELECT * FROM thuiszitters_peil($schooljaar, $peildatum)),
thuis AS (SELECT * FROM thuiszitters_thuis($schooljaar, $peildatum)),
vrij AS (
	SELECT v.gemeente, count(*) AS n FROM verzuim v, peil p
	WHERE v.soort LIKE 'vrijstelling%' AND v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum)
	GROUP BY 1
),
gemeenten AS (SELECT DISTINCT gemeente FROM verzuim)
SELECT (SELECT sj FROM peil) AS schooljaar, (SELECT peildatum FROM peil) AS peildatum, g.gemeente,
	(SELECT count(DISTINCT leerling) FROM thuis t WHERE t.gemeente = g.gemeente AND t.lopend)::INTEGER AS thuiszitters,
	(SELECT count(DISTINCT leerling) FROM thuis t WHERE t.gemeente = g.gemeente AND t.lopend AND t.dagen > 91)::INTEGER AS langer_3_maanden,
	(SELECT count(*) FROM thuis t WHERE t.gemeente = g.gemeente AND t.nieuw)::INTEGER AS nieuw,
	coalesce(vr.n, 0)::INTEGER AS vrijstellingen
FROM gemeenten g LEFT JOIN vrij vr USING (gemeente)
ORDER BY thuiszitters DESC, nieuw DESC, g.gemeente
