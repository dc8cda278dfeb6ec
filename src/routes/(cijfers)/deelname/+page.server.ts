import type { PageServerLoad } from './$types';
import { alsVerdeling, pagina } from '$lib/server/pagina';
import { LISTING_LIMIT } from '$lib/lijst';
import { sectorVan } from '$lib/server/sector';
import { magNamenZien } from '$lib/charts/tooltip';

export const load = pagina(async ({ run, optioneel, toelichtingen, filters, schooljaar }, { locals }) => {
	// A VO database (issue 16): its own figures per regio and school, and the SWV's kerncijfers; the PO
	// figures below are not asked of it (the VO page shows none of them). The VO page is about the whole
	// SWV (it offers no regio filter; a regio has its own page): every school, also when a kring is
	// carried in the URL from another page.
	const sector = await sectorVan(run);
	if (sector === 'vo') {
		const [kern, kringen, scholen] = await Promise.all([
			run('kerncijfers', { schooljaar: null }),
			run('vo_deelname_per_kring', { schooljaar }),
			optioneel('vo_deelname_per_school', { schooljaar, kring: null }, LISTING_LIMIT)
		]);
		return {
			sector,
			vo: { kringen, scholen },
			kern,
			deelname: null,
			deelnameSwv: null,
			kringen: null,
			scholen: null,
			verdeling: null,
			so: null,
			instroom: null,
			toelichtingen: null
		};
	}
	const [deelname, deelnameSwv, kern, kringen, scholen, verdeling, so, instroom, notes, alleScholen] = await Promise.all([
		run('deelname_per_teldatum'),
		run('deelname_per_teldatum', { kring: null, gemeente: null, schoolsoort: null }),
		run('kerncijfers', { schooljaar: null }),
		run('verwijzingen_per_kring', { schooljaar }),
		optioneel('verwijzingen_per_school', { schooljaar }, LISTING_LIMIT),
		run('verwijzingen_verdeling', { schooljaar }),
		run('so_samenstelling'),
		run('instroom'),
		toelichtingen(filters.kring, !!(filters.gemeente || filters.schoolsoort)),
		// The dots of the distribution by name (all schools of the kring, as the distribution): bestuur and adviseur only.
		magNamenZien(locals.user?.role) ? optioneel('verwijzingen_per_school', { schooljaar, gemeente: null, schoolsoort: null }) : null
	]);
	return {
		sector,
		vo: null,
		deelname,
		deelnameSwv,
		kern,
		kringen,
		scholen,
		verdeling: alsVerdeling(verdeling, alleScholen),
		so,
		instroom,
		toelichtingen: notes
	};
}) satisfies PageServerLoad;
