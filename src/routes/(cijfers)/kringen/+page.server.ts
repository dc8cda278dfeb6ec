import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';

export const load = pagina(async ({ run, schooljaar }) => {
	const [verwijzingen, arrangementen] = await Promise.all([run('verwijzingen_per_kring', { schooljaar }), run('arrangementen_per_kring', { schooljaar })]);
	return { verwijzingen, arrangementen };
}) satisfies PageServerLoad;
