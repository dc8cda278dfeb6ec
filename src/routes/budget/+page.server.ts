import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import type { BudgetKringRow, BudgetSchoolRow, WatervalRow } from '$lib/expertteam';
import { signalenBudget } from '$lib/vertellen';
import { LISTING_LIMIT, paginaToelichtingen } from '$lib/server/pagina';

export const load = (async ({ url, locals }) => {
	const { registry } = await context();
	const schooljaar = url.searchParams.get('schooljaar') || null;
	const kring = url.searchParams.get('kring') || null;
	const raw = Object.fromEntries(Object.entries({ schooljaar, kring }).filter(([, v]) => v !== null)) as Record<string, string>;
	try {
		const [kringen, waterval, scholen] = await Promise.all([
			registry.run('budget_kringen', {}, locals.scope),
			registry.run('budget_waterval', raw, locals.scope),
			locals.scope.role === 'school' ? null : registry.run('budget_scholen', raw, locals.scope)
		]);
		const k = kringen.rows as unknown as BudgetKringRow[];
		const alleScholen = scholen ? (scholen.rows as unknown as BudgetSchoolRow[]) : null;
		const w = waterval.rows as unknown as WatervalRow[];
		const sj = w[0]?.schooljaar ?? schooljaar;
		return {
			filters: { schooljaar: sj, kring },
			opties: {
				schooljaar: [...new Set(k.map((r) => r.schooljaar))].reverse(),
				kring: [...new Set(k.filter((r) => !r.totaal).map((r) => r.kring as string))].sort()
			},
			// What the page shows of the kring rows (all kringen × all schooljaren is thousands of rows in
			// a very large SWV): the chosen kring's or the SWV's trend, and the kringen of the schooljaar.
			reeks: k.filter((r) => (kring ? r.kring === kring : r.totaal)),
			swvNu: k.find((r) => r.totaal && r.schooljaar === sj) ?? null,
			perKring: kring ? [] : k.filter((r) => !r.totaal && r.schooljaar === sj),
			waterval: w,
			// The flagged schools come from all schools; the listing itself is capped (the CSV has all).
			signalen: signalenBudget(alleScholen ?? []),
			scholen: alleScholen ? alleScholen.slice(0, LISTING_LIMIT) : null,
			scholenTotaal: alleScholen?.length ?? 0,
			toelichtingen: await paginaToelichtingen(locals, sj, kring)
		};
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;
