-- verwijzingen_verdeling: de verdeling van verwijzingen_per_1000 over de scholen (bao en sbo met
-- leerlingen op de referentieteldatum) van het schooljaar: één rij per school, zónder naam of code
-- (anoniem, ook voor een schoolaccount), met op elke rij P25, mediaan en P75 en het aantal scholen.
-- Met kring: alleen de scholen van die kring. Het schooljaar kiest de pagina (src/lib/server/pagina.ts).
-- @param schooljaar schooljaar
-- @param kring kring?
-- @scope swv
-- One anonymous value per school (docs/cijfers.md allows the anonymous distribution for a school account),
-- but a distribution of fewer than 5 schools (a small kring) would give the schools away: then all
-- its values are hidden. scholen counts schools, not pupils; it is a @count so that 1–4 reads "<5".
-- A school's value built on 1–4 TLVs is hidden for a school account too (docs/cijfers.md: a rate on such a
-- count is hidden in every view a school role reaches); P25, median and P75 still cover all schools.
-- @count scholen verwijzingen
-- @rate verwijzingen_per_1000 from verwijzingen scholen
-- @rate p25 from scholen
-- @rate mediaan from scholen
-- @rate p75 from scholen
-- @schools scholen
WITH gekozen_jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
referentie AS (
	SELECT min(teldatum) AS teldatum FROM telling WHERE schooljaar(teldatum) = (SELECT sj FROM gekozen_jaar)
),
-- The telling per school and teldatum and the TLVs per school of herkomst and month are computed once per
-- import (src/lib/server/vooraf-deelname.ts).
verwijzingen AS (
	SELECT brin, vestiging, sum(tlv) AS verwijzingen
	FROM vooraf_tlv_school_maand
	WHERE wat = 'besluit' AND schooljaar = (SELECT sj FROM gekozen_jaar) AND brin IS NOT NULL
	GROUP BY ALL
),
per_school AS (
	SELECT s.leerlingen, coalesce(v.verwijzingen, 0) AS verwijzingen
	FROM vooraf_teldatum_school s
	LEFT JOIN verwijzingen v USING (brin, vestiging)
	WHERE s.teldatum = (SELECT teldatum FROM referentie) AND s.soort IN ('bao', 'sbo') AND s.leerlingen > 0
		AND ($kring IS NULL OR s.kring = $kring) AND EXISTS (SELECT 1 FROM tlv)
),
waarden AS (
	SELECT verwijzingen, 1000 * verwijzingen / leerlingen AS w FROM per_school
)
SELECT (SELECT sj FROM gekozen_jaar) AS schooljaar,
	verwijzingen::INTEGER AS verwijzingen,
	w AS verwijzingen_per_1000,
	quantile_cont(w, 0.25) OVER () AS p25,
	quantile_cont(w, 0.5) OVER () AS mediaan,
	quantile_cont(w, 0.75) OVER () AS p75,
	(count(*) OVER ())::INTEGER AS scholen
FROM waarden
ORDER BY w, verwijzingen
