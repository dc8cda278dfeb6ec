-- thuiszitters_school: voor één school (brin + vestiging) per schooljaar de thuiszitters die er
-- ingeschreven staan op 1 oktober, wie daarvan langer dan 3 maanden thuiszit, en de nieuwe meldingen in
-- het schooljaar. Alleen aantallen, nooit een leerlingcode; voor een schoolaccount 1 tot 4 als <5.
-- @param school school
-- @scope school
-- @count thuiszitters langer_3_maanden nieuw
WITH jaren AS (
	SELECT DISTINCT schooljaar(teldatum) AS schooljaar FROM telling
),
peil AS (
	SELECT schooljaar, make_date(CAST(left(schooljaar, 4) AS INTEGER), 10, 1) AS peildatum,
		make_date(CAST(left(schooljaar, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(schooljaar, 4) AS INTEGER) + 1, 7, 31) AS einde
	FROM jaren
),
thuis AS (
	SELECT * FROM verzuim WHERE soort IN ('absoluut', 'langdurig_relatief') AND brin || vestiging = $school
),
geladen AS (SELECT EXISTS (SELECT 1 FROM verzuim) AS ja)
SELECT p.schooljaar, p.peildatum, $school AS school,
	CASE WHEN g.ja THEN (SELECT count(DISTINCT leerling) FROM thuis v WHERE v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum))::INTEGER END AS thuiszitters,
	CASE WHEN g.ja THEN (SELECT count(DISTINCT leerling) FROM thuis v WHERE v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum)
		AND date_diff('day', v.startdatum, p.peildatum) > 91)::INTEGER END AS langer_3_maanden,
	CASE WHEN g.ja THEN (SELECT count(*) FROM thuis v WHERE v.startdatum BETWEEN p.begin AND p.einde)::INTEGER END AS nieuw
FROM peil p, geladen g
ORDER BY p.schooljaar
