import type { Scope } from '$lib/server/roles';
import type { User } from '$lib/server/auth/accounts';

declare global {
	namespace App {
		interface Locals {
			/** What the registry lets this visitor read; the most restricted scope without a session. */
			scope: Scope;
			/** The logged-in account (hooks.server.ts), null without a session. */
			user: User | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
