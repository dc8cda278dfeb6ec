import type { PageServerLoad } from './$types';
import { guarded, pageRunner, paginaToelichtingen, readFilters } from '$lib/server/pagina';
import type { TlvAflopendRow, TlvMaandRow, TlvSchooljaarRow } from '$lib/cijfers';

// The verwijzingen are not filtered on soort school (the page offers no such filter), so a soort
// carried in the URL from another page does not hide the notes.
export const load = (async ({ url, locals, parent }) => {
	const filters = readFilters(url);
	const run = await pageRunner(locals, filters);
	const { schooljaar } = await parent();
	const [perJaar, perMaand, aflopend, toelichtingen] = await guarded(
		Promise.all([run<TlvSchooljaarRow>('tlv_per_schooljaar'), run<TlvMaandRow>('tlv_per_maand', { schooljaar }), run<TlvAflopendRow>('tlv_aflopend'), paginaToelichtingen(locals, schooljaar, filters.kring, !!filters.gemeente)])
	);
	return { perJaar, perMaand, aflopend, toelichtingen };
}) satisfies PageServerLoad;
