import type { PageServerLoad } from './$types';
import { guarded, pageRunner, readFilters } from '$lib/server/pagina';
import type { SchoolVerwijzingRow } from '$lib/cijfers';

/** The list of all schools (scope all: the roles issue sends a school user to its own page instead). */
export const load = (async ({ url, locals, parent }) => {
	const run = await pageRunner(locals, readFilters(url));
	const { schooljaar } = await parent();
	const scholen = await guarded(run<SchoolVerwijzingRow>('verwijzingen_per_school', { schooljaar }));
	return { scholen };
}) satisfies PageServerLoad;
