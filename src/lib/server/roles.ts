/**
 * Roles and scopes: who a visitor is, and what the query registry lets them read. One module that
 * the accounts (auth/), the access table (access.ts), the role guard (guard.ts) and the query
 * registry (queries.ts) all import, so none of them takes these words from another.
 *
 *  - `beheerder`: manages accounts and imports, sees everything;
 *  - `bestuur`, `adviseur`: see the whole SWV, exact numbers;
 *  - `school`: sees the SWV, its own kring and its own school, with small counts hidden (queries.ts).
 */

export const ROLES = ['beheerder', 'bestuur', 'adviseur', 'school'] as const;
export type Role = (typeof ROLES)[number];

export interface Scope {
	role: Role;
	/** For the school role: the school locations (brin + vestiging) the user belongs to. */
	schools?: string[];
}

/** The scope of server-side code acting for the whole SWV (start-up, demo checks, tests). */
export const FULL_SCOPE: Scope = { role: 'bestuur' };
