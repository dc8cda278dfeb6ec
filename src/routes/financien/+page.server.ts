import type { PageServerLoad } from './$types';
import { guarded, pageRunner } from '$lib/server/pagina';
import { financienModel, kiesJaar } from '$lib/financien';
import { scenarioParams } from '$lib/financien-scenario';
import type { DoelmatigheidKostenRow, DoelmatigheidRow, FinancienJarenRow, FinancienPostenRow } from '$lib/rows.generated';

/** Financiën per boekjaar (issue 18): bestuur, adviseur and beheerder only (access.ts; the queries are scope all). */
export const load = (async ({ url, locals }) => {
	const run = await pageRunner(locals, {});
	return guarded(
		(async () => {
			const [jaren, doelmatigheid, kosten] = await Promise.all([
				run<FinancienJarenRow>('financien_jaren'),
				run<DoelmatigheidRow>('doelmatigheid'),
				run<DoelmatigheidKostenRow>('doelmatigheid_kosten')
			]);
			const jaar = kiesJaar(jaren.rows, url.searchParams.get('jaar'));
			const posten = jaar === null ? { rows: [] as FinancienPostenRow[], csv: '' } : await run<FinancienPostenRow>('financien_posten', { jaar: String(jaar) });
			return {
				model: financienModel({ jaren: jaren.rows, posten: posten.rows, doelmatigheid: doelmatigheid.rows, kosten: kosten.rows, jaar, params: scenarioParams(url.searchParams) }),
				jaren: jaren.rows.map((j) => String(j.jaar)).reverse(),
				csv: { jaren: jaren.csv, posten: posten.csv, doelmatigheid: doelmatigheid.csv, kosten: kosten.csv }
			};
		})()
	);
}) satisfies PageServerLoad;
