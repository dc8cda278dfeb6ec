import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { keuzeScholen, pagina } from '$lib/server/pagina';

/**
 * Choose a schooljaar (and a kring or school); the choice goes to /jaarverslag/<schooljaar>. A very
 * large SWV has thousands of schools, too many for one list: then the schools of one kring are
 * offered, after "Toon de scholen van deze kring" (?stap=scholen keeps the choice on this page).
 */
export const load = pagina(
	async ({ run }, { url, locals }) => {
		const gekozen = url.searchParams.get('schooljaar');
		const kring = url.searchParams.get('kring') || null;
		if (gekozen && /^\d{4}-\d{4}$/.test(gekozen) && url.searchParams.get('stap') !== 'scholen') {
			const q = new URLSearchParams();
			for (const k of ['kring', 'school']) if (url.searchParams.get(k)) q.set(k, url.searchParams.get(k)!);
			redirect(303, `/jaarverslag/${gekozen}${q.size ? `?${q}` : ''}`);
		}
		const isSchool = locals.scope.role === 'school';
		const [jaren, keuzes] = await Promise.all([run('schooljaren'), isSchool ? null : run('jaarverslag_keuzes')]);
		const scholen = (keuzes?.rows ?? []).map((r) => ({ kring: String(r.kring), code: String(r.code), naam: String(r.naam) }));
		return {
			schooljaren: jaren.rows.map((r) => String(r.schooljaar)),
			schooljaar: gekozen,
			kringen: [...new Set(scholen.map((s) => s.kring))],
			kring,
			...keuzeScholen(scholen, kring),
			magKiezen: !isSchool
		};
	},
	// The schooljaar here is a choice still to be made (a malformed one stays on this page), not a filter.
	{ filters: [], jaren: async () => [] }
) satisfies PageServerLoad;
