import type { PageServerLoad } from './$types';
import { alsVerdeling, LISTING_LIMIT, pagina } from '$lib/server/pagina';
import { sectorVan } from '$lib/server/sector';

export const load = pagina(async ({ run, optioneel, toelichtingen, filters, schooljaar }) => {
	// A VO database (issue 16): its own figures per regio and school beside the page's usual ones.
	const sector = await sectorVan(run);
	const vo = sector === 'vo'
		? await Promise.all([run('vo_deelname_per_kring'), optioneel('vo_deelname_per_school', {}, LISTING_LIMIT)]).then(([kringen, scholen]) => ({ kringen, scholen }))
		: null;
	const [deelname, deelnameSwv, kern, kringen, scholen, verdeling, so, instroom, notes] = await Promise.all([
		run('deelname_per_teldatum'),
		run('deelname_per_teldatum', { kring: null, gemeente: null, schoolsoort: null }),
		run('kerncijfers', { schooljaar: null }),
		run('verwijzingen_per_kring', { schooljaar }),
		optioneel('verwijzingen_per_school', { schooljaar }, LISTING_LIMIT),
		run('verwijzingen_verdeling', { schooljaar }),
		run('so_samenstelling'),
		run('instroom'),
		toelichtingen(filters.kring, !!(filters.gemeente || filters.schoolsoort))
	]);
	return { sector, vo, deelname, deelnameSwv, kern, kringen, scholen, verdeling: alsVerdeling(verdeling), so, instroom, toelichtingen: notes };
}) satisfies PageServerLoad;
