import type { PageServerLoad } from './$types';
import { guarded, pageRunner, paginaToelichtingen, readFilters } from '$lib/server/pagina';
import type { TlvAflopendRow, TlvMaandRow, TlvSchooljaarRow } from '$lib/cijfers';

export const load = (async ({ url, locals, parent }) => {
	const filters = readFilters(url);
	const run = await pageRunner(locals, filters);
	const { schooljaar } = await parent();
	const [perJaar, perMaand, aflopend, toelichtingen] = await guarded(
		Promise.all([run<TlvSchooljaarRow>('tlv_per_schooljaar'), run<TlvMaandRow>('tlv_per_maand', { schooljaar }), run<TlvAflopendRow>('tlv_aflopend'), paginaToelichtingen(locals, schooljaar, filters.kring, !!(filters.gemeente || filters.schoolsoort))])
	);
	return { perJaar, perMaand, aflopend, toelichtingen };
}) satisfies PageServerLoad;
