/**
 * The Financiën page as data (issue 18): from the rows of the financien and doelmatigheid queries and
 * the scenario parameters, everything the page (and the jaarverslag chapter) lays out — tiles, sentences,
 * chart series, the scenario. Pure, so the page component only places things and a test can read it.
 *
 * Doelmatigheid is per schooljaar, the accounts per boekjaar: boekjaar 2025 is shown beside schooljaar
 * 2024-2025, the schooljaar that ends in it.
 */
import { FORMULE, FORMULE_VO, scenario, scenarioVo, type ScenarioParams, type ScenarioUitkomst, type ScenarioUitkomstVo } from './financien-scenario';
import type { Sector } from './sector';
import { LISTING_LIMIT } from './lijst';
import {
	MIN_SCHOLEN_SPREIDING,
	vertelAfdracht,
	vertelDoelmatigheid,
	vertelFinancien,
	vertelPosten,
	vertelReserve,
	vertelScenario,
	vertelUrenVerwijzingen
} from './vertellen/financien';
import type { DoelmatigheidKostenRow, DoelmatigheidRow, DoelmatigheidUrenVerwijzingenRow, FinancienJarenRow, FinancienPostenRow } from './rows.generated';
import { NAMED_DOTS_MAX } from './charts/veel';

/** The schooljaar that ends in a boekjaar: 2025 → 2024-2025. */
export const schooljaarVanBoekjaar = (jaar: number) => `${jaar - 1}-${jaar}`;

/** The boekjaar asked for, when it has data; else the newest. Null without any financien rows. */
export function kiesJaar(jaren: FinancienJarenRow[], gevraagd: string | null): number | null {
	const beschikbaar = jaren.map((j) => j.jaar).filter((j): j is number => j !== null);
	const n = Number(gevraagd);
	if (gevraagd && beschikbaar.includes(n)) return n;
	return beschikbaar.length ? Math.max(...beschikbaar) : null;
}

export interface FinancienInput {
	jaren: FinancienJarenRow[];
	posten: FinancienPostenRow[];
	doelmatigheid: DoelmatigheidRow[];
	kosten: DoelmatigheidKostenRow[];
	/** Per school: expertteam hours against the change in verwijzingen (optional: not in every caller). */
	urenVerwijzingen?: DoelmatigheidUrenVerwijzingenRow[];
	jaar: number | null;
	params: ScenarioParams;
	/** A VO SWV (issue 16) pays its afdracht for the vso: the afdracht per TLV and the scenario are the vso's. */
	sector?: Sector;
}

