-- thuiszitters_redenen: per reden (een code, nooit vrije tekst) de thuiszitters op de peildatum en de
-- nieuwe meldingen in het schooljaar; meldingen zonder reden als 'onbekend'.
-- @param schooljaar schooljaar?
-- @param peildatum date?
-- @scope swv
-- @count thuiszitters nieuw
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
redenen AS (
	SELECT unnest(['gedrag', 'psychisch', 'lichamelijk', 'geen_passend_aanbod', 'wachtlijst', 'overig', 'onbekend']) AS reden
)
SELECT (SELECT sj FROM peil) AS schooljaar, r.reden,
	(SELECT count(DISTINCT leerling) FROM thuis t WHERE coalesce(t.reden, 'onbekend') = r.reden AND t.lopend)::INTEGER AS thuiszitters,
	(SELECT count(*) FROM thuis t WHERE coalesce(t.reden, 'onbekend') = r.reden AND t.nieuw)::INTEGER AS nieuw
FROM redenen r
WHERE EXISTS (SELECT 1 FROM verzuim)
ORDER BY nieuw DESC, thuiszitters DESC, r.reden
