/** oidc-provider (test provider only) ships no type declarations; the test uses a handful of its options. */
declare module 'oidc-provider' {
	export default class Provider {
		constructor(issuer: string, configuration: Record<string, unknown>);
		proxy: boolean;
		listen(port: number, host: string): unknown;
	}
}
