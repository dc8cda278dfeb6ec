-- thuiszitters_redenen: per reden (een code, nooit vrije tekst) de thuiszitters op de peildatum en de
-- nieuwe meldingen in het schooljaar; meldingen zonder reden als 'onbekend'.
-- @param schooljaar schooljaar?
-- @param peildatum date?
-- @scope swv
-- @count thuiszitters nieuw
-- @sum thuiszitters
-- @sum nieuw
-- The peildatum and the meldingen against it: one definition for the five thuiszitters queries (schema.ts).
WITH peil AS (SELECT * FROM thuiszitters_peil($schooljaar, $peildatum)),
thuis AS (SELECT * FROM thuiszitters_thuis($schooljaar, $peildatum)),
redenen AS (
	SELECT unnest(['gedrag', 'psychisch', 'lichamelijk', 'geen_passend_aanbod', 'wachtlijst', 'overig', 'onbekend']) AS reden
)
SELECT (SELECT sj FROM peil) AS schooljaar, r.reden,
	(SELECT count(DISTINCT leerling) FROM thuis t WHERE coalesce(t.reden, 'onbekend') = r.reden AND t.lopend)::INTEGER AS thuiszitters,
	(SELECT count(*) FROM thuis t WHERE coalesce(t.reden, 'onbekend') = r.reden AND t.nieuw)::INTEGER AS nieuw
FROM redenen r
WHERE EXISTS (SELECT 1 FROM verzuim)
ORDER BY nieuw DESC, thuiszitters DESC, r.reden
