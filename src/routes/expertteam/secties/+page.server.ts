/**
 * Preview of the expertteam and budget sections as the kring and school pages will show them
 * (/expertteam/secties?kring=Kring West, or ?school=12AB00), until those pages wire them in.
 */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import { loadExpertteamSection, loadBudgetSection } from '$lib/server/sections';

export const load = (async ({ url, locals }) => {
	const { registry } = await context();
	const options = {
		schooljaar: url.searchParams.get('schooljaar') || null,
		kring: url.searchParams.get('kring') || null,
		school: url.searchParams.get('school') || null
	};
	try {
		const [expertteam, budget] = await Promise.all([
			loadExpertteamSection(registry, locals.scope, options),
			loadBudgetSection(registry, locals.scope, options)
		]);
		return { options, expertteam, budget };
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;
