-- thuiszitters_lijst: de maandaglijst van bestuur en adviseur: thuiszitmeldingen die op de peildatum lopen
-- en dan langer dan 3 maanden (91 dagen) duren, met de pseudonieme leerlingcode, woongemeente, school
-- van inschrijving, dagen thuis en reden. Langste eerst. Nooit voor een school of de beheerder.
-- @param schooljaar schooljaar?
-- @param peildatum date?
-- @scope all
-- @roles bestuur adviseur
-- @public dagen
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
)
SELECT t.melding_id, t.leerling, t.gemeente,
	CASE WHEN t.brin IS NULL THEN NULL ELSE t.brin || t.vestiging END AS school,
	coalesce(s.naam, 'Niet ingeschreven') AS naam, t.soort, t.startdatum, t.dagen::INTEGER AS dagen, t.reden
FROM thuis t
LEFT JOIN scholen s ON s.brin = t.brin AND s.vestiging = t.vestiging
WHERE t.lopend AND t.dagen > 91
ORDER BY t.dagen DESC, t.melding_id
