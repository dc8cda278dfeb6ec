/**
 * A small SWV for the financien and doelmatigheid queries (issue 18), small enough to compute by hand;
 * the expected figures are written out in financien.test.ts.
 */
export const FIXTURE_FINANCIEN: Record<string, string> = {
	'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring
11AA,00,Een,bao,Noorddorp,Kring Noord
11BB,00,Twee,bao,Noorddorp,Kring Noord
22CC,00,SBO,sbo,Noorddorp,Kring Noord
33DD,00,Drie,bao,Zuiddorp,Kring Zuid
`,
	// 1 februari 2025: bao + sbo = 1.000 + 500 + 100 + 400 = 2.000 (the teldatum of 1 oktober is earlier).
	'telling.csv': `teldatum,brin,vestiging,leerlingen
2024-10-01,11AA,00,900
2024-10-01,11BB,00,500
2024-10-01,22CC,00,100
2024-10-01,33DD,00,500
2025-02-01,11AA,00,1000
2025-02-01,11BB,00,500
2025-02-01,22CC,00,100
2025-02-01,33DD,00,400
`,
	// Valid on 1 februari 2025: so LL1 (twice, counted once) and LL2 (ends that day) = 2; LL3 ended the
	// day before, LL5 starts the day after. sbo LL6, LL7, LL8 = 3.
	'tlv.csv': `tlv_id,leerling,soort,categorie,besluitdatum,ingangsdatum,einddatum
T1,LL1,so,laag,2024-07-01,2024-08-01,
T2,LL2,so,laag,2024-07-01,2024-08-01,2025-02-01
T3,LL3,so,laag,2024-07-01,2024-08-01,2025-01-31
T4,LL1,so,midden,2024-12-01,2025-01-01,2026-07-31
T5,LL5,so,laag,2025-01-15,2025-02-02,
T6,LL6,sbo,,2024-07-01,2024-08-01,
T7,LL7,sbo,,2024-07-01,2024-08-01,
T8,LL8,sbo,,2024-07-01,2024-08-01,
`,
	'financien.csv': `jaar,soort,post,bedrag
2024,baten,ondersteuningsbekostiging zwaar,6000000
2024,lasten,organisatie,6100000
2024,eigen_vermogen,algemene reserve,206000
2025,baten,ondersteuningsbekostiging zwaar,8400000
2025,begroting_baten,ondersteuningsbekostiging zwaar,8000000
2025,lasten,afdracht so,24000
2025,lasten,afdracht sbo,15000
2025,lasten,schoolbudgetten,5000000
2025,lasten,organisatie,3061000
2025,begroting_lasten,afdracht so,20000
2025,begroting_lasten,schoolbudgetten,4000000
2025,begroting_lasten,organisatie,3000000
2025,eigen_vermogen,algemene reserve,500000
2025,eigen_vermogen,bestemmingsreserve,6000
`,
	'arrangementen.csv': `arrangement_id,leerling,brin,vestiging,soort,naam,startdatum,einddatum,bedrag,vervolg
A1,P1,11AA,00,individueel,Ind,2024-09-01,2025-01-31,4000,basisondersteuning
A2,P2,11AA,00,individueel,Ind,2024-09-01,2025-03-01,6000,tlv_so
A3,,11BB,00,groep,TOP-groep,2024-09-01,2025-07-15,20000,basisondersteuning
A4,P4,11BB,00,individueel,Ind,2024-09-01,2025-06-01,2000,
A5,P5,33DD,00,individueel,Gedrag,2024-09-01,2025-05-01,3000,verlenging
A6,P6,11AA,00,individueel,Ind,2024-09-01,,5000,
A7,P7,11AA,00,individueel,Ind,2023-09-01,2024-06-30,1000,basisondersteuning
`
};
