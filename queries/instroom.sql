-- instroom: nieuwe TLVs per schooljaar (ingangsdatum in het schooljaar), per soort, met het
-- landelijke aantal instromers in sbo en so van het jaar waarin het schooljaar begint (OCW/DUO:
-- instroom vanuit het bao plus rechtstreekse instroom). Het landelijke cijfer is een aantal leerlingen
-- in heel Nederland, geen TLVs: het toont alleen de landelijke ontwikkeling en staat apart gelabeld.
-- Met kring of gemeente: TLVs die van een school daarvan kwamen (herkomst).
-- @param kring kring?
-- @param gemeente text?
-- @scope swv
-- @count instroom_sbo instroom_so
-- National figures (all of the Netherlands):
-- @public landelijk_instroom_sbo landelijk_instroom_so
-- @schools scholen
-- TLVs per school of herkomst and month are computed once per import (src/lib/server/vooraf-deelname.ts):
-- without a filter every TLV (also without herkomst), with one those from a chosen school.
WITH per_jaar AS (
	SELECT schooljaar,
		coalesce(sum(tlv) FILTER (WHERE soort = 'sbo'), 0) AS instroom_sbo,
		coalesce(sum(tlv) FILTER (WHERE soort = 'so'), 0) AS instroom_so
	FROM vooraf_tlv_school_maand
	WHERE wat = 'ingang' AND ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente)
	GROUP BY 1
),
jaren AS (
	SELECT DISTINCT schooljaar(ingangsdatum) AS schooljaar FROM tlv
),
landelijk AS (
	SELECT jaar,
		sum(waarde) FILTER (WHERE indicator LIKE 'instroom_sbo_%') AS sbo,
		sum(waarde) FILTER (WHERE indicator LIKE 'instroom_so_%') AS so,
		any_value(bron) AS bron
	FROM referentie_landelijk WHERE indicator LIKE 'instroom_%' GROUP BY jaar
)
SELECT j.schooljaar,
	coalesce(p.instroom_sbo, 0)::INTEGER AS instroom_sbo,
	coalesce(p.instroom_so, 0)::INTEGER AS instroom_so,
	l.sbo::INTEGER AS landelijk_instroom_sbo,
	l.so::INTEGER AS landelijk_instroom_so,
	l.bron AS landelijk_bron,
	(SELECT count(*) FROM scholen s WHERE ($kring IS NULL OR s.kring = $kring) AND ($gemeente IS NULL OR s.gemeente = $gemeente))::INTEGER AS scholen
FROM jaren j
LEFT JOIN per_jaar p USING (schooljaar)
LEFT JOIN landelijk l ON l.jaar = CAST(left(j.schooljaar, 4) AS INTEGER)
ORDER BY j.schooljaar
