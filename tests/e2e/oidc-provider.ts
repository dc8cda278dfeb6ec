/**
 * A real OpenID Connect provider for the browser tests (npm oidc-provider, on loopback): its own
 * development login form takes any name as the account, and the account's e-mail address is that
 * name. Usage: node --import tsx tests/e2e/oidc-provider.ts PROVIDER_PORT APP_PORT
 */
import Provider from 'oidc-provider';

const [port, appPort] = process.argv.slice(2).map(Number);
const app = `http://127.0.0.1:${appPort}`;
export const OIDC_CLIENT = { id: 'passend-monitor', secret: 'e2e-geheim-van-de-testprovider' };

const provider = new Provider(`http://127.0.0.1:${port}`, {
	clients: [
		{
			client_id: OIDC_CLIENT.id,
			client_secret: OIDC_CLIENT.secret,
			redirect_uris: [`${app}/login/oidc/callback`],
			post_logout_redirect_uris: [`${app}/login`],
			grant_types: ['authorization_code'],
			response_types: ['code']
		}
	],
	async findAccount(_ctx: unknown, id: string) {
		return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: id }) };
	},
	claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
	features: { devInteractions: { enabled: true } },
	// Loopback over http in tests; a real provider is https.
	cookies: { keys: ['e2e-testprovider-sleutel'] }
});
provider.proxy = false;
provider.listen(port, '127.0.0.1');
console.log(`OIDC-testprovider op http://127.0.0.1:${port}`);
