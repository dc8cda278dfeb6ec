import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { requireRole } from '$lib/server/guard';
import { importLog } from '$lib/server/import/log';

export const load = (async ({ locals }) => {
	requireRole(locals, 'beheerder');
	const { db } = await context();
	return { log: await importLog(db) };
}) satisfies PageServerLoad;
