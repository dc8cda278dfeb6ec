/**
 * Figures computed once per import (issue 20): small tables the figure queries read instead of
 * recomputing from pupil-level rows at every cold request. They are built inside the import's own
 * transaction (importer.ts, in db.changeData), so they can never disagree with the data a page reads
 * beside them, and a refused or failed import leaves them as they were. A database opened by a version
 * of the monitor whose definitions differ (or without them) gets them rebuilt once at opening
 * (`zorgVoorVooraf`). Each table is the exact rows the queries computed themselves before, so every
 * figure stays what it was; privacy rules apply to the queries' results as always.
 */
import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { VOORAF_DEELNAME } from './vooraf-deelname';
import { VOORAF_UREN } from './vooraf-uren';

/** The teldata: every date with a telling. */
const TELDATA = `(SELECT DISTINCT teldatum FROM telling)`;

/**
 * The reference teldatum of every schooljaar with a telling: its first teldatum. Built first; every
 * query, table and macro (schema.ts) that needs it reads it here.
 */
export const REFERENTIE = {
	naam: 'vooraf_referentie_teldatum',
	uitleg: 'per schooljaar met een telling de referentieteldatum: de eerste teldatum van het schooljaar',
	sql: `SELECT schooljaar(teldatum) AS schooljaar, min(teldatum) AS teldatum FROM telling GROUP BY 1 ORDER BY 1`
};

