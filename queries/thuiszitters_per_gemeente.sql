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
WITH gekozen AS (
	SELECT coalesce(schooljaar(CAST($peildatum AS DATE)), $schooljaar, (SELECT max(schooljaar(teldatum)) FROM telling)) AS sj
),
peil AS (
	SELECT sj, coalesce(CAST($peildatum AS DATE), make_date(CAST(left(sj, 4) AS INTEGER), 10, 1)) AS peildatum,
		make_date(CAST(left(sj, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(sj, 4) AS INTEGER) + 1, 7, 31) AS einde,
		(SELECT min(teldatum) FROM telling WHERE schooljaar(teldatum) = sj) AS teldatum
	FROM gekozen
),
thuis AS (
	SELECT v.*, date_diff('day', v.startdatum, p.peildatum) AS dagen,
		v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum) AS lopend,
		v.startdatum BETWEEN p.begin AND p.einde AS nieuw
	FROM verzuim v, peil p
	WHERE v.soort IN ('absoluut', 'langdurig_relatief')
),
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
