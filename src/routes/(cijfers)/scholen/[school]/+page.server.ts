import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { loadBudgetSection, loadExpertteamSection } from '$lib/server/sections';
import { alsVerdeling, guarded, pageRunner } from '$lib/server/pagina';
import type { KerncijfersRow } from '$lib/kerncijfers';
import type { SchoolArrangementVerloopRow, SchoolVerloopRow, VerdelingRow } from '$lib/cijfers';

/**
 * The school page is a benchmark: this school next to its kring, the SWV and the country; other
 * schools only as an anonymous distribution. Only queries of scope `school` (this school) and `swv`.
 */
export const load = (async ({ url, params, locals, parent }) => {
	const school = params.school.toUpperCase();
	const { schooljaar } = await parent();
	const run = await pageRunner(locals, { schooljaar: url.searchParams.get('schooljaar') ?? undefined });
	const { registry } = await context();
	const sectie = { schooljaar, school };
	const [verwijzingen, arrangementen, verdeling, kern, expertteam, budget] = await guarded(
		Promise.all([
			run<SchoolVerloopRow>('school_verwijzingen', { school }),
			run<SchoolArrangementVerloopRow>('school_arrangementen', { school }),
			run<VerdelingRow>('verwijzingen_verdeling', { schooljaar }),
			run<KerncijfersRow>('kerncijfers', { schooljaar: null }),
			loadExpertteamSection(registry, locals.scope, sectie),
			loadBudgetSection(registry, locals.scope, sectie)
		])
	);
	if (verwijzingen.rows.length === 0) error(404, `Er is geen bao- of sbo-school met de code ${school}.`);
	return { school, verwijzingen, arrangementen, verdeling: alsVerdeling(verdeling), kern, expertteam, budget };
}) satisfies PageServerLoad;
