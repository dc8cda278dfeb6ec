/**
 * The fixture of the deelname / verwijzingen / arrangementen queries: the kerncijfers fixture
 * (tests/unit/fixture.ts) plus a 1 februari teldatum, two TLVs and arrangements with MDO, start and
 * evaluation dates. Small enough to compute every figure by hand (see deelname.test.ts).
 *
 * Schools: 11AA00 bao Kring Noord · 11BB00 bao Kring Zuid · 11DD00 bao Kring Zuid (0 pupils)
 *          22CC00 sbo Kring Noord · 33EE00 so (no kring). Kring Zuid has no sbo school.
 * Edge cases: T1 starts and T2 ends exactly on 1 oktober 2024; pupil P1 holds T1 and T6;
 * T2 and T8 have no aanvraagdatum; T8 has no geboortejaar; A6 has no MDO date; A4 is evaluated after
 * exactly 13 weeks (91 days) and A7 started exactly 14 days after its MDO.
 */
import { FIXTURE } from './fixture';

export const DEELNAME_FIXTURE = {
	'scholen.csv': FIXTURE['scholen.csv'],
	'telling.csv':
		FIXTURE['telling.csv'] +
		`2025-02-01,11AA,00,122
2025-02-01,11BB,00,78
2025-02-01,11DD,00,0
2025-02-01,22CC,00,5
2025-02-01,33EE,00,42
`,
	'tlv.csv':
		FIXTURE['tlv.csv'] +
		`T8,P8,sbo,,11BB,00,,2024-11-15,2024-12-01,,
T9,P9,so,hoog,11BB,00,2025-06-10,2025-07-10,2025-08-01,,2019
`,
	'arrangementen.csv': `arrangement_id,leerling,brin,vestiging,soort,naam,aanvraagdatum,startdatum,einddatum,evaluatiedatum,bedrag
A1,P10,11AA,00,rugzak,Rugzak,2024-08-20,2024-09-01,2025-07-31,2024-11-20,4000
A2,P11,11BB,00,individueel,Gedrag,2024-09-01,2024-10-01,,2025-01-15,2500
A3,P12,22CC,00,individueel,Gedrag,2024-09-01,2024-09-01,,,2500
A4,,11AA,00,groep,TOP-groep,2024-08-01,2024-09-01,2025-07-15,2024-12-01,20000
A5,P10,11AA,00,rugzak,Rugzak,2024-08-20,2024-09-01,2025-07-31,2024-11-20,1000
A6,P13,11AA,00,individueel,Leren,,2024-10-01,2024-11-30,,1500
A7,P14,11AA,00,individueel,Leren,2023-09-01,2023-09-15,2024-06-30,2023-12-15,3000
`
};
