-- budget_waterval: the schoolbudget of one schooljaar as a waterfall, from the allocation through the
-- spending per categorie to the balance: one row per step with its amount and where its bar starts
-- and ends (van → tot). Step 1 'Toegekend' runs 0 → toegekend; each categorie runs down from the
-- running total by its (net) spending, corrections included; the last step 'Saldo' runs 0 → saldo.
-- Scope: the whole SWV, or one kring ($kring), or one school ($school; a school account sees only its
-- own school). The schooljaar is the page's (src/lib/server/pagina.ts).
-- @param schooljaar schooljaar
-- @param kring kring?
-- @param school school?
-- @scope school
-- Amounts in euros of the school budget (not about pupils); a school account sees only its own school.
-- @public stap bedrag van tot aandeel_besteed_pct
WITH jaar AS (
	SELECT CAST($schooljaar AS VARCHAR) AS sj
),
in_beeld AS (
	SELECT brin, vestiging FROM scholen
	WHERE ($kring IS NULL OR kring = $kring) AND ($school IS NULL OR brin || vestiging = $school)
),
toegekend AS (
	SELECT coalesce(sum(b.bedrag), 0) AS bedrag FROM budget_toekenning b JOIN in_beeld USING (brin, vestiging), jaar WHERE b.schooljaar = jaar.sj
),
categorieen AS (
	SELECT * FROM (VALUES (1, 'personeel'), (2, 'professionalisering'), (3, 'materialen'), (4, 'externe inzet'), (5, 'arrangementen'), (6, 'overig')) v(volgorde, categorie)
),
per_categorie AS (
	SELECT c.volgorde, c.categorie, coalesce(sum(b.bedrag), 0) AS bedrag
	FROM categorieen c
	LEFT JOIN (SELECT b.* FROM budget_besteding b JOIN in_beeld USING (brin, vestiging), jaar WHERE b.schooljaar = jaar.sj) b USING (categorie)
	GROUP BY c.volgorde, c.categorie
),
stappen AS (
	SELECT 0 AS stap, 'Toegekend' AS label, 'toegekend' AS soort, bedrag, 0 AS van, bedrag AS tot FROM toegekend
	UNION ALL
	SELECT c.volgorde, c.categorie, 'besteding', -c.bedrag,
		t.bedrag - sum(c.bedrag) OVER (ORDER BY c.volgorde) + c.bedrag,
		t.bedrag - sum(c.bedrag) OVER (ORDER BY c.volgorde)
	FROM per_categorie c, toegekend t
	UNION ALL
	SELECT 7, 'Saldo', 'saldo', t.bedrag - (SELECT sum(bedrag) FROM per_categorie), 0, t.bedrag - (SELECT sum(bedrag) FROM per_categorie) FROM toegekend t
)
SELECT (SELECT sj FROM jaar) AS schooljaar, stap::INTEGER AS stap, label, soort,
	bedrag::DOUBLE AS bedrag, van::DOUBLE AS van, tot::DOUBLE AS tot,
	CASE WHEN soort = 'besteding' THEN 100 * -bedrag / nullif((SELECT sum(bedrag) FROM per_categorie), 0) END AS aandeel_besteed_pct
FROM stappen
-- No budget rows at all for the schooljaar: no waterfall ("geen gegevens"), never a row of € 0 (issue 12).
WHERE EXISTS (SELECT 1 FROM budget_toekenning b, jaar WHERE b.schooljaar = jaar.sj) OR EXISTS (SELECT 1 FROM budget_besteding b, jaar WHERE b.schooljaar = jaar.sj)
ORDER BY stap
