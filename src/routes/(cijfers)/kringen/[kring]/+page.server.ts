import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { loadBudgetSection, loadExpertteamSection } from '$lib/server/sections';
import { alsVerdeling, pagina, type Figuur } from '$lib/server/pagina';

export const load = pagina(
	async ({ run, optioneel, toelichtingen, schooljaar }, { params, locals, parent }) => {
		const kring = params.kring;
		const { opties } = await parent();
		if (!opties.kring.includes(kring)) error(404, `De kring "${kring}" bestaat niet.`);
		const alle = { kring: null, gemeente: null, schoolsoort: null };
		const { registry } = await context();
		const sectie = { schooljaar, kring };
		const [deelname, deelnameSwv, kern, kringen, arrangementen, scholen, verdeling, tlv, tlvSwv, proces, procesSwv, expertteam, budget, notes] =
			await Promise.all([
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
				run('arrangementen_proces', alle),
				loadExpertteamSection(registry, locals.scope, sectie),
				loadBudgetSection(registry, locals.scope, sectie),
				// The kring's notes: the same place as a note written on /deelname?kring=… and in its jaarverslag.
				toelichtingen(kring)
			]);
		// Of the per-kring figures this page shows its own kring's row (total: the number of kringen).
		const eigen = <R extends { kring: string | null }>(f: Figuur<R>) => ({ ...f, rows: f.rows.filter((r) => r.kring === kring) });
		return {
			kring,
			toelichtingen: notes,
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
			procesSwv,
			expertteam,
			budget
		};
	},
	{ vast: ({ params }) => ({ kring: params.kring }) }
) satisfies PageServerLoad;
