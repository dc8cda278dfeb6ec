import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';

/**
 * A school's own figures. The access table lets a school account open only its own school; the
 * registry hides small counts for it ("<5"). The benchmark against kring, SWV and country is built
 * on this page by the pages issue.
 */
export const load = (async ({ params, locals }) => {
	const { registry } = await context();
	try {
		const r = await registry.run('school_tellingen', { school: params.school }, locals.scope);
		if (!r.rows.length) error(404, 'Deze school staat niet in de gegevens.');
		return { school: params.school, naam: String(r.rows[0].naam), kring: String(r.rows[0].kring), jaren: r.rows };
	} catch (e) {
		if (e instanceof QueryError) error(e.status === 400 ? 404 : e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;
