import type { LayoutServerLoad } from './$types';
import { context } from '$lib/server/context';
import { ACCESS, mayOpen } from '$lib/server/access';
import { alsSector } from '$lib/sector';
import { magNamenZien } from '$lib/charts/tooltip';

export const load = (async ({ locals }) => {
	const { registry } = await context();
	const info = await registry.run('monitor_info', {}, locals.scope);
	const user = locals.user;
	const rij = info.rows[0] as { swv_naam: string; demo: boolean; laatste_import: string | null; sector?: unknown };
	/** PO or VO (issue 16): every page speaks its sector's words. */
	const sector = alsSector(rij.sector);
	return {
		info: { ...rij, sector },
		user: user && { name: user.name, role: user.role, schools: user.schools },
		/** Kring and school names in chart tooltips, and links from a bar or dot to its page: not for a school account. */
		namen: magNamenZien(user?.role),
		/** Route ids this account may open: the navigation leaves out the others. */
		toegang: user ? Object.keys(ACCESS).filter((id) => mayOpen(id, user.role)) : []
	};
}) satisfies LayoutServerLoad;
