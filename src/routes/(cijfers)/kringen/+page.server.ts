import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';

/** The kringen side by side; in a VO database the regio's with their deelname vso, pro and lwoo (issue 16). */
export const load = pagina(async ({ run, schooljaar, perSector }) =>
	perSector({
		po: () =>
			Promise.all([run('verwijzingen_per_kring', { schooljaar }), run('arrangementen_per_kring', { schooljaar })]).then(([verwijzingen, arrangementen]) => ({
				verwijzingen,
				arrangementen
			})),
		vo: () => run('vo_deelname_per_kring', { schooljaar }).then((deelname) => ({ deelname }))
	})
) satisfies PageServerLoad;
