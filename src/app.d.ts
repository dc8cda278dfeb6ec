import type { Scope } from '$lib/server/queries';

declare global {
	namespace App {
		interface Locals {
			scope: Scope;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
