import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { pagina } from '$lib/server/pagina';
import { loadFinancien } from '$lib/server/financien';
import { scenarioParams } from '$lib/financien-scenario';

/** Financiën per boekjaar (issue 18): bestuur, adviseur and beheerder only (access.ts; the queries are scope all). */
export const load = pagina(
	async (p, { url, locals }) => {
		const { registry } = await context();
		return loadFinancien(registry, locals.scope, url.searchParams.get('jaar'), scenarioParams(url.searchParams), { sector: await p.sector() });
	},
	{ filters: [] }
) satisfies PageServerLoad;
