import type { PageServerLoad } from './$types';
import { guarded, pageRunner, readFilters } from '$lib/server/pagina';
import type { TlvAflopendRow, TlvMaandRow, TlvSchooljaarRow } from '$lib/cijfers';

export const load = (async ({ url, locals, parent }) => {
	const filters = readFilters(url);
	const run = await pageRunner(locals, filters);
	const { schooljaar } = await parent();
	const [perJaar, perMaand, aflopend] = await guarded(
		Promise.all([run<TlvSchooljaarRow>('tlv_per_schooljaar'), run<TlvMaandRow>('tlv_per_maand', { schooljaar }), run<TlvAflopendRow>('tlv_aflopend')])
	);
	return { perJaar, perMaand, aflopend };
}) satisfies PageServerLoad;
