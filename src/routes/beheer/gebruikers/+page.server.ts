import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { listUsers } from '$lib/server/auth/accounts';

export const load = (async () => {
	const { db } = await context();
	return { gebruikers: await listUsers(db) };
}) satisfies PageServerLoad;
