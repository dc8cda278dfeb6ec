import type { PageServerLoad } from './$types';
import { alsVerdeling, guarded, LISTING_LIMIT, pageRunner, paginaToelichtingen, readFilters, unlessForbidden } from '$lib/server/pagina';
import type { KerncijfersRow } from '$lib/kerncijfers';
import type { DeelnameRow, InstroomRow, KringVerwijzingRow, SchoolVerwijzingRow, SoSamenstellingRow, VerdelingRow } from '$lib/cijfers';

export const load = (async ({ url, locals, parent }) => {
	const filters = readFilters(url);
	const run = await pageRunner(locals, filters);
	const { schooljaar } = await parent();
	const [deelname, deelnameSwv, kern, kringen, scholen, verdeling, so, instroom, toelichtingen] = await guarded(
		Promise.all([
			run<DeelnameRow>('deelname_per_teldatum'),
			run<DeelnameRow>('deelname_per_teldatum', { kring: null, gemeente: null, schoolsoort: null }),
			run<KerncijfersRow>('kerncijfers', { schooljaar: null }),
			run<KringVerwijzingRow>('verwijzingen_per_kring'),
			unlessForbidden(run<SchoolVerwijzingRow>('verwijzingen_per_school', {}, LISTING_LIMIT)),
			run<VerdelingRow>('verwijzingen_verdeling'),
			run<SoSamenstellingRow>('so_samenstelling'),
			run<InstroomRow>('instroom'),
			paginaToelichtingen(locals, schooljaar, filters.kring, !!(filters.gemeente || filters.schoolsoort))
		])
	);
	return { deelname, deelnameSwv, kern, kringen, scholen, verdeling: alsVerdeling(verdeling), so, instroom, toelichtingen };
}) satisfies PageServerLoad;
