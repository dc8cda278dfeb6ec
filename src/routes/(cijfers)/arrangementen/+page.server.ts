import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';
import { LISTING_LIMIT } from '$lib/lijst';

export const load = pagina(async ({ run, optioneel, toelichtingen, schooljaar, filters, perSector }) => {
	const [sector, actief, kosten, proces, teLaat, notes] = await Promise.all([
		// The rugzak share (rugzak_pct, over bao pupils) is PO only (issue 16): a VO database runs none of its queries.
		perSector({
			po: () =>
				Promise.all([
					run('arrangementen_per_teldatum'),
					run('kerncijfers', { schooljaar: null }),
					run('arrangementen_per_kring', { schooljaar }),
					optioneel('arrangementen_per_school', { schooljaar }, LISTING_LIMIT)
				]).then(([rugzak, kern, kringen, scholen]) => ({ rugzak, kern, kringen, scholen })),
			vo: async () => null
		}),
		run('arrangementen_actief', { schooljaar }),
		run('arrangementen_kosten'),
		run('arrangementen_proces'),
		optioneel('arrangementen_te_laat', { schooljaar }, LISTING_LIMIT),
		toelichtingen(filters.kring, !!(filters.gemeente || filters.schoolsoort))
	]);
	return { sector: sector.sector, po: sector.po, actief, kosten, proces, teLaat, toelichtingen: notes };
}) satisfies PageServerLoad;