/** In the order they are built: a table reads only the tables before it. */
export const VOORAF: { naam: string; uitleg: string; sql: string }[] = [
	REFERENTIE,
	{
		naam: 'vooraf_tlv_teldatum',
		uitleg: 'per teldatum de TLVs die dan geldig zijn (soort, leerling, school van herkomst), elk één keer',
		sql: `SELECT DISTINCT d.teldatum, t.soort, t.leerling, t.herkomst_brin, t.herkomst_vestiging
			FROM ${TELDATA} d
			JOIN tlv t ON t.ingangsdatum <= d.teldatum AND (t.einddatum IS NULL OR t.einddatum >= d.teldatum)`
	},
	{
		naam: 'vooraf_arrangement_teldatum',
		uitleg: 'per teldatum de rugzakken en individuele arrangementen die dan lopen (soort, leerling, school), elk één keer',
		sql: `SELECT DISTINCT d.teldatum, a.soort, a.leerling, a.brin, a.vestiging
			FROM ${TELDATA} d
			JOIN arrangementen a ON a.soort IN ('rugzak', 'individueel') AND a.startdatum <= d.teldatum AND (a.einddatum IS NULL OR a.einddatum >= d.teldatum)`
	},
	...VOORAF_DEELNAME,
	...VOORAF_UREN,
	{
		naam: 'vooraf_school_jaar',
		uitleg:
			'per school per schooljaar (met een telling, een TLV-besluit of een gestart arrangement): de telling op de referentieteldatum, de TLVs met de school als herkomst en de arrangementen',
		// One row per school location (every soort: a kring's arrangements count at all its schools) and schooljaar. The referentieteldatum is the first telling
		// of the schooljaar (NULL when it has none); leerlingen* are that telling's row (NULL: no row).
		// TLVs count by besluitdatum; the arrangements that started, their kosten and process figures are
		// vooraf_arrangement_school_jaar's, summed over soort. Counts stay
		// per school: a pupil is counted once per school, so the per-kring number of distinct pupils with a
		// rugzak comes from vooraf_arrangement_teldatum, not from summing leerlingen_rugzak.
		sql: `WITH referentie AS (
	SELECT schooljaar, teldatum FROM vooraf_referentie_teldatum
),
tlv_jaar AS (
	SELECT herkomst_brin AS brin, herkomst_vestiging AS vestiging, schooljaar(besluitdatum) AS schooljaar,
		count(*) FILTER (WHERE soort = 'sbo') AS tlv_sbo, count(*) FILTER (WHERE soort = 'so') AS tlv_so
	FROM tlv GROUP BY ALL
),
gestart AS (
	SELECT brin, vestiging, schooljaar,
		sum(kosten) AS kosten, sum(arrangementen)::BIGINT AS gestarte_arrangementen,
		sum(met_aanvraagdatum)::BIGINT AS met_aanvraagdatum, sum(binnen_2_weken)::BIGINT AS binnen_2_weken,
		sum(liepen_13_weken)::BIGINT AS liepen_13_weken, sum(op_tijd_geevalueerd)::BIGINT AS op_tijd_geevalueerd
	FROM vooraf_arrangement_school_jaar
	GROUP BY ALL
),
lopend AS (
	SELECT r.schooljaar, a.brin, a.vestiging,
		count(DISTINCT a.leerling) FILTER (WHERE a.soort IN ('rugzak', 'individueel')) AS leerlingen_rugzak,
		count(*) AS arrangementen,
		count(*) FILTER (WHERE a.soort = 'groep') AS groepsarrangementen
	FROM referentie r JOIN arrangementen a ON a.startdatum <= r.teldatum AND (a.einddatum IS NULL OR a.einddatum >= r.teldatum)
	GROUP BY ALL
),
jaren AS (
	SELECT schooljaar FROM referentie
	UNION SELECT schooljaar FROM tlv_jaar WHERE schooljaar IS NOT NULL
	UNION SELECT schooljaar FROM gestart WHERE schooljaar IS NOT NULL
)
SELECT j.schooljaar, r.teldatum AS referentie_teldatum, s.brin, s.vestiging, s.soort, s.kring,
	t.leerlingen, t.leerlingen_min, t.leerlingen_max,
	coalesce(v.tlv_sbo, 0) AS tlv_sbo, coalesce(v.tlv_so, 0) AS tlv_so,
	coalesce(l.leerlingen_rugzak, 0) AS leerlingen_rugzak, coalesce(l.arrangementen, 0) AS arrangementen,
	coalesce(l.groepsarrangementen, 0) AS groepsarrangementen,
	g.kosten, coalesce(g.gestarte_arrangementen, 0) AS gestarte_arrangementen,
	coalesce(g.met_aanvraagdatum, 0) AS met_aanvraagdatum, coalesce(g.binnen_2_weken, 0) AS binnen_2_weken,
	coalesce(g.liepen_13_weken, 0) AS liepen_13_weken, coalesce(g.op_tijd_geevalueerd, 0) AS op_tijd_geevalueerd
FROM jaren j CROSS JOIN scholen s
LEFT JOIN referentie r ON r.schooljaar = j.schooljaar
LEFT JOIN telling t ON t.teldatum = r.teldatum AND t.brin = s.brin AND t.vestiging = s.vestiging
LEFT JOIN tlv_jaar v ON v.schooljaar = j.schooljaar AND v.brin = s.brin AND v.vestiging = s.vestiging
LEFT JOIN lopend l ON l.schooljaar = j.schooljaar AND l.brin = s.brin AND l.vestiging = s.vestiging
LEFT JOIN gestart g ON g.schooljaar = j.schooljaar AND g.brin = s.brin AND g.vestiging = s.vestiging
ORDER BY j.schooljaar, s.brin, s.vestiging`
	},
	{
		naam: 'vooraf_school_verwijzingen',
		uitleg: 'queries/school_verwijzingen.sql voor alle scholen: per school per schooljaar met de eigen kring en het SWV ernaast',
		sql: `WITH per_school AS (
	SELECT v.schooljaar, v.referentie_teldatum, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
		v.leerlingen,
		coalesce(v.leerlingen_min, v.leerlingen) AS laag, coalesce(v.leerlingen_max, v.leerlingen) AS hoog,
		(v.leerlingen_min IS NOT NULL OR v.leerlingen_max IS NOT NULL) AS schatting,
		-- Without any TLV loaded: "geen gegevens" (NULL, and so every sum and rate built on it), never 0.
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN v.tlv_sbo END AS tlv_sbo,
		CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN v.tlv_so END AS tlv_so
	FROM vooraf_school_jaar v JOIN scholen s USING (brin, vestiging)
	WHERE v.referentie_teldatum IS NOT NULL AND s.soort IN ('bao', 'sbo')
),
vergelijking AS (
	SELECT *,
		tlv_sbo + tlv_so AS verwijzingen,
		1000 * (tlv_sbo + tlv_so) / nullif(leerlingen, 0) AS w,
		1000 * sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar, kring) / nullif(sum(leerlingen) OVER (PARTITION BY schooljaar, kring), 0) AS kring_w,
		1000 * sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar) / nullif(sum(leerlingen) OVER (PARTITION BY schooljaar), 0) AS swv_w,
		sum(leerlingen) OVER (PARTITION BY schooljaar, kring) AS kring_leerlingen,
		sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar, kring) AS kring_verwijzingen,
		sum(leerlingen) OVER (PARTITION BY schooljaar) AS swv_leerlingen,
		sum(tlv_sbo + tlv_so) OVER (PARTITION BY schooljaar) AS swv_verwijzingen,
		count(*) OVER (PARTITION BY schooljaar, kring) AS kring_scholen,
		sum(laag) OVER (PARTITION BY schooljaar, kring) AS kring_laag, sum(hoog) OVER (PARTITION BY schooljaar, kring) AS kring_hoog,
		coalesce(bool_or(schatting) OVER (PARTITION BY schooljaar, kring), false) AS kring_schatting,
		sum(laag) OVER (PARTITION BY schooljaar) AS swv_laag, sum(hoog) OVER (PARTITION BY schooljaar) AS swv_hoog,
		coalesce(bool_or(schatting) OVER (PARTITION BY schooljaar), false) AS swv_schatting
	FROM per_school
),
verdeling AS (
	SELECT schooljaar,
		quantile_cont(w, 0.25) AS p25, quantile_cont(w, 0.5) AS mediaan, quantile_cont(w, 0.75) AS p75,
		count(w)::INTEGER AS scholen
	FROM vergelijking GROUP BY schooljaar
)
SELECT v.schooljaar, v.referentie_teldatum, v.school, v.naam, v.soort, v.kring,
	v.leerlingen::INTEGER AS leerlingen, v.tlv_sbo::INTEGER AS tlv_sbo, v.tlv_so::INTEGER AS tlv_so, v.verwijzingen::INTEGER AS verwijzingen,
	v.w AS verwijzingen_per_1000,
	v.kring_w AS kring_verwijzingen_per_1000,
	v.swv_w AS swv_verwijzingen_per_1000,
	d.p25 AS scholen_p25, d.mediaan AS scholen_mediaan, d.p75 AS scholen_p75, d.scholen,
	v.kring_leerlingen::INTEGER AS kring_leerlingen, v.kring_verwijzingen::INTEGER AS kring_verwijzingen,
	v.swv_leerlingen::INTEGER AS swv_leerlingen, v.swv_verwijzingen::INTEGER AS swv_verwijzingen,
	v.kring_scholen::INTEGER AS kring_scholen,
	CASE WHEN v.schatting THEN v.laag::INTEGER END AS leerlingen_min,
	CASE WHEN v.schatting THEN v.hoog::INTEGER END AS leerlingen_max,
	CASE WHEN v.schatting THEN 1000 * v.verwijzingen / nullif(v.hoog, 0) END AS verwijzingen_per_1000_min,
	CASE WHEN v.schatting THEN 1000 * v.verwijzingen / nullif(v.laag, 0) END AS verwijzingen_per_1000_max,
	CASE WHEN v.kring_schatting THEN 1000 * v.kring_verwijzingen / nullif(v.kring_hoog, 0) END AS kring_verwijzingen_per_1000_min,
	CASE WHEN v.kring_schatting THEN 1000 * v.kring_verwijzingen / nullif(v.kring_laag, 0) END AS kring_verwijzingen_per_1000_max,
	CASE WHEN v.swv_schatting THEN 1000 * v.swv_verwijzingen / nullif(v.swv_hoog, 0) END AS swv_verwijzingen_per_1000_min,
	CASE WHEN v.swv_schatting THEN 1000 * v.swv_verwijzingen / nullif(v.swv_laag, 0) END AS swv_verwijzingen_per_1000_max
FROM vergelijking v JOIN verdeling d USING (schooljaar)
ORDER BY v.school, v.schooljaar`
	},
	{
		naam: 'vooraf_school_arrangementen',
		uitleg: 'queries/school_arrangementen.sql voor alle scholen: per school per schooljaar met de eigen kring en het SWV ernaast',
		sql: `WITH geladen AS (
	SELECT EXISTS (SELECT 1 FROM arrangementen) AS ja
),
samen AS (
	-- Without any arrangement loaded every figure here is "geen gegevens" (NULL), never 0.
	SELECT v.schooljaar, v.referentie_teldatum AS teldatum, s.brin || s.vestiging AS school, s.naam, s.soort, s.kring,
		v.leerlingen,
		CASE WHEN NOT g.ja THEN NULL WHEN s.soort = 'bao' THEN v.leerlingen_rugzak ELSE 0 END AS leerlingen_rugzak,
		CASE WHEN g.ja THEN v.arrangementen END AS arrangementen,
		v.kosten,
		CASE WHEN g.ja THEN v.gestarte_arrangementen END AS gestarte_arrangementen,
		CASE WHEN g.ja THEN v.met_aanvraagdatum END AS met_aanvraagdatum, CASE WHEN g.ja THEN v.binnen_2_weken END AS binnen_2_weken,
		CASE WHEN g.ja THEN v.liepen_13_weken END AS liepen_13_weken, CASE WHEN g.ja THEN v.op_tijd_geevalueerd END AS op_tijd_geevalueerd
	FROM vooraf_school_jaar v JOIN scholen s USING (brin, vestiging), geladen g
	WHERE v.referentie_teldatum IS NOT NULL AND s.soort IN ('bao', 'sbo')
),
vergelijking AS (
	SELECT *,
		100 * sum(leerlingen_rugzak) OVER k / nullif(sum(leerlingen) OVER k, 0) AS kring_rugzak,
		100 * sum(leerlingen_rugzak) OVER j / nullif(sum(leerlingen) OVER j, 0) AS swv_rugzak,
		100 * sum(binnen_2_weken) OVER k / nullif(sum(met_aanvraagdatum) OVER k, 0) AS kring_start,
		100 * sum(binnen_2_weken) OVER j / nullif(sum(met_aanvraagdatum) OVER j, 0) AS swv_start,
		100 * sum(op_tijd_geevalueerd) OVER k / nullif(sum(liepen_13_weken) OVER k, 0) AS kring_evaluatie,
		100 * sum(op_tijd_geevalueerd) OVER j / nullif(sum(liepen_13_weken) OVER j, 0) AS swv_evaluatie,
		sum(leerlingen) OVER k AS k_leerlingen, sum(leerlingen_rugzak) OVER k AS k_leerlingen_rugzak,
		sum(met_aanvraagdatum) OVER k AS k_met_aanvraagdatum, sum(binnen_2_weken) OVER k AS k_binnen_2_weken,
		sum(liepen_13_weken) OVER k AS k_liepen_13_weken, sum(op_tijd_geevalueerd) OVER k AS k_op_tijd_geevalueerd,
		sum(leerlingen) OVER j AS j_leerlingen, sum(leerlingen_rugzak) OVER j AS j_leerlingen_rugzak,
		sum(met_aanvraagdatum) OVER j AS j_met_aanvraagdatum, sum(binnen_2_weken) OVER j AS j_binnen_2_weken,
		sum(liepen_13_weken) OVER j AS j_liepen_13_weken, sum(op_tijd_geevalueerd) OVER j AS j_op_tijd_geevalueerd,
		count(*) OVER k AS k_scholen
	FROM samen
	WINDOW k AS (PARTITION BY schooljaar, kring), j AS (PARTITION BY schooljaar)
)
SELECT schooljaar, teldatum AS referentie_teldatum, school, naam, soort, kring,
	leerlingen::INTEGER AS leerlingen, leerlingen_rugzak::INTEGER AS leerlingen_rugzak,
	CASE WHEN soort = 'bao' THEN 100 * leerlingen_rugzak / nullif(leerlingen, 0) END AS rugzak_pct,
	kring_rugzak AS kring_rugzak_pct, swv_rugzak AS swv_rugzak_pct,
	arrangementen::INTEGER AS arrangementen, CASE WHEN (SELECT EXISTS (SELECT 1 FROM arrangementen)) THEN coalesce(kosten, 0) END AS kosten,
	met_aanvraagdatum::INTEGER AS met_aanvraagdatum, binnen_2_weken::INTEGER AS binnen_2_weken,
	100 * binnen_2_weken / nullif(met_aanvraagdatum, 0) AS start_binnen_2_weken_pct,
	kring_start AS kring_start_binnen_2_weken_pct, swv_start AS swv_start_binnen_2_weken_pct,
	liepen_13_weken::INTEGER AS liepen_13_weken, op_tijd_geevalueerd::INTEGER AS op_tijd_geevalueerd,
	100 * op_tijd_geevalueerd / nullif(liepen_13_weken, 0) AS evaluatie_op_tijd_pct,
	kring_evaluatie AS kring_evaluatie_op_tijd_pct, swv_evaluatie AS swv_evaluatie_op_tijd_pct,
	gestarte_arrangementen::INTEGER AS gestarte_arrangementen,
	k_leerlingen::INTEGER AS kring_leerlingen, k_leerlingen_rugzak::INTEGER AS kring_leerlingen_rugzak,
	k_met_aanvraagdatum::INTEGER AS kring_met_aanvraagdatum, k_binnen_2_weken::INTEGER AS kring_binnen_2_weken,
	k_liepen_13_weken::INTEGER AS kring_liepen_13_weken, k_op_tijd_geevalueerd::INTEGER AS kring_op_tijd_geevalueerd,
	j_leerlingen::INTEGER AS swv_leerlingen, j_leerlingen_rugzak::INTEGER AS swv_leerlingen_rugzak,
	j_met_aanvraagdatum::INTEGER AS swv_met_aanvraagdatum, j_binnen_2_weken::INTEGER AS swv_binnen_2_weken,
	j_liepen_13_weken::INTEGER AS swv_liepen_13_weken, j_op_tijd_geevalueerd::INTEGER AS swv_op_tijd_geevalueerd,
	k_scholen::INTEGER AS kring_scholen
FROM vergelijking
ORDER BY school, schooljaar`
	},
	{
		naam: 'vooraf_school_budget',
		uitleg: 'queries/school_budget.sql voor alle scholen en schooljaren: het schoolbudget met de eigen kring en het SWV ernaast',
		sql: `WITH per_school AS (
	SELECT sj, brin || vestiging AS school, kring, toegekend, besteed, leerlingen, ondersteund
	FROM vooraf_budget_per_school
),
kring AS (
	SELECT sj, kring, sum(toegekend) AS toegekend, sum(besteed) AS besteed, sum(leerlingen) AS leerlingen, sum(ondersteund) AS ondersteund,
		count(*) AS scholen
	FROM per_school GROUP BY sj, kring
),
swv AS (
	SELECT sj, sum(toegekend) AS toegekend, sum(besteed) AS besteed, sum(leerlingen) AS leerlingen, sum(ondersteund) AS ondersteund
	FROM per_school GROUP BY sj
)
SELECT p.sj AS schooljaar, p.school, s.naam, p.kring,
	p.toegekend::DOUBLE AS budget_toegekend,
	p.besteed::DOUBLE AS budget_besteed,
	100 * p.besteed / nullif(p.toegekend, 0) AS uitputting_pct,
	(coalesce(p.toegekend, 0) - p.besteed)::DOUBLE AS saldo,
	p.leerlingen::INTEGER AS leerlingen,
	p.toegekend / nullif(p.leerlingen, 0) AS budget_per_leerling,
	p.ondersteund::INTEGER AS ondersteunde_leerlingen,
	p.besteed / nullif(p.ondersteund, 0) AS kosten_per_ondersteunde_leerling,
	100 * k.besteed / nullif(k.toegekend, 0) AS kring_uitputting_pct,
	k.toegekend / nullif(k.leerlingen, 0) AS kring_budget_per_leerling,
	k.besteed / nullif(k.ondersteund, 0) AS kring_kosten_per_ondersteunde_leerling,
	100 * w.besteed / nullif(w.toegekend, 0) AS swv_uitputting_pct,
	w.toegekend / nullif(w.leerlingen, 0) AS swv_budget_per_leerling,
	w.besteed / nullif(w.ondersteund, 0) AS swv_kosten_per_ondersteunde_leerling,
	k.leerlingen::INTEGER AS kring_leerlingen, k.ondersteund::INTEGER AS kring_ondersteunde_leerlingen,
	w.leerlingen::INTEGER AS swv_leerlingen, w.ondersteund::INTEGER AS swv_ondersteunde_leerlingen,
	k.scholen::INTEGER AS kring_scholen
FROM per_school p
JOIN scholen s ON s.brin || s.vestiging = p.school
LEFT JOIN kring k ON k.sj = p.sj AND k.kring IS NOT DISTINCT FROM p.kring
JOIN swv w ON w.sj = p.sj
ORDER BY p.school, p.sj`
	},
	{
		naam: 'vooraf_kerncijfers',
		uitleg: 'de kerncijfers van het samenwerkingsverband per teldatum (queries/kerncijfers.sql zonder vorig jaar en landelijk)',
		sql: `WITH teldata AS (
	SELECT DISTINCT teldatum FROM telling
),
telling_per_soort AS (
	SELECT t.teldatum,
		sum(t.leerlingen) FILTER (WHERE s.soort = 'bao') AS bao,
		sum(t.leerlingen) FILTER (WHERE s.soort = 'sbo') AS sbo,
		sum(coalesce(t.leerlingen_min, t.leerlingen)) FILTER (WHERE s.soort = 'bao') AS bao_min,
		sum(coalesce(t.leerlingen_max, t.leerlingen)) FILTER (WHERE s.soort = 'bao') AS bao_max,
		sum(coalesce(t.leerlingen_min, t.leerlingen)) FILTER (WHERE s.soort = 'sbo') AS sbo_min,
		sum(coalesce(t.leerlingen_max, t.leerlingen)) FILTER (WHERE s.soort = 'sbo') AS sbo_max,
		-- A count with a range (DUO's <5 cells) is an estimate; the page says so.
		bool_or(t.leerlingen_min IS NOT NULL OR t.leerlingen_max IS NOT NULL) FILTER (WHERE s.soort IN ('bao', 'sbo')) AS schatting,
		sum(t.leerlingen) FILTER (WHERE s.soort = 'vo') AS vo,
		sum(t.leerlingen) FILTER (WHERE s.soort = 'pro') AS pro,
		sum(t.lwoo) FILTER (WHERE s.soort = 'vo') AS lwoo,
		count(t.lwoo) FILTER (WHERE s.soort = 'vo') > 0 AS lwoo_geteld
	FROM telling t JOIN scholen s USING (brin, vestiging)
	GROUP BY t.teldatum
),
geladen AS (
	SELECT EXISTS (SELECT 1 FROM tlv) AS tlv, EXISTS (SELECT 1 FROM arrangementen) AS arrangementen
),
tlv_actief AS (
	SELECT teldatum, so, vso FROM vooraf_teldatum_totaal
),
rugzak_actief AS (
	SELECT a.teldatum, count(DISTINCT a.leerling) AS rugzak
	FROM vooraf_arrangement_teldatum a
	JOIN scholen s ON s.brin = a.brin AND s.vestiging = a.vestiging AND s.soort = 'bao'
	GROUP BY a.teldatum
)
SELECT d.teldatum,
	schooljaar(d.teldatum) AS schooljaar,
	CASE month(d.teldatum) WHEN 10 THEN 'oktober' WHEN 2 THEN 'februari' ELSE 'overig' END AS teldatum_soort,
	coalesce(p.bao, 0)::INTEGER AS leerlingen_bao,
	coalesce(p.sbo, 0)::INTEGER AS leerlingen_sbo,
	CASE WHEN g.tlv THEN coalesce(so.so, 0)::INTEGER END AS leerlingen_so,
	CASE WHEN g.arrangementen THEN coalesce(r.rugzak, 0)::INTEGER END AS leerlingen_rugzak,
	coalesce(p.schatting, false) AS telling_schatting,
	100 * p.sbo / nullif(p.bao + p.sbo, 0) AS deelname_sbo_pct,
	100 * leerlingen_so / nullif(p.bao + p.sbo, 0) AS deelname_so_pct,
	100 * leerlingen_rugzak / nullif(p.bao + p.sbo, 0) AS rugzak_pct,
	-- The range of an estimate: the fewest sbo pupils against the most bao pupils, and back.
	CASE WHEN telling_schatting THEN 100 * p.sbo_min / nullif(p.bao_max + p.sbo_min, 0) END AS deelname_sbo_pct_min,
	CASE WHEN telling_schatting THEN 100 * p.sbo_max / nullif(p.bao_min + p.sbo_max, 0) END AS deelname_sbo_pct_max,
	CASE WHEN telling_schatting THEN 100 * leerlingen_so / nullif(p.bao_max + p.sbo_max, 0) END AS deelname_so_pct_min,
	CASE WHEN telling_schatting THEN 100 * leerlingen_so / nullif(p.bao_min + p.sbo_min, 0) END AS deelname_so_pct_max,
	CASE WHEN telling_schatting THEN 100 * leerlingen_rugzak / nullif(p.bao_max + p.sbo_max, 0) END AS rugzak_pct_min,
	CASE WHEN telling_schatting THEN 100 * leerlingen_rugzak / nullif(p.bao_min + p.sbo_min, 0) END AS rugzak_pct_max,
	-- VO: over vo + pro; lwoo is "geen gegevens" when no telling of the vo schools filled it.
	-- A database without vo or pro schools (PO) has no VO figures: NULL, never 0.
	CASE WHEN p.vo IS NOT NULL OR p.pro IS NOT NULL THEN coalesce(p.vo, 0)::INTEGER END AS leerlingen_vo,
	CASE WHEN p.vo IS NOT NULL OR p.pro IS NOT NULL THEN coalesce(p.pro, 0)::INTEGER END AS leerlingen_pro,
	CASE WHEN p.lwoo_geteld THEN p.lwoo::INTEGER END AS leerlingen_lwoo,
	CASE WHEN g.tlv AND (p.vo IS NOT NULL OR p.pro IS NOT NULL) THEN coalesce(so.vso, 0)::INTEGER END AS leerlingen_vso,
	100 * leerlingen_vso / nullif(leerlingen_vo + leerlingen_pro, 0) AS deelname_vso_pct,
	100 * leerlingen_pro / nullif(leerlingen_vo + leerlingen_pro, 0) AS deelname_pro_pct,
	100 * leerlingen_lwoo / nullif(leerlingen_vo + leerlingen_pro, 0) AS deelname_lwoo_pct
FROM teldata d
LEFT JOIN telling_per_soort p USING (teldatum)
LEFT JOIN tlv_actief so USING (teldatum)
LEFT JOIN rugzak_actief r USING (teldatum)
CROSS JOIN geladen g`
	}
];

