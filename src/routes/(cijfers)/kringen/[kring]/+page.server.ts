import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { loadBudgetSection, loadExpertteamSection } from '$lib/server/sections';
import { alsVerdeling, pagina, type Figuur } from '$lib/server/pagina';
import { sectorWoorden } from '$lib/sector';

export const load = pagina(
	async ({ run, optioneel, toelichtingen, schooljaar, perSector }, { params, locals, parent }) => {
		const kring = params.kring;
		const { opties, info } = await parent();
		if (!opties.kring.includes(kring)) error(404, `De ${sectorWoorden(info.sector).kring} "${kring}" bestaat niet.`);
		const alle = { kring: null, gemeente: null, schoolsoort: null };
		const { registry } = await context();
		const sectie = { schooljaar, kring };
		// Of the per-kring figures this page shows its own kring's row (total: the number of kringen).
		const eigen = <R extends { kring: string | null }>(f: Figuur<R>) => ({ ...f, rows: f.rows.filter((r) => r.kring === kring) });
		// Only the sector's own figures (issue 16): a VO regio has no sbo/so-verwijzingen or rugzakken.
		const [figuren, expertteam, budget, notes] = await Promise.all([
			perSector({
				po: () =>
					Promise.all([
						run('deelname_per_teldatum', { gemeente: null, schoolsoort: null }),
						run('deelname_per_teldatum', alle),
						run('kerncijfers', { schooljaar: null }),
						run('verwijzingen_per_kring', { schooljaar }),
						run('arrangementen_per_kring', { schooljaar }),
						optioneel('verwijzingen_per_school', { schooljaar, gemeente: null, schoolsoort: null }),
						run('verwijzingen_verdeling', { schooljaar }),
						run('tlv_per_schooljaar', { gemeente: null }),
						run('tlv_per_schooljaar', alle),
						run('arrangementen_proces', { gemeente: null, schoolsoort: null }),
						run('arrangementen_proces', alle)
					]).then(([deelname, deelnameSwv, kern, kringen, arrangementen, scholen, verdeling, tlv, tlvSwv, proces, procesSwv]) => ({
						deelname,
						deelnameSwv,
						kern,
						kringen: eigen(kringen),
						arrangementen: eigen(arrangementen),
						scholen,
						verdeling: alsVerdeling(verdeling, scholen),
						tlv,
						tlvSwv,
						proces,
						procesSwv
					})),
				// A VO regio: its deelname vso, pro and lwoo beside the other regio's and the SWV, its schools,
				// the vso-TLVs that came from them, and its schools' vaste ambulant ondersteuners.
				vo: () =>
					Promise.all([
						run('vo_deelname_per_kring', { schooljaar }),
						run('kerncijfers', { schooljaar: null }),
						optioneel('vo_deelname_per_school', { schooljaar, kring }),
						run('vo_tlv_vso', { kring }),
						run('vo_tlv_vso', { kring: null }),
						optioneel('vo_ab_per_school', { schooljaar, kring })
					]).then(([regios, kern, scholen, tlv, tlvSwv, ab]) => ({ regios, kern, scholen, tlv, tlvSwv, ab }))
			}),
			loadExpertteamSection(registry, locals.scope, sectie),
			loadBudgetSection(registry, locals.scope, sectie),
			// The kring's notes: the same place as a note written on /deelname?kring=… and in its jaarverslag.
			toelichtingen(kring)
		]);
		return { kring, toelichtingen: notes, po: figuren.po, vo: figuren.vo, expertteam, budget };
	},
	{ vast: ({ params }) => ({ kring: params.kring }) }
) satisfies PageServerLoad;
