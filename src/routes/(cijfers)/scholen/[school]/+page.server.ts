import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { loadBudgetSection, loadExpertteamSection } from '$lib/server/sections';
import { alsVerdeling, pagina } from '$lib/server/pagina';
import { loadToelichtingen } from '$lib/server/toelichtingen';

/**
 * The school page is a benchmark: this school next to its kring, the SWV and the country; other
 * schools only as an anonymous distribution. Only queries of scope `school` (this school) and `swv`.
 */
export const load = pagina(
	async ({ run, schooljaar, perSector }, { params, locals }) => {
		const school = params.school.toUpperCase();
		const { registry, db } = await context();
		const sectie = { schooljaar, school };
		// Only the sector's own queries (issue 16): a VO school has no sbo/so-verwijzingen or rugzakken to throw away.
		const [figuren, budget] = await Promise.all([
			perSector({
				po: () =>
					Promise.all([
						run('school_verwijzingen', { school }),
						run('school_arrangementen', { school }),
						run('verwijzingen_verdeling', { schooljaar }),
						run('kerncijfers', { schooljaar: null }),
						loadExpertteamSection(registry, locals.scope, sectie)
					]).then(([verwijzingen, arrangementen, verdeling, kern, expertteam]) => ({
						verwijzingen,
						arrangementen,
						verdeling: alsVerdeling(verdeling),
						kern,
						expertteam
					})),
				// A VO school: its deelname per teldatum and its vaste AB'er.
				vo: () => Promise.all([run('vo_school_deelname', { school }), run('vo_ab_school', { school })]).then(([deelname, ab]) => ({ deelname, ab }))
			}),
			loadBudgetSection(registry, locals.scope, sectie)
		]);
		const { po, vo } = figuren;
		if (vo && vo.deelname.rows.length === 0) error(404, `Er is geen vo- of pro-school met de code ${school}.`);
		if (po && po.verwijzingen.rows.length === 0) error(404, `Er is geen bao- of sbo-school met de code ${school}.`);
		// The school's notes (a school account writes its own school's; the same place as its jaarverslag).
		const toelichtingen = schooljaar ? await loadToelichtingen(db, { niveau: 'school', sleutel: school, schooljaar }, locals) : null;
		return { vo, po, school, toelichtingen, budget };
	},
	{ filters: ['schooljaar'] }
) satisfies PageServerLoad;
