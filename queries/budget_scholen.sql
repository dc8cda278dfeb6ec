-- budget_scholen: the schoolbudget per school for one schooljaar:
-- budget_toegekend, budget_besteed, uitputting_pct, saldo (toegekend − besteed), budget_per_leerling
-- (pupils at the reference teldatum), kosten_per_ondersteunde_leerling (besteed ÷ distinct pupils with
-- an arrangement at the school that overlaps 1 Aug … 31 Jul), spending per categorie, and a signal:
-- 'onderbesteding' below 70 % uitputting, 'overbesteding' above 110 %, 'geen budget' for a bao or sbo
-- school without an allocation. Corrections (negative amounts) count as they are.
-- @param schooljaar schooljaar
-- @param kring kring?
-- @scope all
WITH jaar AS (
	SELECT sj, make_date(CAST(left(sj, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(sj, 4) AS INTEGER) + 1, 7, 31) AS einde
	FROM (SELECT CAST($schooljaar AS VARCHAR) AS sj)
),
toegekend AS (
	SELECT brin, vestiging, sum(bedrag) AS toegekend FROM budget_toekenning b, jaar WHERE b.schooljaar = jaar.sj GROUP BY ALL
),
besteed AS (
	SELECT brin, vestiging, sum(bedrag) AS besteed,
		sum(bedrag) FILTER (WHERE categorie = 'personeel') AS personeel,
		sum(bedrag) FILTER (WHERE categorie = 'professionalisering') AS professionalisering,
		sum(bedrag) FILTER (WHERE categorie = 'materialen') AS materialen,
		sum(bedrag) FILTER (WHERE categorie = 'externe inzet') AS externe_inzet,
		sum(bedrag) FILTER (WHERE categorie = 'arrangementen') AS arrangementen,
		sum(bedrag) FILTER (WHERE categorie = 'overig') AS overig
	FROM budget_besteding b, jaar WHERE b.schooljaar = jaar.sj GROUP BY ALL
),
referentie AS (
	-- the first teldatum of the schooljaar (vooraf_referentie_teldatum, computed once per import); NULL without one
	SELECT max(r.teldatum) AS teldatum FROM vooraf_referentie_teldatum r, jaar WHERE r.schooljaar = jaar.sj
),
ondersteund AS (
	SELECT a.brin, a.vestiging, count(DISTINCT a.leerling) AS ondersteunde_leerlingen
	FROM arrangementen a, jaar
	WHERE a.leerling IS NOT NULL AND a.startdatum <= jaar.einde AND (a.einddatum IS NULL OR a.einddatum >= jaar.begin)
	GROUP BY ALL
),
scholen_in_beeld AS (
	SELECT brin, vestiging FROM scholen WHERE soort IN ('bao', 'sbo') AND kring IS NOT NULL
	UNION SELECT brin, vestiging FROM toegekend UNION SELECT brin, vestiging FROM besteed
)
SELECT jaar.sj AS schooljaar, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
	t.toegekend::DOUBLE AS budget_toegekend,
	-- No budget rows at all for the schooljaar: "geen gegevens", never € 0 (issue 12).
	CASE WHEN g.ja THEN coalesce(b.besteed, 0) END::DOUBLE AS budget_besteed,
	100 * coalesce(b.besteed, 0) / nullif(t.toegekend, 0) AS uitputting_pct,
	CASE WHEN g.ja THEN coalesce(t.toegekend, 0) - coalesce(b.besteed, 0) END::DOUBLE AS saldo,
	tl.leerlingen::INTEGER AS leerlingen,
	t.toegekend / nullif(tl.leerlingen, 0) AS budget_per_leerling,
	CASE WHEN g.arrangementen THEN coalesce(o.ondersteunde_leerlingen, 0) END::INTEGER AS ondersteunde_leerlingen,
	b.besteed / nullif(o.ondersteunde_leerlingen, 0) AS kosten_per_ondersteunde_leerling,
	b.personeel::DOUBLE AS besteed_personeel, b.professionalisering::DOUBLE AS besteed_professionalisering,
	b.materialen::DOUBLE AS besteed_materialen, b.externe_inzet::DOUBLE AS besteed_externe_inzet,
	b.arrangementen::DOUBLE AS besteed_arrangementen, b.overig::DOUBLE AS besteed_overig,
	CASE WHEN NOT g.ja THEN NULL
		WHEN coalesce(t.toegekend, 0) = 0 THEN 'geen budget'
		WHEN 100 * coalesce(b.besteed, 0) / t.toegekend < 70 THEN 'onderbesteding'
		WHEN 100 * coalesce(b.besteed, 0) / t.toegekend > 110 THEN 'overbesteding' END AS signaal
FROM scholen_in_beeld x
JOIN scholen s USING (brin, vestiging)
CROSS JOIN jaar
CROSS JOIN (SELECT EXISTS (SELECT 1 FROM toegekend) OR EXISTS (SELECT 1 FROM besteed) AS ja, EXISTS (SELECT 1 FROM arrangementen) AS arrangementen) g
LEFT JOIN toegekend t USING (brin, vestiging)
LEFT JOIN besteed b USING (brin, vestiging)
LEFT JOIN ondersteund o USING (brin, vestiging)
LEFT JOIN telling tl ON tl.brin = s.brin AND tl.vestiging = s.vestiging AND tl.teldatum = (SELECT teldatum FROM referentie)
WHERE $kring IS NULL OR s.kring = $kring
ORDER BY s.kring NULLS LAST, s.naam
