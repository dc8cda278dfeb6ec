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
-- The values are those of the school table (verwijzingen_per_school) and the school page: per school and
-- schooljaar the telling on the reference teldatum and the sbo- and so-TLVs (docs/cijfers.md), computed
-- once per import (vooraf_school_jaar, src/lib/server/vooraf.ts).
WITH per_school AS (
	SELECT v.leerlingen, v.tlv_sbo + v.tlv_so AS verwijzingen
	FROM vooraf_school_jaar v
	WHERE v.schooljaar = $schooljaar AND v.soort IN ('bao', 'sbo') AND v.leerlingen > 0
		AND ($kring IS NULL OR v.kring = $kring) AND EXISTS (SELECT 1 FROM tlv)
),
waarden AS (
	SELECT verwijzingen, 1000 * verwijzingen / leerlingen AS w FROM per_school
)
SELECT CAST($schooljaar AS VARCHAR) AS schooljaar,
	verwijzingen::INTEGER AS verwijzingen,
	w AS verwijzingen_per_1000,
	quantile_cont(w, 0.25) OVER () AS p25,
	quantile_cont(w, 0.5) OVER () AS mediaan,
	quantile_cont(w, 0.75) OVER () AS p75,
	(count(*) OVER ())::INTEGER AS scholen
FROM waarden
ORDER BY w, verwijzingen
