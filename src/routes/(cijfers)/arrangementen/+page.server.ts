import type { PageServerLoad } from './$types';
import { guarded, LISTING_LIMIT, pageRunner, paginaToelichtingen, readFilters, unlessForbidden } from '$lib/server/pagina';
import type { KerncijfersRow } from '$lib/kerncijfers';
import type {
	ArrangementActiefRow, ArrangementKostenRow, ArrangementProcesRow, ArrangementTeLaatRow, KringArrangementRow, RugzakRow, SchoolArrangementRow
} from '$lib/cijfers';

export const load = (async ({ url, locals, parent }) => {
	const filters = readFilters(url);
	const run = await pageRunner(locals, filters);
	const { schooljaar } = await parent();
	const [rugzak, kern, actief, kringen, scholen, kosten, proces, teLaat, toelichtingen] = await guarded(
		Promise.all([
			run<RugzakRow>('arrangementen_per_teldatum'),
			run<KerncijfersRow>('kerncijfers', { schooljaar: null }),
			run<ArrangementActiefRow>('arrangementen_actief', { schooljaar }),
			run<KringArrangementRow>('arrangementen_per_kring', { schooljaar }),
			unlessForbidden(run<SchoolArrangementRow>('arrangementen_per_school', { schooljaar }, LISTING_LIMIT)),
			run<ArrangementKostenRow>('arrangementen_kosten'),
			run<ArrangementProcesRow>('arrangementen_proces'),
			unlessForbidden(run<ArrangementTeLaatRow>('arrangementen_te_laat', { schooljaar }, LISTING_LIMIT)),
			paginaToelichtingen(locals, schooljaar, filters.kring, !!(filters.gemeente || filters.schoolsoort))
		])
	);
	return { rugzak, kern, actief, kringen, scholen, kosten, proces, teLaat, toelichtingen };
}) satisfies PageServerLoad;
