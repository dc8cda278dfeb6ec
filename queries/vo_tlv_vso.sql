-- vo_tlv_vso: VO (docs/cijfers.md) the vso-TLVs per schooljaar of the besluitdatum: all besluiten, those
-- with a herkomstschool in the SWV (verwijzingen, the numerator of vso_verwijzingen_per_1000 over the vo +
-- pro pupils of those schools at the reference teldatum) and without, per categorie (laag, midden, hoog,
-- onbekend), and the doorlooptijd aanvraag → besluit in days as P25 / mediaan / P75 (TLVs without an
-- aanvraagdatum do not count; their number is given). With kring: the TLVs that came from its schools.
-- Oldest first; vorig jaar is the row before.
-- @param kring kring?
-- @scope swv
-- @count tlv_vso verwijzingen zonder_herkomst tlv_laag tlv_midden tlv_hoog tlv_categorie_onbekend met_aanvraagdatum zonder_aanvraagdatum leerlingen
-- @total tlv_vso = verwijzingen + zonder_herkomst
-- @total tlv_vso = tlv_laag + tlv_midden + tlv_hoog + tlv_categorie_onbekend
-- @total tlv_vso = met_aanvraagdatum + zonder_aanvraagdatum
-- @rate vso_verwijzingen_per_1000 from verwijzingen leerlingen
-- Percentiles of the days of 1–4 TLVs would give those pupils' own durations away:
-- @rate doorlooptijd_p25 from met_aanvraagdatum
-- @rate doorlooptijd_mediaan from met_aanvraagdatum
-- @rate doorlooptijd_p75 from met_aanvraagdatum
-- @schools scholen
WITH gekozen AS (
	SELECT brin, vestiging FROM scholen WHERE soort IN ('vo', 'pro') AND ($kring IS NULL OR kring = $kring)
),
vso AS (
	SELECT v.*, EXISTS (SELECT 1 FROM gekozen g WHERE g.brin = v.herkomst_brin AND g.vestiging = v.herkomst_vestiging) AS met_herkomst
	FROM tlv v WHERE v.soort = 'vso'
),
gefilterd AS (
	SELECT * FROM vso WHERE met_herkomst OR $kring IS NULL
),
referentie AS (
	-- the first teldatum of every schooljaar, computed once per import (src/lib/server/vooraf.ts)
	SELECT schooljaar, teldatum FROM vooraf_referentie_teldatum
),
leerlingen AS (
	SELECT r.schooljaar, r.teldatum, sum(t.leerlingen) AS leerlingen
	FROM referentie r JOIN telling t ON t.teldatum = r.teldatum JOIN gekozen g USING (brin, vestiging)
	GROUP BY ALL
),
besluiten AS (
	SELECT schooljaar(besluitdatum) AS schooljaar,
		count(*) AS tlv_vso,
		count(*) FILTER (WHERE met_herkomst) AS verwijzingen,
		count(*) FILTER (WHERE categorie = 'laag') AS tlv_laag,
		count(*) FILTER (WHERE categorie = 'midden') AS tlv_midden,
		count(*) FILTER (WHERE categorie = 'hoog') AS tlv_hoog,
		count(*) FILTER (WHERE categorie IS NULL) AS tlv_categorie_onbekend,
		count(aanvraagdatum) AS met_aanvraagdatum,
		count(*) FILTER (WHERE aanvraagdatum IS NULL) AS zonder_aanvraagdatum,
		quantile_cont(besluitdatum - aanvraagdatum, 0.25) AS p25,
		quantile_cont(besluitdatum - aanvraagdatum, 0.5) AS mediaan,
		quantile_cont(besluitdatum - aanvraagdatum, 0.75) AS p75
	FROM gefilterd GROUP BY 1
)
SELECT b.schooljaar,
	b.tlv_vso::INTEGER AS tlv_vso, b.verwijzingen::INTEGER AS verwijzingen, (b.tlv_vso - b.verwijzingen)::INTEGER AS zonder_herkomst,
	b.tlv_laag::INTEGER AS tlv_laag, b.tlv_midden::INTEGER AS tlv_midden, b.tlv_hoog::INTEGER AS tlv_hoog,
	b.tlv_categorie_onbekend::INTEGER AS tlv_categorie_onbekend,
	l.teldatum AS referentie_teldatum, l.leerlingen::INTEGER AS leerlingen,
	1000 * b.verwijzingen / nullif(l.leerlingen, 0) AS vso_verwijzingen_per_1000,
	b.p25 AS doorlooptijd_p25, b.mediaan AS doorlooptijd_mediaan, b.p75 AS doorlooptijd_p75,
	b.met_aanvraagdatum::INTEGER AS met_aanvraagdatum, b.zonder_aanvraagdatum::INTEGER AS zonder_aanvraagdatum,
	(SELECT count(*) FROM gekozen)::INTEGER AS scholen
FROM besluiten b
LEFT JOIN leerlingen l USING (schooljaar)
ORDER BY b.schooljaar
