import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';
import { context } from '$lib/server/context';
import { huidigeStreefwaarden } from '$lib/server/streefwaarden';
import { geldTegel } from '$lib/financien';
import { signalenBudget, signalenExpertteam, signalenVasteAb, type Signaal } from '$lib/vertellen';
import { beperkPerSoort, rangschikSignalen } from '$lib/signalen';
import { vasteAbSwv } from '$lib/vo/vaste-ab';
import { signaalStreef } from '$lib/vertellen/streefwaarden';
import { formatDate, vandaagInNederland, vorigJaarRij } from '$lib/format';
import { sectorVan } from '$lib/server/sector';
import { sectorWoorden } from '$lib/sector';

/**
 * The board's one page (issue 19): for the chosen schooljaar a tile per area, each from the same query
 * (and parameters) as its own page, so a tile's value is its page's value; then the signals of every
 * area, ranked, each linking to where it is. Areas a role may not read (a school account) are left out.
 */
export const load = pagina(
	async ({ run, optioneel, toelichtingen, schooljaar, perSector }, { locals }) => {
		const { db } = await context();
		// The areas' pages are for the SWV's people; a school account's overview keeps its own tiles.
		const swv = locals.scope.role !== 'school';
		const gebied = <T>(p: () => Promise<T>) => (swv ? p() : Promise.resolve(null));
		// Today's date as a parameter, as on the expertteam page: the pace changes with the day.
		const vandaag = vandaagInNederland();
		const [perSectorFiguren, jaren, kern, notes, thuis, geld, proces, et, etScholen, budget, budgetScholen, streef] = await Promise.all([
			// The verwijzingen of the sector (issue 16): TLV's naar sbo en so in PO, vso-TLV's and the vaste AB'er in VO.
			perSector({
				po: () => gebied(() => optioneel('tlv_per_schooljaar')),
				vo: () =>
					Promise.all([gebied(() => optioneel('vo_tlv_vso')), schooljaar ? gebied(() => optioneel('vo_ab_per_school', { schooljaar, kring: null })) : null])
			}),
			run('schooljaren'),
			run('kerncijfers', { schooljaar: null }),
			toelichtingen(null),
			// The thuiszitters tile (issue 17): only when a thuiszitterslijst was loaded.
			run('thuiszitters_peildatum', { schooljaar }),
			// The SWV's own accounts (issue 18): a tile for the board; a school account may not read them.
			optioneel('financien_jaren', { schooljaar: null }),
			// The area pages' own queries, with the parameters those pages give them for this schooljaar.
			gebied(() => optioneel('arrangementen_proces')),
			schooljaar ? gebied(() => optioneel('expertteam_kringen', { schooljaar, kring: null, vandaag })) : null,
			schooljaar ? gebied(() => optioneel('expertteam_scholen', { schooljaar })) : null,
			gebied(() => optioneel('budget_kringen', { schooljaar: null, kring: null })),
			schooljaar ? gebied(() => optioneel('budget_scholen', { schooljaar })) : null,
			swv ? huidigeStreefwaarden(db) : ({} as Awaited<ReturnType<typeof huidigeStreefwaarden>>)
		]);
		const { sector } = perSectorFiguren;
		const tlv = perSectorFiguren.po;
		const [vsoTlv, voAb] = perSectorFiguren.vo ?? [null, null];
		const t = thuis.rows[0] ?? null;
		/** This schooljaar's row and last schooljaar's, as the verwijzingen and arrangementen pages take them. */
		const nuEnVorig = <R extends { schooljaar: string | null }>(rows: R[]) => ({
			nu: rows.find((r) => r.schooljaar === schooljaar) ?? null,
			vorig: vorigJaarRij(rows, schooljaar)
		});
		const kernNu = kern.rows.find((r) => r.schooljaar === schooljaar) ?? null;

		const verwijzingen = tlv ? nuEnVorig(tlv.rows) : null;
		const vso = vsoTlv ? nuEnVorig(vsoTlv.rows) : null;
		// VO: the share of the hours by the schools' own vaste AB'er, this year and last (ratio of sums).
		const vasteAb = voAb ? vasteAbSwv(voAb.rows) : null;
		const arrangementen = proces ? nuEnVorig(proces.rows) : null;
		const perKring = et?.rows.filter((r) => !r.totaal) ?? [];
		const laagste = perKring.filter((r) => typeof r.benutting_pct === 'number').sort((a, b) => Number(a.benutting_pct) - Number(b.benutting_pct))[0] ?? null;
		const expertteam = et ? { swv: et.rows.find((r) => r.totaal) ?? null, laagste, kringen: perKring.length } : null;
		const budgetSwv = budget?.rows.filter((r) => r.totaal);
		const schoolbudget = budgetSwv ? nuEnVorig(budgetSwv) : null;

		// The signals of every area, each with the page that shows it.
		const q = (extra: Record<string, string | null>) =>
			new URLSearchParams(Object.entries({ schooljaar, ...extra }).filter((e): e is [string, string] => !!e[1])).toString();
		const wanneer = `in ${schooljaar}`;
		const opTeldatum = `op ${formatDate(kernNu?.teldatum ?? null, true)}`;
		// The sector's own deelname figures (a VO database has no sbo, so or rugzak).
		const deelnameStreef =
			sector === 'vo'
				? [
						signaalStreef(streef.deelname_vso_pct, kernNu?.deelname_vso_pct ?? null, opTeldatum, `/deelname?${q({})}`),
						signaalStreef(streef.deelname_pro_pct, kernNu?.deelname_pro_pct ?? null, opTeldatum, `/deelname?${q({})}`),
						signaalStreef(streef.deelname_lwoo_pct, kernNu?.deelname_lwoo_pct ?? null, opTeldatum, `/deelname?${q({})}`)
					]
				: [
						signaalStreef(streef.deelname_sbo_pct, kernNu?.deelname_sbo_pct ?? null, opTeldatum, `/deelname?${q({})}`),
						signaalStreef(streef.deelname_so_pct, kernNu?.deelname_so_pct ?? null, opTeldatum, `/deelname?${q({})}`),
						signaalStreef(streef.rugzak_pct, kernNu?.rugzak_pct ?? null, opTeldatum, `/arrangementen?${q({})}`),
						signaalStreef(streef.verwijzingen_per_1000, verwijzingen?.nu?.verwijzingen_per_1000 ?? null, wanneer, `/verwijzingen?${q({})}`)
					];
		const signalen: Signaal[] = [
			...[
				...deelnameStreef,
				signaalStreef(streef.start_binnen_2_weken_pct, arrangementen?.nu?.start_binnen_2_weken_pct ?? null, wanneer, `/arrangementen?${q({})}`),
				signaalStreef(streef.evaluatie_op_tijd_pct, arrangementen?.nu?.evaluatie_op_tijd_pct ?? null, wanneer, `/arrangementen?${q({})}`),
				signaalStreef(streef.benutting_pct, expertteam?.swv?.benutting_pct ?? null, wanneer, `/expertteam?${q({})}`),
				signaalStreef(streef.uitputting_pct, schoolbudget?.nu?.uitputting_pct ?? null, wanneer, `/budget?${q({})}`)
			].filter((s): s is Signaal => s !== null),
			...signalenExpertteam(perKring, etScholen?.rows ?? [], sectorWoorden(sector)).map((s) => ({
				...s,
				href: `/expertteam?${q({ kring: s.soort === 'school_zonder_uren' ? null : s.wie })}`
			})),
			...signalenBudget(budgetScholen?.rows ?? []).map((s) => ({ ...s, href: `/budget?${q({})}` })),
			...signalenVasteAb(voAb?.rows ?? []).map((s) => ({ ...s, href: `/expertteam?${q({})}` }))
		];

		return {
			sector,
			schooljaren: jaren.rows.map((r) => String(r.schooljaar)),
			schooljaar,
			toelichtingen: notes,
			kerncijfers: kern.rows,
			thuiszitters: t && t.thuiszitters !== null ? t : null,
			geld: geld ? geldTegel(geld.rows) : null,
			verwijzingen,
			vso,
			vasteAb,
			arrangementen,
			expertteam,
			schoolbudget,
			streef,
			// At most a few of a kind here; the rest stand on the page that lists them all.
			...beperkPerSoort(rangschikSignalen(signalen), (soort) =>
				soort === 'onderbesteding' || soort === 'overbesteding' ? `/budget?${q({})}` : `/expertteam?${q({})}`
			)
		};
	},
	{ filters: ['schooljaar'] }
) satisfies PageServerLoad;
