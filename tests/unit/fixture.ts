/** The small hand-computable fixture; the figures it gives are written out in kerncijfers.test.ts. */
export const FIXTURE = {
	'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring,bestuur
11AA,00,Basisschool Een,bao,Lindeveen,Kring Noord,Stichting A
11BB,00,Basisschool Twee,bao,Lindeveen,Kring Zuid,Stichting A
11DD,00,Basisschool Leeg,bao,Lindeveen,Kring Zuid,Stichting A
22CC,00,SBO De Vlieger,sbo,Lindeveen,Kring Noord,Stichting B
33EE,00,SO De Brug,so,Lindeveen,,Stichting C
`,
	'telling.csv': `teldatum,brin,vestiging,leerlingen
2023-10-01,11AA,00,114
2023-10-01,11BB,00,76
2023-10-01,11DD,00,0
2023-10-01,22CC,00,10
2023-10-01,33EE,00,40
2024-10-01,11AA,00,120
2024-10-01,11BB,00,76
2024-10-01,11DD,00,0
2024-10-01,22CC,00,4
2024-10-01,33EE,00,41
`,
	'tlv.csv': `tlv_id,leerling,soort,categorie,herkomst_brin,herkomst_vestiging,aanvraagdatum,besluitdatum,ingangsdatum,einddatum,geboortejaar
T1,P1,so,laag,11AA,00,2024-08-01,2024-09-15,2024-10-01,2025-07-31,2016
T2,P2,so,midden,11BB,00,,2023-06-01,2023-08-01,2024-10-01,2015
T3,P3,so,hoog,,,2024-01-05,2024-02-01,2024-02-01,,2017
T4,P4,so,laag,11AA,00,2022-05-01,2022-06-01,2022-08-01,2024-09-30,2014
T5,P5,so,laag,11AA,00,2024-09-01,2024-09-20,2024-10-02,,2018
T6,P1,so,laag,11AA,00,2023-05-01,2023-06-01,2023-10-02,2025-07-31,2016
T7,P7,sbo,,11AA,00,2024-03-01,2024-04-01,2024-08-01,2026-07-31,2015
`,
	'arrangementen.csv': `arrangement_id,leerling,brin,vestiging,soort,naam,aanvraagdatum,startdatum,einddatum,evaluatiedatum,bedrag
A1,P10,11AA,00,rugzak,Rugzak,2024-08-20,2024-09-01,2025-07-31,,4000
A2,P11,11BB,00,individueel,Gedrag,2024-09-01,2024-10-01,,,2500
A3,P12,22CC,00,individueel,Gedrag,2024-09-01,2024-09-01,,,2500
A4,,11AA,00,groep,TOP-groep,2024-08-01,2024-09-01,2025-07-15,,20000
A5,P10,11AA,00,rugzak,Rugzak,2024-08-20,2024-09-01,2025-07-31,,1000
`
};
