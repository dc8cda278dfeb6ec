-- tlv_per_schooljaar: per schooljaar (van de besluitdatum) de TLV-besluiten per soort, verwijzingen per
-- 1000 leerlingen (TLVs met een herkomstschool ÷ leerlingen bao + sbo op de referentieteldatum), de
-- doorlooptijd aanvraag → besluit in dagen als P25 / mediaan / P75 (TLVs zonder aanvraagdatum tellen
-- niet mee en staan apart geteld), en het aandeel aanvragen in mei, juni en juli (van de aanvragen met
-- een aanvraagdatum in het schooljaar). Met kring of gemeente: TLVs die van een school daarvan kwamen.
-- Verwijzingen (docs/cijfers.md) zijn de TLVs met een herkomstschool (bao of sbo) in het samenwerkingsverband:
-- verwijzingen = verwijzingen_sbo + verwijzingen_so, de som van de kringen, en de teller van de
-- verwijzingen per 1000. tlv_totaal telt alle TLV-besluiten, tlv_besluiten_sbo en tlv_besluiten_so per soort
-- (ook die zonder herkomstschool; tlv_sbo en tlv_so heten in de catalogus de TLV's mét herkomst, hier
-- verwijzingen_sbo en verwijzingen_so); zonder_herkomst = tlv_totaal − verwijzingen.
-- @param kring kring?
-- @param gemeente text?
-- @scope swv
-- @count tlv_besluiten_sbo tlv_besluiten_so tlv_totaal verwijzingen verwijzingen_sbo verwijzingen_so zonder_herkomst leerlingen zonder_aanvraagdatum met_aanvraagdatum aanvragen aanvragen_mei_juli
-- @total tlv_totaal = tlv_besluiten_sbo + tlv_besluiten_so
-- @total verwijzingen = verwijzingen_sbo + verwijzingen_so
-- @total tlv_totaal = verwijzingen + zonder_herkomst
-- @total tlv_totaal = met_aanvraagdatum + zonder_aanvraagdatum
-- @rate verwijzingen_per_1000 from verwijzingen leerlingen
-- @rate aanvragen_mei_juli_pct from aanvragen_mei_juli aanvragen
-- Percentiles of the days of 1–4 TLVs would give those pupils' own durations away:
-- @rate doorlooptijd_p25 from met_aanvraagdatum
-- @rate doorlooptijd_mediaan from met_aanvraagdatum
-- @rate doorlooptijd_p75 from met_aanvraagdatum
-- @schools scholen
WITH gekozen AS (
	SELECT brin, vestiging FROM scholen
	WHERE soort IN ('bao', 'sbo') AND ($kring IS NULL OR kring = $kring) AND ($gemeente IS NULL OR gemeente = $gemeente)
),
tlv_gekozen AS (
	SELECT tlv.*, g.brin IS NOT NULL AS met_herkomst
	FROM tlv LEFT JOIN gekozen g ON g.brin = tlv.herkomst_brin AND g.vestiging = tlv.herkomst_vestiging
),
tlv_filter AS (
	SELECT * FROM tlv_gekozen WHERE met_herkomst OR ($kring IS NULL AND $gemeente IS NULL)
),
-- The telling per school and teldatum and the reference teldata are computed once per import (src/lib/server/vooraf*.ts).
leerlingen AS (
	SELECT schooljaar(v.teldatum) AS schooljaar, v.teldatum, sum(v.leerlingen) AS leerlingen
	FROM vooraf_teldatum_school v
	WHERE v.soort IN ('bao', 'sbo') AND v.geteld AND ($kring IS NULL OR v.kring = $kring) AND ($gemeente IS NULL OR v.gemeente = $gemeente)
		AND v.teldatum IN (SELECT teldatum FROM vooraf_referentie_teldatum)
	GROUP BY ALL
),
besluiten AS (
	SELECT schooljaar(besluitdatum) AS schooljaar,
		count(*) FILTER (WHERE soort = 'sbo') AS tlv_besluiten_sbo,
		count(*) FILTER (WHERE soort = 'so') AS tlv_besluiten_so,
		count(*) AS tlv_totaal,
		count(*) FILTER (WHERE met_herkomst) AS verwijzingen,
		count(*) FILTER (WHERE met_herkomst AND soort = 'sbo') AS verwijzingen_sbo,
		count(*) FILTER (WHERE met_herkomst AND soort = 'so') AS verwijzingen_so,
		count(*) FILTER (WHERE aanvraagdatum IS NULL) AS zonder_aanvraagdatum,
		count(aanvraagdatum) AS met_aanvraagdatum,
		quantile_cont(besluitdatum - aanvraagdatum, 0.25) AS p25,
		quantile_cont(besluitdatum - aanvraagdatum, 0.5) AS mediaan,
		quantile_cont(besluitdatum - aanvraagdatum, 0.75) AS p75
	FROM tlv_filter GROUP BY 1
),
aanvragen AS (
	SELECT schooljaar(aanvraagdatum) AS schooljaar,
		count(*) AS aanvragen,
		count(*) FILTER (WHERE month(aanvraagdatum) IN (5, 6, 7)) AS aanvragen_mei_juli
	FROM tlv_filter WHERE aanvraagdatum IS NOT NULL GROUP BY 1
)
SELECT b.schooljaar,
	b.tlv_besluiten_sbo::INTEGER AS tlv_besluiten_sbo, b.tlv_besluiten_so::INTEGER AS tlv_besluiten_so, b.tlv_totaal::INTEGER AS tlv_totaal,
	b.verwijzingen::INTEGER AS verwijzingen,
	b.verwijzingen_sbo::INTEGER AS verwijzingen_sbo,
	b.verwijzingen_so::INTEGER AS verwijzingen_so,
	(b.tlv_totaal - b.verwijzingen)::INTEGER AS zonder_herkomst,
	l.teldatum AS referentie_teldatum, l.leerlingen::INTEGER AS leerlingen,
	1000 * b.verwijzingen / nullif(l.leerlingen, 0) AS verwijzingen_per_1000,
	b.p25 AS doorlooptijd_p25, b.mediaan AS doorlooptijd_mediaan, b.p75 AS doorlooptijd_p75,
	b.zonder_aanvraagdatum::INTEGER AS zonder_aanvraagdatum,
	coalesce(a.aanvragen, 0)::INTEGER AS aanvragen,
	coalesce(a.aanvragen_mei_juli, 0)::INTEGER AS aanvragen_mei_juli,
	100 * a.aanvragen_mei_juli / nullif(a.aanvragen, 0) AS aanvragen_mei_juli_pct,
	b.met_aanvraagdatum::INTEGER AS met_aanvraagdatum,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM besluiten b
LEFT JOIN leerlingen l USING (schooljaar)
LEFT JOIN aanvragen a USING (schooljaar)
ORDER BY b.schooljaar