export function financienModel({ jaren, posten, doelmatigheid, kosten, urenVerwijzingen = [], jaar, params, sector = 'po' }: FinancienInput) {
	const vo = sector === 'vo';
	/** The soort whose deelname the scenario moves: so in PO, vso in VO. */
	const soort = vo ? ('vso' as const) : ('so' as const);
	const nu = jaren.find((j) => j.jaar === jaar) ?? null;
	const vorig = jaren.find((j) => j.jaar === (jaar ?? 0) - 1) ?? null;
	const sj = jaar === null ? null : schooljaarVanBoekjaar(jaar);
	const vorigSj = jaar === null ? null : schooljaarVanBoekjaar(jaar - 1);
	const vj = (k: keyof FinancienJarenRow) => [{ label: String((jaar ?? 0) - 1), value: (vorig?.[k] as number | null) ?? null }];
	const kengetallen = [
		{ id: 'baten', value: nu?.baten ?? null, vergelijking: vj('baten') },
		{ id: 'lasten', value: nu?.lasten ?? null, vergelijking: vj('lasten') },
		{ id: 'resultaat', value: nu?.resultaat ?? null, vergelijking: [{ label: 'Begroot', value: nu?.begroot_resultaat ?? null }, ...vj('resultaat')] },
		{ id: 'realisatie_pct', value: nu?.realisatie_lasten_pct ?? null, vergelijking: vj('realisatie_lasten_pct') },
		{
			id: 'eigen_vermogen',
			value: nu?.eigen_vermogen ?? null,
			vergelijking: [{ label: 'Signaleringswaarde', value: nu?.signaleringswaarde ?? null }, ...vj('eigen_vermogen')]
		},
		{ id: 'reserve_boven_signalering', value: nu?.reserve_boven_signalering ?? null, vergelijking: vj('reserve_boven_signalering') },
		vo
			? { id: 'afdracht_per_tlv', value: nu?.afdracht_per_tlv_vso ?? null, vergelijking: vj('afdracht_per_tlv_vso') }
			: { id: 'afdracht_per_tlv', value: nu?.afdracht_per_tlv_so ?? null, vergelijking: vj('afdracht_per_tlv_so') }
	];
	const lasten = posten.filter((p) => p.kant === 'lasten');
	const uitkomst = nu ? (vo ? scenarioVo(nu, params) : scenario(nu, params)) : null;
	const swv = (s: string | null) => doelmatigheid.find((d) => d.niveau === 'swv' && d.schooljaar === s) ?? null;
	const dNu = swv(sj);
	const dVorig = swv(vorigSj);
	const vorigKring = new Map(doelmatigheid.filter((d) => d.niveau === 'kring' && d.schooljaar === vorigSj).map((d) => [d.kring, d]));
	const perSchool = doelmatigheid
		.filter((d) => d.niveau === 'school' && d.schooljaar === sj)
		.sort((a, b) => (b.beeindigd ?? 0) - (a.beeindigd ?? 0) || String(a.naam).localeCompare(String(b.naam), 'nl'));
	const vorigKosten = new Map(kosten.filter((k) => k.schooljaar === vorigSj).map((k) => [`${k.soort}|${k.naam}`, k.kosten_per_arrangement]));
	return {
		jaar,
		schooljaar: sj,
		nu,
		vorig,
		kengetallen,
		zinnen: [...vertelFinancien(nu, vorig), ...vertelPosten(posten), ...[vertelAfdracht(nu, vorig, sector)].filter((z): z is string => z !== null)],
		/** Per post (also a table row: DataTable reads rows by column key). */
		posten: posten as (FinancienPostenRow & Record<string, unknown>)[],
		/** Begroot against gerealiseerd per post of the lasten (BarChart, grouped). */
		postKolommen: lasten.flatMap((p) => [
			{ label: p.post ?? '', series: 'Begroot', value: p.begroting },
			{ label: p.post ?? '', series: 'Gerealiseerd', value: p.realisatie }
		]),
		/** Where the money goes: each lasten post's share (BarChart, horizontal). */
		aandelen: lasten.map((p) => ({ label: p.post ?? '', value: p.aandeel_pct })),
		/** The years: baten, lasten; eigen vermogen against the signaleringswaarde (BarChart, grouped). */
		trendResultaat: jaren.flatMap((j) => [
			{ label: String(j.jaar), series: 'Baten', value: j.baten },
			{ label: String(j.jaar), series: 'Lasten', value: j.lasten }
		]),
		trendReserve: jaren.flatMap((j) => [
			{ label: String(j.jaar), series: 'Eigen vermogen', value: j.eigen_vermogen },
			{ label: String(j.jaar), series: 'Signaleringswaarde', value: j.signaleringswaarde }
		]),
		scenario: {
			params,
			soort,
			formule: vo ? FORMULE_VO : FORMULE,
			uitkomst,
			zin: vertelScenario(params, uitkomst, soort),
			/** Now against the scenario, row by row. */
			tabel: !nu || !uitkomst ? [] : 'tlv_vso' in uitkomst ? scenarioTabelVo(nu, uitkomst) : scenarioTabelPo(nu, uitkomst)
		},
		doelmatigheid: {
			nu: dNu,
			vorig: dVorig,
			zinnen: vertelDoelmatigheid(dNu, dVorig),
			kengetallen: [
				{
					id: 'terug_naar_basis_pct',
					value: dNu?.terug_naar_basis_pct ?? null,
					vergelijking: [{ label: 'Vorig schooljaar', value: dVorig?.terug_naar_basis_pct ?? null }]
				},
				{ id: 'naar_tlv_pct', value: dNu?.naar_tlv_pct ?? null, vergelijking: [{ label: 'Vorig schooljaar', value: dVorig?.naar_tlv_pct ?? null }] },
				{
					id: 'kosten_per_terug_naar_basis',
					value: dNu?.kosten_per_terug_naar_basis ?? null,
					vergelijking: [{ label: 'Vorig schooljaar', value: dVorig?.kosten_per_terug_naar_basis ?? null }]
				}
			],
			kringen: doelmatigheid
				.filter((d) => d.niveau === 'kring' && d.schooljaar === sj)
				.map((d) => ({ ...d, vorig_terug_naar_basis_pct: vorigKring.get(d.kring)?.terug_naar_basis_pct ?? null })),
			/** Table rows (DataTable reads them by column key): the schools with the most ended arrangements first, LISTING_LIMIT of them (at scale 50 all of them were 4.243 rows of page data); the CSV has all. */
			scholen: perSchool.slice(0, LISTING_LIMIT).map((d) => ({ ...d }) as Record<string, unknown>),
			scholenTotaal: perSchool.length,
			/** Hours against referrals: shown only with at least MIN_SCHOLEN_SPREIDING schools with both figures. */
			spreiding: (() => {
				const punten = urenVerwijzingen.filter((r) => r.uren_per_100_leerlingen !== null && r.verandering_per_1000 !== null);
				return {
					genoeg: punten.length >= MIN_SCHOLEN_SPREIDING,
					scholen: punten.length,
					// Named only while a dot can be pointed at (NAMED_DOTS_MAX): beyond it the chart draws them without names.
					punten: punten.map((r) => ({
						naam: punten.length <= NAMED_DOTS_MAX ? (r.naam ?? r.school ?? '') : '',
						x: r.uren_per_100_leerlingen,
						y: r.verandering_per_1000
					})),
					/** The table view: the first LISTING_LIMIT (most hours per 100 pupils first); the CSV has all. */
					rijen: [...punten]
						.sort((a, b) => (b.uren_per_100_leerlingen ?? 0) - (a.uren_per_100_leerlingen ?? 0))
						.slice(0, LISTING_LIMIT)
						.map((r) => ({ ...r }) as Record<string, unknown>),
					zin: sj ? vertelUrenVerwijzingen(punten, sj) : null
				};
			})(),
			kosten: kosten
				.filter((k) => k.schooljaar === sj)
				.map((k) => ({ ...k, vorig_kosten_per_arrangement: vorigKosten.get(`${k.soort}|${k.naam}`) ?? null }) as Record<string, unknown>)
		}
	};
}
export type FinancienModel = ReturnType<typeof financienModel>;