/** Changes when a definition changes: a database built by another version is rebuilt at opening. */
export const VOORAF_VERSIE = createHash('sha256')
	.update(JSON.stringify(VOORAF.map((v) => [v.naam, v.sql])))
	.digest('hex')
	.slice(0, 16);

/**
 * Build the tables from the data as `c` sees it now: every table, or with `veranderd` (the tables an
 * import replaced rows of) only those that read one of them, directly or through another table built
 * again. An export of hours rebuilds the four expertteam tables, not the 23 (at scale 50: 2,5 of 10 s).
 * Call inside the transaction that changed the data (db.changeData), so the tables commit or roll back
 * with it.
 */
export async function berekenVooraf(c: DuckDBConnection, veranderd: Iterable<string> | null = null): Promise<void> {
	const opnieuw = veranderd ? await teBouwen(c, new Set(veranderd)) : null;
	for (const v of VOORAF) if (!opnieuw || opnieuw.has(v.naam)) await c.run(`CREATE OR REPLACE TABLE ${v.naam} AS ${v.sql}`);
	await c.run(`INSERT INTO meta VALUES ('vooraf_versie', '${VOORAF_VERSIE}') ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

/** The tables each precomputed table reads (table name → names), from DuckDB's plan of its SQL. */
let leest: Promise<Map<string, Set<string>>> | null = null;

/**
 * What every table reads, as DuckDB plans it: the tables its scans read, macros (schema.ts) included.
 * Planned without the optimiser, so a scan the optimiser could leave out on today's data (an empty
 * table) still counts. It depends on the SQL alone, so it is asked once per process.
 */
export function leesLijst(c: DuckDBConnection): Promise<Map<string, Set<string>>> {
	leest ??= (async () => {
		const uit = new Map<string, Set<string>>();
		await c.run('PRAGMA disable_optimizer');
		try {
			for (const v of VOORAF) {
				const plan = (await c.runAndReadAll(`EXPLAIN (FORMAT JSON) ${v.sql}`)).getRows().map((r) => String(r[1]));
				const tabellen = new Set<string>();
				const loop = (n: { extra_info?: { Table?: string }; children?: unknown[] }) => {
					const t = n.extra_info?.Table;
					if (t) tabellen.add(t.split('.').pop()!.replace(/"/g, ''));
					for (const k of n.children ?? []) loop(k as typeof n);
				};
				for (const p of plan) for (const n of JSON.parse(p)) loop(n);
				uit.set(v.naam, tabellen);
			}
		} finally {
			await c.run('PRAGMA enable_optimizer');
		}
		return uit;
	})().catch((e) => {
		leest = null;
		throw e;
	});
	return leest;
}

/** The tables to build again when `veranderd` changed: in build order, so a table built again counts for those after it. */
export async function teBouwen(c: DuckDBConnection, veranderd: Set<string>): Promise<Set<string>> {
	const lijst = await leesLijst(c);
	const opnieuw = new Set<string>();
	for (const v of VOORAF) if ([...lijst.get(v.naam)!].some((t) => veranderd.has(t) || opnieuw.has(t))) opnieuw.add(v.naam);
	return opnieuw;
}

/** At opening: (re)build the tables in one transaction when they are missing or from another version. */
export async function zorgVoorVooraf(c: DuckDBConnection): Promise<void> {
	const r = await c.runAndReadAll(`SELECT value FROM meta WHERE key = 'vooraf_versie'`);
	if (r.getRows()[0]?.[0] === VOORAF_VERSIE) return;
	await c.run('BEGIN TRANSACTION');
	try {
		await berekenVooraf(c);
		await c.run('COMMIT');
	} catch (e) {
		await c.run('ROLLBACK');
		throw e;
	}
}
