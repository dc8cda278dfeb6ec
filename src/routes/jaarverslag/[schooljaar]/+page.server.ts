import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import { loadJaarverslag } from '$lib/server/jaarverslag';

export const load = (async ({ params, url, locals }) => {
	const { db, registry } = await context();
	try {
		const verslag = await loadJaarverslag(db, registry, { schooljaar: params.schooljaar, kring: url.searchParams.get('kring'), school: url.searchParams.get('school') }, locals);
		return { verslag, gemaakt: new Date().toISOString().slice(0, 10) };
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;