type ScenarioRij = { wat: string; nu: number | null; scenario: number; unit: 'count' | 'euro' };
const totaalRijen = (nu: FinancienJarenRow, s: { baten: number; lasten: number; resultaat: number }): ScenarioRij[] => [
	{ wat: 'Baten', nu: nu.baten, scenario: s.baten, unit: 'euro' },
	{ wat: 'Lasten', nu: nu.lasten, scenario: s.lasten, unit: 'euro' },
	{ wat: 'Resultaat', nu: nu.resultaat, scenario: s.resultaat, unit: 'euro' }
];

function scenarioTabelPo(nu: FinancienJarenRow, s: ScenarioUitkomst): ScenarioRij[] {
	return [
		{ wat: 'Leerlingen (bao + sbo)', nu: nu.leerlingen, scenario: s.leerlingen, unit: 'count' },
		{ wat: "TLV's so op 1 februari", nu: nu.tlv_so, scenario: s.tlv_so, unit: 'count' },
		{ wat: "TLV's sbo op 1 februari", nu: nu.tlv_sbo, scenario: s.tlv_sbo, unit: 'count' },
		{ wat: 'Afdrachten so en sbo', nu: (nu.afdracht_so ?? 0) + (nu.afdracht_sbo ?? 0), scenario: s.afdrachten, unit: 'euro' },
		...totaalRijen(nu, s)
	];
}

function scenarioTabelVo(nu: FinancienJarenRow, s: ScenarioUitkomstVo): ScenarioRij[] {
	return [
		{ wat: 'Leerlingen (vo + pro)', nu: nu.leerlingen_vo, scenario: s.leerlingen, unit: 'count' },
		{ wat: "TLV's vso op 1 februari", nu: nu.tlv_vso, scenario: s.tlv_vso, unit: 'count' },
		{ wat: 'Afdracht vso', nu: nu.afdracht_vso, scenario: s.afdrachten, unit: 'euro' },
		...totaalRijen(nu, s)
	];
}

/** The overview's tile: the newest boekjaar's reserve against the signaleringswaarde; null without accounts. */
export function geldTegel(jaren: FinancienJarenRow[]): { jaar: number; afstand: number | null; waar: 'boven' | 'onder'; zin: string } | null {
	const nu = jaren.filter((j) => j.jaar !== null && j.baten !== null).at(-1);
	if (!nu) return null;
	const d = nu.reserve_boven_signalering;
	return { jaar: nu.jaar!, afstand: d === null ? null : Math.abs(d), waar: d !== null && d < 0 ? 'onder' : 'boven', zin: vertelReserve(nu) };
}
