import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';
import { sectorVan } from '$lib/server/sector';

// The verwijzingen are not filtered on soort school (the page offers no such filter), so a soort
// carried in the URL from another page does not hide the notes.
export const load = pagina(async ({ run, optioneel, toelichtingen, schooljaar, filters }) => {
	// A VO database (issue 16): the vso-TLVs, with their schools of herkomst.
	const vo =
		(await sectorVan(run)) === 'vo'
			? await Promise.all([run('vo_tlv_vso'), optioneel('vo_deelname_per_school', { schooljaar })]).then(([jaren, scholen]) => ({ jaren, scholen }))
			: null;
	const [perJaar, perMaand, aflopend, notes] = await Promise.all([
		run('tlv_per_schooljaar'),
		run('tlv_per_maand', { schooljaar }),
		run('tlv_aflopend'),
		toelichtingen(filters.kring, !!filters.gemeente)
	]);
	return { vo, perJaar, perMaand, aflopend, toelichtingen: notes };
}) satisfies PageServerLoad;
