/**
 * A small fixture for the expertteam and budget queries (issue 5); every figure it gives is written
 * out in expertteam.test.ts and budget.test.ts.
 *
 * Schools: 11AA00 bao and 22CC00 sbo in Kring Noord; 11BB00 and 11DD00 bao in Kring Zuid; 44FF00 bao
 * in Kring Oost. Pupils on the reference teldatum of 2023-2024 (1 oktober 2023, the earliest; the
 * 1 februari 2024 count is not used): Noord 100 + 20 = 120, Zuid 60 + 40 = 100, Oost 80; 300 in all.
 * Formatie 2023-2024: Noord 60 (SWV) + 40 (AED) = 100, Zuid 20; Kring Oost has no allocation.
 * Hours 2023-2024: Noord 2 + 4 + 0,5 (on the leap day 2024-02-29, booked on the whole kring) = 6,5;
 * Zuid 8 + 4 = 12; Oost 2; 20,5 in all. 2023-07-31 (2022-2023) and 2024-08-01 (2024-2025) fall outside.
 * Budget 2023-2024: 11AA00 12.000 allocated / 9.000 spent (with a correction of −600), 11BB00
 * 6.000 / 7.500, 11DD00 4.000 / 800 (with a correction of −200), 44FF00 8.000 / 8.000; the sbo school
 * 22CC00 has no budget.
 */
export const FIXTURE_EXPERTTEAM = {
	'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring,bestuur
11AA,00,Basisschool Een,bao,Lindeveen,Kring Noord,Stichting A
22CC,00,SBO De Vlieger,sbo,Lindeveen,Kring Noord,Stichting B
11BB,00,Basisschool Twee,bao,Lindeveen,Kring Zuid,Stichting A
11DD,00,Basisschool Drie,bao,Lindeveen,Kring Zuid,Stichting A
44FF,00,Basisschool Vier,bao,Lindeveen,Kring Oost,Stichting A
`,
	'telling.csv': `teldatum,brin,vestiging,leerlingen
2023-10-01,11AA,00,100
2023-10-01,22CC,00,20
2023-10-01,11BB,00,60
2023-10-01,11DD,00,40
2023-10-01,44FF,00,80
2024-02-01,11AA,00,999
2024-10-01,11AA,00,120
2024-10-01,22CC,00,0
2024-10-01,11BB,00,60
2024-10-01,11DD,00,20
2024-10-01,44FF,00,50
`,
	'arrangementen.csv': `arrangement_id,leerling,brin,vestiging,soort,naam,aanvraagdatum,startdatum,einddatum,evaluatiedatum,bedrag
A1,P1,11AA,00,individueel,Gedrag,,2023-09-01,,,
A2,P2,11AA,00,rugzak,Rugzak,,2022-08-01,2023-07-31,,
A3,P3,11BB,00,individueel,Taal,,2024-07-31,2024-07-31,,
A4,,11BB,00,groep,TOP-groep,,2023-10-01,2024-06-30,,
A5,P1,11AA,00,rugzak,Rugzak,,2023-08-01,2024-07-31,,
A6,P4,44FF,00,individueel,Gedrag,,2024-08-01,,,
`,
	'expertteam_formatie.csv': `schooljaar,kring,organisatie,uren
2023-2024,Kring Noord,SWV,60
2023-2024,Kring Noord,AED,40
2023-2024,Kring Zuid,SWV,20
`,
	'expertteam_inzet.csv': `datum,kring,brin,vestiging,expert,organisatie,expertise,activiteit,niveau,uren,leerlingen
2023-07-31,Kring Noord,11AA,00,E1,SWV,gedrag,consultatie,leerling,1,1
2023-09-15,Kring Noord,11AA,00,E1,SWV,gedrag,consultatie,leerling,2,1
2023-10-10,Kring Noord,11AA,00,E2,AED,leren,observatie,groep,4,20
2024-02-29,Kring Noord,,,E1,SWV,gedrag,scholing,school,"0,5",0
2023-11-01,Kring Zuid,11BB,00,E3,SWV,gedrag,begeleiding,leerling,8,1
2024-03-20,Kring Zuid,11BB,00,E3,SWV,,mdo,,4,
2024-03-15,Kring Oost,44FF,00,E4,SWV,leren,consultatie,leerkracht,2,2
2024-08-01,Kring Noord,11AA,00,E1,SWV,gedrag,consultatie,leerling,5,1
`,
	'budget_toekenning.csv': `schooljaar,brin,vestiging,onderdeel,bedrag
2023-2024,11AA,00,basisbedrag per leerling,10000
2023-2024,11AA,00,schooldeel rugzak,2000
2023-2024,11BB,00,basisbedrag per leerling,6000
2023-2024,11DD,00,basisbedrag per leerling,4000
2023-2024,44FF,00,basisbedrag per leerling,8000
2024-2025,11AA,00,basisbedrag per leerling,10000
`,
	'budget_besteding.csv': `schooljaar,brin,vestiging,categorie,bedrag
2023-2024,11AA,00,personeel,6000
2023-2024,11AA,00,professionalisering,3000
2023-2024,11AA,00,materialen,600
2023-2024,11AA,00,overig,-600
2023-2024,11BB,00,personeel,7000
2023-2024,11BB,00,externe inzet,500
2023-2024,11DD,00,materialen,1000
2023-2024,11DD,00,materialen,-200
2023-2024,44FF,00,arrangementen,8000
2024-2025,11AA,00,personeel,5000
`
};
