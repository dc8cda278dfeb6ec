/**
 * A small VO fixture (docs/cijfers.md), computable by hand; the figures are written out in
 * vo-deelname.test.ts and vo-expertteam.test.ts.
 *
 * Schools: 31AA00 and 31BB00 vo in Regio Noord; 33DD00 vo and 32CC00 pro in Regio Zuid; 39VS00 vso
 * (no regio). Telling 1 oktober 2024: A 8.000 (lwoo 360), B 6.000, D 3.400 (lwoo 180), pro 600, vso 500:
 * vo 17.400 + pro 600 = 18.000 (vso not in it). 1 oktober 2023: A 9.000 (lwoo 500), B 6.000, D 4.000
 * (lwoo 300), pro 1.000, vso 480: 19.000 + 1.000 = 20.000.
 * VSO TLVs: 350 open since 2023-08-01 (valid on both teldata), 50 from 2023-08-01 to 2024-07-31 (only
 * 2023), 100 from 2024-08-01 (only 2024): 400 on 1 oktober 2023, 450 on 1 oktober 2024. The 100 new
 * ones were decided in September 2024 (schooljaar 2024-2025), from A 60,
 * B 37, D 3; categorie laag 70, midden 20, hoog 10; 30 took 20 days, 40 took 40 days, 30 took 60 days.
 * Expertteam 2024-2025: formatie A 200 h with vaste AB'er Anna, B 100 h with Bram, Regio Zuid 150 h
 * (kring). Hours at A: Anna 60, Karel 20, Lotte 20 (100); at B: Bram 45, Karel 5 (50).
 * 2023-2024: formatie A 200 h with Anna, B 80 h without a vaste AB'er. Hours at A: Anna 30, Karel 30,
 * Lotte 20, Mees 20 (100); at B: Karel 10.
 */
const rows = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const pad = (i: number) => String(i).padStart(3, '0');

const vsoTlv = [
	rows(350, (i) => `V${pad(i)},L${pad(i)},vso,midden,,,2023-05-01,2023-06-01,2023-08-01,`),
	rows(50, (i) => `W${pad(i)},M${pad(i)},vso,laag,,,2023-05-01,2023-06-01,2023-08-01,2024-07-31`),
	rows(100, (i) => {
		const herkomst = i < 60 ? '31AA' : i < 97 ? '31BB' : '33DD';
		const categorie = i < 70 ? 'laag' : i < 90 ? 'midden' : 'hoog';
		const dagen = i % 10 < 3 ? 20 : i % 10 < 7 ? 40 : 60; // 30 × 20, 40 × 40, 30 × 60 days
		const besluit = new Date(Date.UTC(2024, 8, 1 + (i % 20)));
		const aanvraag = new Date(besluit.getTime() - dagen * 86_400_000);
		const d = (x: Date) => x.toISOString().slice(0, 10);
		return `N${pad(i)},N${pad(i)},vso,${categorie},${herkomst},00,${d(aanvraag)},${d(besluit)},2024-08-01,`;
	})
].join('\n');

/** n hours as rows of 5 (a row holds at most 12). */
const inzet = (n: number, datum: string, kring: string, school: string, expert: string) =>
	rows(n / 5, () => `${datum},${kring},${school.slice(0, 4)},${school.slice(4)},${expert},AB-dienst,gedrag,begeleiding,groep,5,`);

export const FIXTURE_VO = {
	'scholen.csv': `brin,vestiging,naam,soort,gemeente,kring,bestuur
31AA,00,Lyceum Aa,vo,Veghel,Regio Noord,Stichting VO
31BB,00,College Bo,vo,Uden,Regio Noord,Stichting VO
33DD,00,Scholengemeenschap De Dommel,vo,Oss,Regio Zuid,Stichting VO
32CC,00,Praktijkschool Cuijk,praktijkonderwijs,Oss,Regio Zuid,Stichting VO
39VS,00,VSO De Brug,VSO,Oss,,Stichting Speciaal
`,
	'telling.csv': `teldatum,brin,vestiging,leerlingen,lwoo
2023-10-01,31AA,00,9000,500
2023-10-01,31BB,00,6000,0
2023-10-01,33DD,00,4000,300
2023-10-01,32CC,00,1000,
2023-10-01,39VS,00,480,
2024-10-01,31AA,00,8000,360
2024-10-01,31BB,00,6000,0
2024-10-01,33DD,00,3400,180
2024-10-01,32CC,00,600,
2024-10-01,39VS,00,500,
`,
	'tlv.csv': `tlv_id,leerling,soort,categorie,herkomst_brin,herkomst_vestiging,aanvraagdatum,besluitdatum,ingangsdatum,einddatum
${vsoTlv}
`,
	'expertteam_formatie.csv': `schooljaar,kring,organisatie,brin,vestiging,expert,uren
2024-2025,,AB-dienst,31AA,00,Anna,200
2024-2025,,AB-dienst,31BB,00,Bram,100
2024-2025,Regio Zuid,AB-dienst,,,,150
2023-2024,,AB-dienst,31AA,00,Anna,200
2023-2024,,AB-dienst,31BB,00,,80
`,
	'expertteam_inzet.csv': `datum,kring,brin,vestiging,expert,organisatie,expertise,activiteit,niveau,uren,leerlingen
${[
	inzet(60, '2024-11-04', 'Regio Noord', '31AA00', 'Anna'),
	inzet(20, '2024-11-05', 'Regio Noord', '31AA00', 'Karel'),
	inzet(20, '2024-11-06', 'Regio Noord', '31AA00', 'Lotte'),
	inzet(45, '2024-11-07', 'Regio Noord', '31BB00', 'Bram'),
	inzet(5, '2024-11-08', 'Regio Noord', '31BB00', 'Karel'),
	inzet(30, '2023-11-06', 'Regio Noord', '31AA00', 'Anna'),
	inzet(30, '2023-11-07', 'Regio Noord', '31AA00', 'Karel'),
	inzet(20, '2023-11-08', 'Regio Noord', '31AA00', 'Lotte'),
	inzet(20, '2023-11-09', 'Regio Noord', '31AA00', 'Mees'),
	inzet(10, '2023-11-10', 'Regio Noord', '31BB00', 'Karel')
].join('\n')}
`
};
