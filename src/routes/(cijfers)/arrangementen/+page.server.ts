import type { PageServerLoad } from './$types';
import { LISTING_LIMIT, pagina } from '$lib/server/pagina';

export const load = pagina(async ({ run, optioneel, toelichtingen, schooljaar, filters }) => {
	const [rugzak, kern, actief, kringen, scholen, kosten, proces, teLaat, notes] = await Promise.all([
		run('arrangementen_per_teldatum'),
		run('kerncijfers', { schooljaar: null }),
		run('arrangementen_actief', { schooljaar }),
		run('arrangementen_per_kring', { schooljaar }),
		optioneel('arrangementen_per_school', { schooljaar }, LISTING_LIMIT),
		run('arrangementen_kosten'),
		run('arrangementen_proces'),
		optioneel('arrangementen_te_laat', { schooljaar }, LISTING_LIMIT),
		toelichtingen(filters.kring, !!(filters.gemeente || filters.schoolsoort))
	]);
	return { rugzak, kern, actief, kringen, scholen, kosten, proces, teLaat, toelichtingen: notes };
}) satisfies PageServerLoad;
