import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';
import { sectorVan } from '$lib/server/sector';

// The verwijzingen are not filtered on soort school (the page offers no such filter), so a soort
// carried in the URL from another page does not hide the notes.
export const load = pagina(async ({ run, optioneel, toelichtingen, schooljaar, filters }) => {
	// A VO database (issue 16): the vso-TLVs, with their schools of herkomst.
	// With a regio chosen both are about its schools (vo_tlv_vso: the TLVs that came from them); the PO
	// figures below are not asked of a VO database.
	if ((await sectorVan(run)) === 'vo') {
		const [jaren, scholen] = await Promise.all([run('vo_tlv_vso'), optioneel('vo_deelname_per_school', { schooljaar })]);
		return { vo: { jaren, scholen }, perJaar: null, perMaand: null, aflopend: null, toelichtingen: null };
	}
	const [perJaar, perMaand, aflopend, notes] = await Promise.all([
		run('tlv_per_schooljaar'),
		run('tlv_per_maand', { schooljaar }),
		run('tlv_aflopend'),
		toelichtingen(filters.kring, !!filters.gemeente)
	]);
	return { vo: null, perJaar, perMaand, aflopend, toelichtingen: notes };
}) satisfies PageServerLoad;
