-- school_verwijzingen: voor één school (brin + vestiging) per schooljaar de leerlingen op de
-- referentieteldatum, de TLVs met deze school als herkomst (besluitdatum in het schooljaar) en
-- verwijzingen_per_1000, naast de eigen kring, het SWV (verhoudingen van sommen) en de verdeling van
-- alle scholen met leerlingen (P25, mediaan, P75; anoniem). Schooljaren zonder telling: geen cijfer.
-- @param school school
-- @scope school
-- @count leerlingen tlv_sbo tlv_so verwijzingen kring_leerlingen kring_verwijzingen swv_leerlingen swv_verwijzingen
-- @total verwijzingen = tlv_sbo + tlv_so
-- @rate verwijzingen_per_1000 from verwijzingen leerlingen
-- @rate kring_verwijzingen_per_1000 from kring_verwijzingen kring_leerlingen
-- @rate swv_verwijzingen_per_1000 from swv_verwijzingen swv_leerlingen
-- The anonymous distribution of all schools of the SWV (docs/cijfers.md: allowed for a school account):
-- @public scholen_p25 scholen_mediaan scholen_p75 scholen
-- A kring of fewer than 5 schools: its figures would tell a school about the others.
-- @schools kring_scholen for kring_leerlingen kring_verwijzingen
-- An estimate from DUO's <5 cells (telling.leerlingen_min/_max) carries its smallest and largest
-- possible value (`_min`, `_max`; NULL when every count is exact), as in kerncijfers.
-- @count leerlingen_min leerlingen_max
-- @rate verwijzingen_per_1000_min from verwijzingen leerlingen
-- @rate verwijzingen_per_1000_max from verwijzingen leerlingen
-- @rate kring_verwijzingen_per_1000_min from kring_verwijzingen kring_leerlingen
-- @rate kring_verwijzingen_per_1000_max from kring_verwijzingen kring_leerlingen
-- @rate swv_verwijzingen_per_1000_min from swv_verwijzingen swv_leerlingen
-- @rate swv_verwijzingen_per_1000_max from swv_verwijzingen swv_leerlingen
-- Every school's rows, with its kring and the SWV beside them, are computed once per import
-- (vooraf_school_verwijzingen, src/lib/server/vooraf.ts: the query that was here, for all schools).
SELECT * FROM vooraf_school_verwijzingen
WHERE school = $school
ORDER BY schooljaar
