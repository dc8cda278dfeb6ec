/**
 * Figures computed once per import for the expertteam, budget and financiën queries (issue 20), part of
 * VOORAF (vooraf.ts: built in the import's own transaction, rebuilt at opening when a definition
 * changes). Each table holds sums the queries added up themselves before, so a page reads a few
 * thousand rows instead of millions of bookings; every figure stays what it was.
 *
 * The expertteam tables hold the hours without the page's filters on organisatie, expertise and
 * activiteit (the view nearly everyone opens); a query with one of those filters reads the bookings
 * themselves, as before. Hours and bereik (a sum of pupils per booking, not distinct pupils) can be
 * summed again over schools, kringen and months.
 */

/** The expertteam bookings, summed (queries/expertteam_*.sql, school_expertteam.sql, doelmatigheid_uren_verwijzingen.sql). */
const EXPERTTEAM = [
	{
		naam: 'vooraf_expertteam_school',
		uitleg: 'de uren en het bereik van het expertteam per schooljaar, kring en school (brin NULL: uren op de hele kring), met de laatste boekdatum',
		sql: `SELECT schooljaar, kring, brin, vestiging, sum(uren) AS uren, sum(leerlingen) AS leerlingen, max(datum) AS laatste
		FROM expertteam_inzet
		GROUP BY ALL
		ORDER BY schooljaar, kring`
	},
	{
		naam: 'vooraf_expertteam_maand',
		uitleg: 'de uren van het expertteam per schooljaar, kring en kalendermaand (de burn-up)',
		sql: `SELECT schooljaar, kring, CAST(date_trunc('month', datum) AS DATE) AS maand, sum(uren) AS uren
		FROM expertteam_inzet
		GROUP BY ALL
		ORDER BY schooljaar, kring`
	},
	{
		naam: 'vooraf_expertteam_verdeling',
		uitleg: 'de uren en het bereik van het expertteam per schooljaar en kring, verdeeld naar organisatie, expertise, activiteit en niveau',
		// The values as booked (a missing expertise or niveau stays NULL: the query calls it 'onbekend').
		sql: `SELECT schooljaar, kring, 'organisatie' AS dimensie, organisatie AS waarde, sum(uren) AS uren, sum(leerlingen) AS leerlingen
		FROM expertteam_inzet GROUP BY ALL
		UNION ALL SELECT schooljaar, kring, 'expertise', expertise, sum(uren), sum(leerlingen) FROM expertteam_inzet GROUP BY ALL
		UNION ALL SELECT schooljaar, kring, 'activiteit', activiteit, sum(uren), sum(leerlingen) FROM expertteam_inzet GROUP BY ALL
		UNION ALL SELECT schooljaar, kring, 'niveau', niveau, sum(uren), sum(leerlingen) FROM expertteam_inzet GROUP BY ALL
		ORDER BY schooljaar, kring`
	},
	{
		naam: 'vooraf_expertteam_opties',
		uitleg: 'queries/expertteam_opties.sql: de waarden die de filters van de expertteampagina aanbieden',
		// From the two tables above (built before it), which hold every value booked.
		sql: `SELECT DISTINCT 'schooljaar' AS filter, schooljaar AS waarde FROM vooraf_expertteam_school
		UNION SELECT 'schooljaar', schooljaar FROM expertteam_formatie
		UNION SELECT 'kring', kring FROM vooraf_expertteam_school
		UNION SELECT 'kring', kring FROM expertteam_formatie
		UNION SELECT dimensie, waarde FROM vooraf_expertteam_verdeling WHERE dimensie IN ('organisatie', 'expertise', 'activiteit') AND waarde IS NOT NULL`
	}
];

export const VOORAF_UREN: { naam: string; uitleg: string; sql: string }[] = [...EXPERTTEAM];
