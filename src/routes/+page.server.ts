import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';

export const load = pagina(
	async ({ run, toelichtingen, schooljaar }) => {
		const [jaren, kern, notes] = await Promise.all([run('schooljaren'), run('kerncijfers', { schooljaar: null }), toelichtingen(null)]);
		return { schooljaren: jaren.rows.map((r) => String(r.schooljaar)), schooljaar, toelichtingen: notes, kerncijfers: kern.rows };
	},
	{ filters: ['schooljaar'] }
) satisfies PageServerLoad;
