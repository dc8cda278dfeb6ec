import type { LayoutServerLoad } from './$types';
import { context } from '$lib/server/context';

export const load = (async ({ locals }) => {
	const { registry } = await context();
	const info = await registry.run('monitor_info', {}, locals.scope);
	return { info: info.rows[0] as { swv_naam: string; demo: boolean; laatste_import: string | null } };
}) satisfies LayoutServerLoad;
