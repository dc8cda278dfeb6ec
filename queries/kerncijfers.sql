-- kerncijfers: deelname sbo en so en rugzak/arrangement per teldatum, met vorig jaar en landelijk.
-- Definitions: docs/cijfers.md. The denominator is bao + sbo (so is not in it).
-- Previous year = the same kind of teldatum one year earlier. Landelijk = the newest national figure
-- of that schooljaar or before: the newest with the same definition, else the newest of another one;
-- its year and definition come along so the page can label it (and judge only the same definition).
-- A source that was never loaded is "geen gegevens": without TLVs the so counts are NULL, without
-- arrangementen the rugzak counts, never 0. Counts with a range (DUO's <5 cells) give each rate its
-- smallest and largest possible value (`_min`, `_max`; NULL when every count is exact).
-- Figures at full precision: rounded once, at display.
-- VO (docs/cijfers.md): a VO database carries deelname_vso_pct, deelname_pro_pct and deelname_lwoo_pct,
-- all over vo + pro (vso not in the denominator); lwoo counts only at vo schools. In a PO database the
-- VO columns are NULL; in a VO database the PO rates are NULL (no denominator), and so are the other sector's
-- national figures; monitor_info.sector says which.
-- @param schooljaar schooljaar?
-- @scope swv
-- @count leerlingen_bao leerlingen_sbo leerlingen_so leerlingen_rugzak
-- @count vorig_leerlingen_bao vorig_leerlingen_sbo vorig_leerlingen_so vorig_leerlingen_rugzak
-- @rate deelname_sbo_pct from leerlingen_sbo leerlingen_bao
-- @rate deelname_so_pct from leerlingen_so leerlingen_bao leerlingen_sbo
-- @rate rugzak_pct from leerlingen_rugzak leerlingen_bao leerlingen_sbo
-- @rate vorig_deelname_sbo_pct from vorig_leerlingen_sbo vorig_leerlingen_bao
-- @rate vorig_deelname_so_pct from vorig_leerlingen_so vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_rugzak_pct from vorig_leerlingen_rugzak vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate deelname_sbo_pct_min from leerlingen_sbo leerlingen_bao
-- @rate deelname_sbo_pct_max from leerlingen_sbo leerlingen_bao
-- @rate deelname_so_pct_min from leerlingen_so leerlingen_bao leerlingen_sbo
-- @rate deelname_so_pct_max from leerlingen_so leerlingen_bao leerlingen_sbo
-- @rate rugzak_pct_min from leerlingen_rugzak leerlingen_bao leerlingen_sbo
-- @rate rugzak_pct_max from leerlingen_rugzak leerlingen_bao leerlingen_sbo
-- @rate vorig_deelname_sbo_pct_min from vorig_leerlingen_sbo vorig_leerlingen_bao
-- @rate vorig_deelname_sbo_pct_max from vorig_leerlingen_sbo vorig_leerlingen_bao
-- @rate vorig_deelname_so_pct_min from vorig_leerlingen_so vorig_leerlingen_bao vorig_leerlingen_sbo
-- @rate vorig_deelname_so_pct_max from vorig_leerlingen_so vorig_leerlingen_bao vorig_leerlingen_sbo
-- @public landelijk_deelname_sbo_pct landelijk_deelname_sbo_jaar landelijk_deelname_so_pct landelijk_deelname_so_jaar
-- @public landelijk_rugzak_pct landelijk_rugzak_jaar
-- @count leerlingen_vo leerlingen_pro leerlingen_lwoo leerlingen_vso
-- @count vorig_leerlingen_vo vorig_leerlingen_pro vorig_leerlingen_lwoo vorig_leerlingen_vso
-- @rate deelname_vso_pct from leerlingen_vso leerlingen_vo leerlingen_pro
-- @rate deelname_pro_pct from leerlingen_pro leerlingen_vo
-- @rate deelname_lwoo_pct from leerlingen_lwoo leerlingen_vo leerlingen_pro
-- @rate vorig_deelname_vso_pct from vorig_leerlingen_vso vorig_leerlingen_vo vorig_leerlingen_pro
-- @rate vorig_deelname_pro_pct from vorig_leerlingen_pro vorig_leerlingen_vo
-- @rate vorig_deelname_lwoo_pct from vorig_leerlingen_lwoo vorig_leerlingen_vo vorig_leerlingen_pro
-- @public landelijk_deelname_vso_pct landelijk_deelname_vso_jaar landelijk_deelname_pro_pct landelijk_deelname_pro_jaar
-- @public landelijk_deelname_lwoo_pct landelijk_deelname_lwoo_jaar
-- The figures per teldatum are computed once per import (src/lib/server/vooraf.ts, vooraf_kerncijfers).
WITH per_teldatum AS (
	SELECT * FROM vooraf_kerncijfers
),
landelijk AS (
	SELECT pt.teldatum, ref.indicator,
		arg_max({'waarde': ref.waarde, 'jaar': ref.jaar, 'definitie': ref.definitie, 'zelfde': ref.zelfde_definitie, 'bron': ref.bron},
			ref.zelfde_definitie::INTEGER * 10000 + ref.jaar) AS ref
	FROM per_teldatum pt
	JOIN referentie_landelijk ref
		-- Only the national figures of the database's own sector (as monitor_info.sql decides it): a VO
		-- SWV's rows carry no national sbo figure, a PO SWV's no national vso figure.
		ON (CASE WHEN EXISTS (SELECT 1 FROM scholen WHERE soort IN ('vo', 'pro', 'vso'))
			THEN ref.indicator IN ('deelname_vso_pct', 'deelname_pro_pct', 'deelname_lwoo_pct')
			ELSE ref.indicator IN ('deelname_sbo_pct', 'deelname_so_pct', 'rugzak_pct') END)
		AND ref.jaar <= CAST(left(pt.schooljaar, 4) AS INTEGER)
	GROUP BY pt.teldatum, ref.indicator
)
SELECT pt.*,
	vorig.teldatum AS vorig_teldatum,
	vorig.leerlingen_bao AS vorig_leerlingen_bao,
	vorig.leerlingen_sbo AS vorig_leerlingen_sbo,
	vorig.leerlingen_so AS vorig_leerlingen_so,
	vorig.leerlingen_rugzak AS vorig_leerlingen_rugzak,
	vorig.deelname_sbo_pct AS vorig_deelname_sbo_pct,
	vorig.deelname_so_pct AS vorig_deelname_so_pct,
	vorig.rugzak_pct AS vorig_rugzak_pct,
	vorig.deelname_sbo_pct_min AS vorig_deelname_sbo_pct_min,
	vorig.deelname_sbo_pct_max AS vorig_deelname_sbo_pct_max,
	vorig.deelname_so_pct_min AS vorig_deelname_so_pct_min,
	vorig.deelname_so_pct_max AS vorig_deelname_so_pct_max,
	l_sbo.ref.waarde AS landelijk_deelname_sbo_pct,
	l_sbo.ref.jaar AS landelijk_deelname_sbo_jaar,
	l_sbo.ref.definitie AS landelijk_deelname_sbo_definitie,
	l_sbo.ref.zelfde AS landelijk_deelname_sbo_zelfde_definitie,
	l_so.ref.waarde AS landelijk_deelname_so_pct,
	l_so.ref.jaar AS landelijk_deelname_so_jaar,
	l_so.ref.definitie AS landelijk_deelname_so_definitie,
	l_so.ref.zelfde AS landelijk_deelname_so_zelfde_definitie,
	l_rz.ref.waarde AS landelijk_rugzak_pct,
	l_rz.ref.jaar AS landelijk_rugzak_jaar,
	l_rz.ref.definitie AS landelijk_rugzak_definitie,
	l_sbo.ref.bron AS landelijk_bron,
	vorig.leerlingen_vo AS vorig_leerlingen_vo,
	vorig.leerlingen_pro AS vorig_leerlingen_pro,
	vorig.leerlingen_lwoo AS vorig_leerlingen_lwoo,
	vorig.leerlingen_vso AS vorig_leerlingen_vso,
	vorig.deelname_vso_pct AS vorig_deelname_vso_pct,
	vorig.deelname_pro_pct AS vorig_deelname_pro_pct,
	vorig.deelname_lwoo_pct AS vorig_deelname_lwoo_pct,
	l_vso.ref.waarde AS landelijk_deelname_vso_pct,
	l_vso.ref.jaar AS landelijk_deelname_vso_jaar,
	l_vso.ref.definitie AS landelijk_deelname_vso_definitie,
	l_vso.ref.zelfde AS landelijk_deelname_vso_zelfde_definitie,
	l_vso.ref.bron AS landelijk_deelname_vso_bron,
	l_pro.ref.waarde AS landelijk_deelname_pro_pct,
	l_pro.ref.jaar AS landelijk_deelname_pro_jaar,
	l_pro.ref.definitie AS landelijk_deelname_pro_definitie,
	l_pro.ref.zelfde AS landelijk_deelname_pro_zelfde_definitie,
	l_pro.ref.bron AS landelijk_deelname_pro_bron,
	l_lwoo.ref.waarde AS landelijk_deelname_lwoo_pct,
	l_lwoo.ref.jaar AS landelijk_deelname_lwoo_jaar,
	l_lwoo.ref.definitie AS landelijk_deelname_lwoo_definitie,
	l_lwoo.ref.zelfde AS landelijk_deelname_lwoo_zelfde_definitie,
	l_lwoo.ref.bron AS landelijk_deelname_lwoo_bron
FROM per_teldatum pt
LEFT JOIN per_teldatum vorig ON vorig.teldatum = pt.teldatum - INTERVAL 1 YEAR
LEFT JOIN landelijk l_sbo ON l_sbo.teldatum = pt.teldatum AND l_sbo.indicator = 'deelname_sbo_pct'
LEFT JOIN landelijk l_so ON l_so.teldatum = pt.teldatum AND l_so.indicator = 'deelname_so_pct'
LEFT JOIN landelijk l_rz ON l_rz.teldatum = pt.teldatum AND l_rz.indicator = 'rugzak_pct'
LEFT JOIN landelijk l_vso ON l_vso.teldatum = pt.teldatum AND l_vso.indicator = 'deelname_vso_pct'
LEFT JOIN landelijk l_pro ON l_pro.teldatum = pt.teldatum AND l_pro.indicator = 'deelname_pro_pct'
LEFT JOIN landelijk l_lwoo ON l_lwoo.teldatum = pt.teldatum AND l_lwoo.indicator = 'deelname_lwoo_pct'
WHERE $schooljaar IS NULL OR pt.schooljaar = $schooljaar
ORDER BY pt.teldatum
