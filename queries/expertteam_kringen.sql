-- expertteam_kringen: per kring, for one schooljaar, the expertteam figures of docs/cijfers.md — formatie_uren,
-- expertteam_uren, benutting_pct, uren_per_100_leerlingen, uren_vs_leerlingen, bereik — with the kring's
-- share of hours against its share of pupils and of arrangements, its pro-rata pace and the warnings.
-- One extra row with totaal = true holds the whole SWV (kring NULL).
-- Peildatum: the latest booking date of the schooljaar in the data, or 31 July once the schooljaar is
-- over (today, or $vandaag, is after 31 July). Tempo = the share of the schooljaar passed on the
-- peildatum (days, counting both ends) × formatie. A kring is behind when its hours are under 50 % of
-- that tempo. Organisatie filters the formatie too (it is allocated per organisatie); expertise and
-- activiteit only filter the hours.
-- Shares are over all kringen, also when $kring picks one (the kring param only filters the rows).
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param organisatie text?
-- @param expertise text?
-- @param activiteit text?
-- @param vandaag date?
-- @scope swv
-- @count leerlingen arrangementen bereik
-- @sum leerlingen by totaal
-- @sum arrangementen by totaal
-- @sum bereik by totaal
-- @rate uren_per_100_leerlingen from leerlingen
-- @rate aandeel_leerlingen_pct from leerlingen
-- @rate uren_vs_leerlingen from leerlingen
-- @rate aandeel_arrangementen_pct from arrangementen
-- @rate uren_vs_arrangementen from arrangementen
-- @rate uren_per_bereikte_leerling from bereik
-- Hours, formatie and the pace are staff time (not about pupils):
-- @public formatie_uren expertteam_uren benutting_pct aandeel_uren_pct uren_hele_kring verstreken_pct tempo_uren tempo_pct
-- @schools scholen
-- A school account sees its own kring, not the others (fixed totals, queries.ts):
-- @kring kring
WITH peil AS (
	-- sj, begin, einde, dagen, peildatum and peildatum_soort (the macro in src/lib/server/schema.ts)
	SELECT * FROM expertteam_peil($schooljaar, $vandaag)
),
inzet AS (
	-- The bookings themselves only with a filter on organisatie, expertise or activiteit; without one, the
	-- sums computed once per import (vooraf_expertteam_school, src/lib/server/vooraf-uren.ts) in `uren`.
	-- (every kring: the kring param only filters the rows at the end)
	SELECT i.* FROM peil, expertteam_inzet_gefilterd(peil.sj, NULL, $organisatie, $expertise, $activiteit) i
),
formatie AS (
	SELECT f.kring, sum(f.uren) AS formatie_uren
	FROM expertteam_formatie f, peil
	WHERE f.schooljaar = peil.sj AND ($organisatie IS NULL OR f.organisatie = $organisatie)
	GROUP BY f.kring
),
uren AS (
	SELECT kring, sum(uren) AS expertteam_uren, sum(leerlingen) AS bereik,
		sum(uren) FILTER (WHERE brin IS NULL) AS uren_hele_kring
	FROM inzet GROUP BY kring
	UNION ALL
	SELECT kring, sum(uren), sum(leerlingen), sum(uren) FILTER (WHERE brin IS NULL)
	FROM vooraf_expertteam_school v, peil
	WHERE v.schooljaar = peil.sj AND $organisatie IS NULL AND $expertise IS NULL AND $activiteit IS NULL
	GROUP BY kring
),
referentie AS (
	-- the first teldatum of the schooljaar (vooraf_referentie_teldatum, computed once per import); NULL without one
	SELECT max(r.teldatum) AS teldatum FROM vooraf_referentie_teldatum r, peil WHERE r.schooljaar = peil.sj
),
leerlingen AS (
	SELECT s.kring, sum(t.leerlingen) AS leerlingen
	FROM telling t JOIN referentie r ON t.teldatum = r.teldatum JOIN scholen s USING (brin, vestiging)
	WHERE s.soort IN ('bao', 'sbo', 'vo', 'pro') AND s.kring IS NOT NULL
	GROUP BY s.kring
),
arrangementen AS (
	-- arrangements that overlap the schooljaar (1 Aug … 31 Jul), at the kring's schools: begun in it or
	-- before and ended in it or after (counted once per import, vooraf_arrangementen_kring_jaren)
	SELECT a.kring, sum(a.aantal) AS arrangementen
	FROM vooraf_arrangementen_kring_jaren a, peil
	WHERE a.van <= peil.sj AND (a.tot IS NULL OR a.tot >= peil.sj)
	GROUP BY a.kring
),
kringen AS (
	SELECT kring FROM scholen WHERE kring IS NOT NULL
	UNION SELECT kring FROM formatie UNION SELECT kring FROM uren
),
geladen AS (
	-- A source without rows for the schooljaar is "geen gegevens", never 0 hours (a filter that finds
	-- nothing in loaded hours is a real 0).
	SELECT EXISTS (SELECT 1 FROM vooraf_expertteam_school i, peil WHERE i.schooljaar = peil.sj) AS inzet,
		EXISTS (SELECT 1 FROM arrangementen) AS arrangementen
),
per_kring AS (
	SELECT k.kring, false AS totaal,
		f.formatie_uren,
		CASE WHEN g.inzet THEN coalesce(u.expertteam_uren, 0) END AS expertteam_uren,
		CASE WHEN g.inzet THEN coalesce(u.uren_hele_kring, 0) END AS uren_hele_kring,
		CASE WHEN g.inzet THEN coalesce(u.bereik, 0) END AS bereik, l.leerlingen,
		CASE WHEN g.arrangementen THEN coalesce(a.arrangementen, 0) END AS arrangementen
	FROM geladen g, kringen k
	LEFT JOIN formatie f USING (kring) LEFT JOIN uren u USING (kring)
	LEFT JOIN leerlingen l USING (kring) LEFT JOIN arrangementen a USING (kring)
),
met_totaal AS (
	SELECT * FROM per_kring
	UNION ALL
	SELECT NULL, true, sum(formatie_uren), sum(expertteam_uren), sum(uren_hele_kring), sum(bereik), sum(leerlingen), sum(arrangementen) FROM per_kring
),
som AS (
	SELECT sum(expertteam_uren) AS uren, sum(leerlingen) AS leerlingen, sum(arrangementen) AS arrangementen FROM per_kring
)
SELECT peil.sj AS schooljaar, m.kring, m.totaal,
	m.formatie_uren::DOUBLE AS formatie_uren,
	m.expertteam_uren::DOUBLE AS expertteam_uren,
	100 * m.expertteam_uren / nullif(m.formatie_uren, 0) AS benutting_pct,
	m.leerlingen::INTEGER AS leerlingen,
	100 * m.expertteam_uren / nullif(m.leerlingen, 0) AS uren_per_100_leerlingen,
	m.arrangementen::INTEGER AS arrangementen,
	100 * m.expertteam_uren / nullif(som.uren, 0) AS aandeel_uren_pct,
	100 * m.leerlingen / nullif(som.leerlingen, 0) AS aandeel_leerlingen_pct,
	100 * m.arrangementen / nullif(som.arrangementen, 0) AS aandeel_arrangementen_pct,
	(m.expertteam_uren / nullif(som.uren, 0)) / nullif(m.leerlingen / nullif(som.leerlingen, 0), 0) AS uren_vs_leerlingen,
	(m.expertteam_uren / nullif(som.uren, 0)) / nullif(m.arrangementen / nullif(som.arrangementen, 0), 0) AS uren_vs_arrangementen,
	m.bereik::INTEGER AS bereik,
	m.expertteam_uren / nullif(m.bereik, 0) AS uren_per_bereikte_leerling,
	m.uren_hele_kring::DOUBLE AS uren_hele_kring,
	peil.peildatum, peil.peildatum_soort,
	100 * (peil.peildatum - peil.begin + 1) / peil.dagen AS verstreken_pct,
	m.formatie_uren * (peil.peildatum - peil.begin + 1) / peil.dagen AS tempo_uren,
	100 * m.expertteam_uren / nullif(m.formatie_uren * (peil.peildatum - peil.begin + 1) / peil.dagen, 0) AS tempo_pct,
	coalesce(m.expertteam_uren < 0.5 * m.formatie_uren * (peil.peildatum - peil.begin + 1) / peil.dagen, false) AS achter_op_tempo,
	(coalesce(m.formatie_uren, 0) = 0 AND m.expertteam_uren > 0) AS uren_zonder_formatie,
	(SELECT teldatum FROM referentie) AS referentie_teldatum,
	(CASE WHEN m.totaal THEN (SELECT count(*) FROM scholen) ELSE coalesce(x.scholen, 0) END)::INTEGER AS scholen
FROM met_totaal m CROSS JOIN peil CROSS JOIN som
LEFT JOIN (SELECT kring, count(*) AS scholen FROM scholen GROUP BY kring) x ON x.kring = m.kring
WHERE m.totaal OR $kring IS NULL OR m.kring = $kring
ORDER BY m.totaal, m.kring
