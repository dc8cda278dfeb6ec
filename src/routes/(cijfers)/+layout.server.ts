import type { LayoutServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';

/** The filter choices shared by the figure pages (Filters.svelte), the filters in the URL and the schooljaar shown. */
export const load = pagina(async ({ run, filters, schooljaar }, { locals }) => {
	const [jaren, opties] = await Promise.all([run('schooljaren', { schooljaar: null }), run('filteropties')]);
	// A school account sees fixed totals only (queries.ts): no kring, gemeente or soort to choose.
	const keuzes = (f: string) => (locals.scope.role === 'school' ? [] : opties.rows.filter((r) => r.filter === f).map((r) => String(r.waarde)));
	return {
		filters,
		schooljaren: jaren.rows.map((r) => String(r.schooljaar)),
		schooljaar,
		opties: { kring: keuzes('kring'), gemeente: keuzes('gemeente'), schoolsoort: keuzes('schoolsoort') }
	};
}) satisfies LayoutServerLoad;
