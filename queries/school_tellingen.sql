-- school_tellingen: per schooljaar for one school location: its pupils on the reference teldatum,
-- the TLVs that started that schooljaar for pupils coming from this school (sbo, so, together),
-- the TLVs per 100 pupils, and the arrangements that started at the school.
-- @param school school
-- @scope school
-- @count leerlingen tlv_sbo tlv_so tlv_totaal arrangementen
-- @total tlv_totaal = tlv_sbo + tlv_so
-- @rate tlv_per_100 from tlv_totaal leerlingen
WITH school AS (
	SELECT brin, vestiging, naam, kring FROM scholen WHERE brin || vestiging = $school
),
jaren AS (
	-- the first teldatum of every schooljaar, computed once per import (src/lib/server/vooraf.ts)
	SELECT schooljaar, teldatum FROM vooraf_referentie_teldatum
),
leerlingen AS (
	SELECT j.schooljaar, sum(t.leerlingen)::INTEGER AS leerlingen
	FROM jaren j JOIN telling t ON t.teldatum = j.teldatum JOIN school s ON s.brin = t.brin AND s.vestiging = t.vestiging
	GROUP BY 1
),
tlv_van_school AS (
	SELECT schooljaar(tlv.ingangsdatum) AS schooljaar,
		count(*) FILTER (WHERE tlv.soort = 'sbo')::INTEGER AS tlv_sbo,
		count(*) FILTER (WHERE tlv.soort = 'so')::INTEGER AS tlv_so
	FROM tlv JOIN school s ON s.brin = tlv.herkomst_brin AND s.vestiging = tlv.herkomst_vestiging
	GROUP BY 1
),
arrangementen_gestart AS (
	SELECT schooljaar(a.startdatum) AS schooljaar, count(*)::INTEGER AS arrangementen
	FROM arrangementen a JOIN school s ON s.brin = a.brin AND s.vestiging = a.vestiging
	GROUP BY 1
)
SELECT j.schooljaar, s.naam, s.kring,
	coalesce(l.leerlingen, 0) AS leerlingen,
	-- A source that was never loaded is "geen gegevens" (NULL), never 0.
	CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN coalesce(t.tlv_sbo, 0) END AS tlv_sbo,
	CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN coalesce(t.tlv_so, 0) END AS tlv_so,
	CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN coalesce(t.tlv_sbo, 0) + coalesce(t.tlv_so, 0) END::INTEGER AS tlv_totaal,
	CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN 100 * (coalesce(t.tlv_sbo, 0) + coalesce(t.tlv_so, 0)) / nullif(l.leerlingen, 0) END AS tlv_per_100,
	CASE WHEN EXISTS (SELECT 1 FROM arrangementen) THEN coalesce(a.arrangementen, 0) END AS arrangementen
FROM jaren j
CROSS JOIN school s
LEFT JOIN leerlingen l USING (schooljaar)
LEFT JOIN tlv_van_school t USING (schooljaar)
LEFT JOIN arrangementen_gestart a USING (schooljaar)
ORDER BY j.schooljaar DESC
