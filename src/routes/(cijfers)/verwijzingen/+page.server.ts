import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';

// The verwijzingen are not filtered on soort school (the page offers no such filter), so a soort
// carried in the URL from another page does not hide the notes.
export const load = pagina(async ({ run, toelichtingen, schooljaar, filters }) => {
	const [perJaar, perMaand, aflopend, notes] = await Promise.all([
		run('tlv_per_schooljaar'),
		run('tlv_per_maand', { schooljaar }),
		run('tlv_aflopend'),
		toelichtingen(filters.kring, !!filters.gemeente)
	]);
	return { perJaar, perMaand, aflopend, toelichtingen: notes };
}) satisfies PageServerLoad;
