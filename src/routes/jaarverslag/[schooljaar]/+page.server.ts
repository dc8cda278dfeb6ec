import { vandaagInNederland } from '$lib/format';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { loadJaarverslag } from '$lib/server/jaarverslag';
import { pagina } from '$lib/server/pagina';

export const load = pagina(
	async (_, { params, url, locals }) => {
		const { db, registry } = await context();
		const verslag = await loadJaarverslag(
			db,
			registry,
			{ schooljaar: params.schooljaar, kring: url.searchParams.get('kring'), school: url.searchParams.get('school') },
			locals
		);
		return { verslag, gemaakt: vandaagInNederland() };
	},
	// The schooljaar is the route's own (checked by loadJaarverslag), not a filter in the URL.
	{ filters: [], jaren: async () => [] }
) satisfies PageServerLoad;
