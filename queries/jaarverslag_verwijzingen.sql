-- jaarverslag_verwijzingen: TLV-besluiten (verwijzingen) per schooljaar of the besluitdatum, by soort,
-- attributed to the school of herkomst, and per 1.000 pupils (bao + sbo) of that school, kring or SWV
-- at the schooljaar's reference teldatum (DOMAIN.md). A TLV without herkomst only counts for the SWV.
-- Rows for the SWV, every kring and (with $school) one school.
-- Privacy (school role, applied by the registry): counts, the rates built on them, and rows about
-- fewer than 5 schools; `scholen` is empty on a school's own row.
-- @param school school?
-- @scope school
-- @count verwijzingen_sbo verwijzingen_so verwijzingen noemer
-- @total verwijzingen = verwijzingen_sbo + verwijzingen_so
-- @rate verwijzingen_per_1000 from verwijzingen noemer
-- @schools scholen
WITH referentie AS (
	SELECT schooljaar(teldatum) AS schooljaar, min(teldatum) AS teldatum FROM telling GROUP BY 1
),
school AS (
	SELECT brin, vestiging, brin || vestiging AS code, naam, soort, kring FROM scholen
),
feiten AS (
	SELECT r.schooljaar, s.code, s.naam, s.kring, 'leerlingen' AS soort, t.leerlingen AS aantal
	FROM referentie r JOIN telling t ON t.teldatum = r.teldatum JOIN school s USING (brin, vestiging)
	WHERE s.soort IN ('bao', 'sbo')
	UNION ALL
	SELECT schooljaar(tlv.besluitdatum), s.code, s.naam, s.kring, 'tlv_' || tlv.soort, 1
	FROM tlv LEFT JOIN school s ON s.brin = tlv.herkomst_brin AND s.vestiging = tlv.herkomst_vestiging
),
per_niveau AS (
	SELECT schooljaar,
		CASE WHEN grouping(kring) = 1 THEN 'swv' WHEN grouping(code) = 1 THEN 'kring' ELSE 'school' END AS niveau,
		kring, code, naam,
		coalesce(sum(aantal) FILTER (WHERE soort = 'tlv_sbo'), 0)::INTEGER AS verwijzingen_sbo,
		coalesce(sum(aantal) FILTER (WHERE soort = 'tlv_so'), 0)::INTEGER AS verwijzingen_so,
		sum(aantal) FILTER (WHERE soort = 'leerlingen')::INTEGER AS leerlingen,
		count(DISTINCT code) FILTER (WHERE soort = 'leerlingen')::INTEGER AS scholen
	FROM feiten
	GROUP BY GROUPING SETS ((schooljaar), (schooljaar, kring), (schooljaar, kring, code, naam))
)
SELECT schooljaar, niveau,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE code END AS sleutel,
	CASE niveau WHEN 'swv' THEN '' WHEN 'kring' THEN kring ELSE naam END AS naam,
	verwijzingen_sbo, verwijzingen_so,
	verwijzingen_sbo + verwijzingen_so AS verwijzingen,
	leerlingen AS noemer,
	CASE WHEN niveau = 'school' THEN NULL ELSE scholen END AS scholen,
	round(1000 * (verwijzingen_sbo + verwijzingen_so) / nullif(leerlingen, 0), 1) AS verwijzingen_per_1000
FROM per_niveau
WHERE niveau = 'swv' OR (niveau = 'kring' AND kring IS NOT NULL) OR (niveau = 'school' AND code = $school)
ORDER BY schooljaar, niveau DESC, sleutel
