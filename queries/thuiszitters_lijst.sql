-- thuiszitters_lijst: de maandaglijst van bestuur en adviseur: thuiszitmeldingen die op de peildatum lopen
-- en dan langer dan 3 maanden (91 dagen) duren, met de pseudonieme leerlingcode, woongemeente, school
-- van inschrijving, dagen thuis en reden. Langste eerst. Nooit voor een school of de beheerder.
-- @param schooljaar schooljaar?
-- @param peildatum date?
-- @scope all
-- @roles bestuur adviseur
-- @public dagen
-- The peildatum and the meldingen against it: one definition for the five thuiszitters queries (schema.ts).
WITH peil AS (SELECT * FROM thuiszitters_peil($schooljaar, $peildatum)),
thuis AS (SELECT * FROM thuiszitters_thuis($schooljaar, $peildatum))
SELECT t.melding_id, t.leerling, t.gemeente,
	CASE WHEN t.brin IS NULL THEN NULL ELSE t.brin || t.vestiging END AS school,
	coalesce(s.naam, 'Niet ingeschreven') AS naam, t.soort, t.startdatum, t.dagen::INTEGER AS dagen, t.reden
FROM thuis t
LEFT JOIN scholen s ON s.brin = t.brin AND s.vestiging = t.vestiging
WHERE t.lopend AND t.dagen > 91
ORDER BY t.dagen DESC, t.melding_id
