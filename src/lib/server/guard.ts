/**
 * A second role check inside a load or action, on the server. The first is the access table
 * (access.ts), which hooks.server.ts applies to every route before any load runs; `requireRole`
 * is for finer rules within one route (e.g. one form action of a page for the beheerder only).
 */
import { error } from '@sveltejs/kit';
import type { Role } from './roles';

export function requireRole(locals: App.Locals, ...roles: Role[]): void {
	if (!roles.includes(locals.scope.role)) error(403, 'U heeft geen toegang tot deze pagina.');
}
