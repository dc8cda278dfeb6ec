import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/guard';

export const load = (async ({ locals }) => {
	requireRole(locals, 'beheerder');
	return {};
}) satisfies PageServerLoad;
