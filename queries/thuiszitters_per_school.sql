-- thuiszitters_per_school: per school van inschrijving (en één regel voor leerlingen die nergens staan
-- ingeschreven) de thuiszitters op de peildatum, wie daarvan langer dan 3 maanden thuiszit, de nieuwe
-- meldingen in het schooljaar en de leerlingen op de referentieteldatum. Alleen scholen met een melding.
-- @param schooljaar schooljaar?
-- @param peildatum date?
-- @scope all
-- @count thuiszitters langer_3_maanden nieuw leerlingen
-- @rate thuiszitters_per_1000 from thuiszitters leerlingen
-- The peildatum and the meldingen against it: one definition for the five thuiszitters queries (schema.ts).
WITH peil AS (SELECT * FROM thuiszitters_peil($schooljaar, $peildatum)),
thuis AS (SELECT * FROM thuiszitters_thuis($schooljaar, $peildatum)),
per_school AS (
	SELECT t.brin, t.vestiging,
		count(DISTINCT leerling) FILTER (WHERE t.lopend) AS thuiszitters,
		count(DISTINCT leerling) FILTER (WHERE t.lopend AND t.dagen > 91) AS langer_3_maanden,
		count(*) FILTER (WHERE t.nieuw) AS nieuw
	FROM thuis t GROUP BY ALL
	HAVING count(*) FILTER (WHERE t.lopend OR t.nieuw) > 0
)
SELECT (SELECT sj FROM peil) AS schooljaar, (SELECT peildatum FROM peil) AS peildatum,
	CASE WHEN x.brin IS NULL THEN NULL ELSE x.brin || x.vestiging END AS school,
	coalesce(s.naam, 'Niet ingeschreven') AS naam, s.kring, s.gemeente,
	x.thuiszitters::INTEGER AS thuiszitters, x.langer_3_maanden::INTEGER AS langer_3_maanden, x.nieuw::INTEGER AS nieuw,
	tl.leerlingen::INTEGER AS leerlingen,
	1000 * x.thuiszitters / nullif(tl.leerlingen, 0) AS thuiszitters_per_1000
FROM per_school x
LEFT JOIN scholen s ON s.brin = x.brin AND s.vestiging = x.vestiging
LEFT JOIN telling tl ON tl.brin = x.brin AND tl.vestiging = x.vestiging AND tl.teldatum = (SELECT teldatum FROM peil)
ORDER BY x.brin IS NULL, x.thuiszitters DESC, x.nieuw DESC, naam
