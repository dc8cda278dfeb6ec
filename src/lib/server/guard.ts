/**
 * Role checks for routes and actions, on the server. Pages call `requireRole(locals, …)` in their
 * load or action; the roles issue fills `locals.scope` from the session.
 */
import { error } from '@sveltejs/kit';
import type { Role } from './queries';

export function requireRole(locals: App.Locals, ...roles: Role[]): void {
	if (!roles.includes(locals.scope.role)) error(403, 'U heeft geen toegang tot deze pagina.');
}
