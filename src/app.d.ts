import type { Role, Scope } from '$lib/server/queries';

declare global {
	namespace App {
		interface Locals {
			scope: Scope;
			user: { name: string; role: Role } | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
