import type { PageServerLoad } from './$types';
import { guarded, pageRunner, readFilters } from '$lib/server/pagina';
import type { KringArrangementRow, KringVerwijzingRow } from '$lib/cijfers';

export const load = (async ({ url, locals, parent }) => {
	const run = await pageRunner(locals, readFilters(url));
	const { schooljaar } = await parent();
	const [verwijzingen, arrangementen] = await guarded(
		Promise.all([run<KringVerwijzingRow>('verwijzingen_per_kring', { schooljaar }), run<KringArrangementRow>('arrangementen_per_kring', { schooljaar })])
	);
	return { verwijzingen, arrangementen };
}) satisfies PageServerLoad;
