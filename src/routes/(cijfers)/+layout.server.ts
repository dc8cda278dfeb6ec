import type { LayoutServerLoad } from './$types';
import { guarded, pageRunner, readFilters } from '$lib/server/pagina';

/** The filter choices shared by the figure pages (Filters.svelte), and the filters in the URL. */
export const load = (async ({ url, locals }) => {
	const filters = readFilters(url);
	const run = await pageRunner(locals, {});
	const [jaren, opties] = await guarded(Promise.all([run('schooljaren'), run('filteropties')]));
	const schooljaren = jaren.rows.map((r) => String(r.schooljaar));
	// A school account sees fixed totals only (queries.ts): no kring, gemeente or soort to choose.
	const keuzes = (f: string) => (locals.scope.role === 'school' ? [] : opties.rows.filter((r) => r.filter === f).map((r) => String(r.waarde)));
	return {
		filters,
		schooljaren,
		/** The schooljaar shown: the one in the URL, else the newest with a telling (as the queries default). */
		schooljaar: filters.schooljaar ?? schooljaren[0] ?? null,
		opties: { kring: keuzes('kring'), gemeente: keuzes('gemeente'), schoolsoort: keuzes('schoolsoort') }
	};
}) satisfies LayoutServerLoad;
