/**
 * Who may open which route: ONE table, applied by hooks.server.ts to every request before any load
 * function or endpoint runs. A route that is not in the table is refused for everyone (default
 * deny), and tests/unit/access.test.ts fails for every route under src/routes without a rule — so
 * a new page is protected before anyone thinks about it.
 *
 * Keys are SvelteKit route ids (the folder path under src/routes, as in `event.route.id`) without
 * layout groups: `/(cijfers)/deelname` is `/deelname`.
 * What a role sees *within* a route is decided by the query registry (queries.ts): the school
 * role gets only its own school's rows, aggregates, and "<5" for small counts.
 */
import type { Role } from './roles';

export interface Rule {
	/** Roles that may open the route; 'public' = also without a session (the login page). */
	roles: readonly Role[] | 'public';
	/** For the school role: the route parameter that must be one of the account's own schools. */
	ownSchool?: string;
}

const ALL: readonly Role[] = ['beheerder', 'bestuur', 'adviseur', 'school'];
/** Everyone who sees all figures of the SWV, per kring and per school. */
const SWV: readonly Role[] = ['beheerder', 'bestuur', 'adviseur'];
const BEHEER: readonly Role[] = ['beheerder'];

export const ACCESS: Record<string, Rule> = {
	'/login': { roles: 'public' },
	// OpenID Connect: the way out to the organisation's provider and back (auth/oidc.ts).
	'/login/oidc': { roles: 'public' },
	'/login/oidc/callback': { roles: 'public' },
	'/logout': { roles: ALL },
	'/account': { roles: ALL },
	'/': { roles: ALL },
	// Data for scripts and downloads: the registry applies the caller's scope to every query.
	'/api/q/[name]': { roles: ALL },

	// Pages that list kringen or schools side by side: not for a school account.
	'/deelname': { roles: SWV },
	'/verwijzingen': { roles: SWV },
	'/arrangementen': { roles: SWV },
	'/expertteam': { roles: SWV },
	'/budget': { roles: SWV },
	// The SWV's own accounts and what support reached (issue 18): for the board, not for a school.
	'/financien': { roles: SWV },
	'/kringen': { roles: SWV },
	// Thuiszitters (issue 17): a school account sees the SWV totals and its own school's counts (1–4 as <5);
	// listings per gemeente or school and the list with pupil codes are refused for it by the registry.
	'/thuiszitters': { roles: ALL },
	'/kringen/[kring]': { roles: SWV },
	'/scholen': { roles: SWV },
	// The school page is a school's benchmark: a school account may open only its own.
	'/scholen/[school]': { roles: ALL, ownSchool: 'school' },
	// The jaarverslag of the SWV, a kring or a school; for a school account always its own school
	// (loadJaarverslag forces it; the registry applies small-count suppression).
	'/jaarverslag': { roles: ALL },
	'/jaarverslag/[schooljaar]': { roles: ALL },
	'/jaarverslag/[schooljaar]/pdf': { roles: ALL },
	'/jaarverslag/[schooljaar]/docx': { roles: ALL },
	// Own targets from the ondersteuningsplan (issue 19): set by the bestuur and the beheerder.
	'/streefwaarden': { roles: ['beheerder', 'bestuur'] },
	// Toelichtingen: who may write where is checked per note in $lib/server/toelichtingen.
	'/toelichtingen': { roles: ALL },
	/** The page hooks.server.ts answers a refused page with (status 403). */
	'/geen-toegang': { roles: ALL },

	'/beheer': { roles: BEHEER },
	'/beheer/import': { roles: BEHEER },
	'/beheer/log': { roles: BEHEER },
	'/beheer/audit': { roles: BEHEER },
	'/beheer/gebruikers': { roles: BEHEER }
};

export type Decision = 'allow' | 'login' | 'forbidden';

/** The table's key for a SvelteKit route id: layout groups such as `(cijfers)` are not part of the URL. */
function routeKey(routeId: string): string {
	return routeId.replace(/\/\([^)]+\)/g, '') || '/';
}

/** The rule for a route id (with or without layout groups), if there is one. */
export function ruleFor(routeId: string, table: Record<string, Rule> = ACCESS): Rule | undefined {
	return table[routeKey(routeId)];
}

/**
 * The decision for one request. `routeId` null means no route matched (SvelteKit answers 404),
 * which a visitor with a session may see; without a session it is a login like any page.
 */
export function decide(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	user: { role: Role; schools: string[] } | null,
	table: Record<string, Rule> = ACCESS
): Decision {
	const rule = routeId === null ? null : ruleFor(routeId, table);
	if (rule?.roles === 'public') return 'allow';
	if (!user) return 'login';
	if (routeId === null) return 'allow';
	if (!rule || !rule.roles.includes(user.role)) return 'forbidden';
	if (user.role === 'school' && rule.ownSchool) {
		const asked = params[rule.ownSchool];
		if (asked === undefined || !user.schools.includes(asked)) return 'forbidden';
	}
	return 'allow';
}

/** Whether a role may open a route at all (for the navigation: links it may not follow are left out). */
export function mayOpen(routeId: string, role: Role, table: Record<string, Rule> = ACCESS): boolean {
	const rule = ruleFor(routeId, table);
	return !!rule && (rule.roles === 'public' || rule.roles.includes(role));
}
