import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';

/** Choose a schooljaar (and a kring or school); the choice goes to /jaarverslag/<schooljaar>. */
export const load = (async ({ url, locals }) => {
	const gekozen = url.searchParams.get('schooljaar');
	if (gekozen && /^\d{4}-\d{4}$/.test(gekozen)) {
		const q = new URLSearchParams();
		for (const k of ['kring', 'school']) if (url.searchParams.get(k)) q.set(k, url.searchParams.get(k)!);
		redirect(303, `/jaarverslag/${gekozen}${q.size ? `?${q}` : ''}`);
	}
	const { registry } = await context();
	try {
		const isSchool = locals.scope.role === 'school';
		const [jaren, keuzes] = await Promise.all([
			registry.run('schooljaren', {}, locals.scope),
			isSchool ? Promise.resolve({ rows: [] }) : registry.run('jaarverslag_keuzes', {}, locals.scope)
		]);
		const scholen = keuzes.rows.map((r) => ({ kring: String(r.kring), code: String(r.code), naam: String(r.naam) }));
		return {
			schooljaren: jaren.rows.map((r) => String(r.schooljaar)),
			kringen: [...new Set(scholen.map((s) => s.kring))],
			scholen,
			magKiezen: !isSchool
		};
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;
