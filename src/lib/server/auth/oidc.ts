/**
 * Logging in with the organisation's own accounts (Microsoft Entra ID, Google Workspace, SURFconext):
 * OpenID Connect, authorization code flow with PKCE, state and nonce, through `openid-client`
 * (certified, keeps up with the provider quirks and the ID token checks we would otherwise write).
 * Configured by environment: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, and OIDC_NAAM for the
 * button ("Inloggen met …"). The redirect URI to register at the provider is <origin>/login/oidc/callback.
 *
 * An account is matched by its verified e-mail address (the account's name). An unknown address gets
 * an account on its first login only when the beheerder allowed its domain (/beheer/gebruikers),
 * with the role the beheerder chose for that domain; otherwise the login is refused and logged.
 */
import * as client from 'openid-client';
import type { MonitorDb } from '../db';
import { ROLES, type Role } from '../roles';
import { addUser, getUser, type User } from './accounts';
import { randomPassword } from './password';

export interface OidcSettings {
	issuer: string;
	clientId: string;
	clientSecret: string;
	naam: string;
}

export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
	const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
	if (!issuer || !clientId || !clientSecret) return null;
	return { issuer, clientId, clientSecret, naam: env.OIDC_NAAM?.trim() || 'uw organisatie-account' };
}

/** Plain http only for a provider on this machine (the browser tests' provider). */
const loopback = (u: URL) => u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);

let discovered: { key: string; config: Promise<client.Configuration> } | null = null;
/** The provider's metadata, fetched once per process (again after a failure). */
export function oidcConfig(s: OidcSettings): Promise<client.Configuration> {
	const key = `${s.issuer}|${s.clientId}`;
	if (discovered?.key !== key) {
		const issuer = new URL(s.issuer);
		const config = client
			.discovery(issuer, s.clientId, s.clientSecret, undefined, loopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined)
			.catch((e) => {
				discovered = null;
				throw e;
			});
		discovered = { key, config };
	}
	return discovered.config;
}

/** What the login's round trip through the provider must bring back (kept in an HttpOnly cookie). */
export interface Pending {
	verifier: string;
	state: string;
	nonce: string;
	terug: string;
}
export const PENDING_COOKIE = 'pm_oidc';

export async function startLogin(s: OidcSettings, redirectUri: string, terug: string): Promise<{ url: URL; pending: Pending }> {
	const config = await oidcConfig(s);
	const pending: Pending = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), terug };
	const url = client.buildAuthorizationUrl(config, {
		redirect_uri: redirectUri,
		scope: 'openid email profile',
		code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
		code_challenge_method: 'S256',
		state: pending.state,
		nonce: pending.nonce
	});
	return { url, pending };
}

/** The verified e-mail address of the person who came back from the provider. */
export async function finishLogin(s: OidcSettings, currentUrl: URL, pending: Pending): Promise<string | null> {
	const config = await oidcConfig(s);
	const tokens = await client.authorizationCodeGrant(config, currentUrl, {
		pkceCodeVerifier: pending.verifier,
		expectedState: pending.state,
		expectedNonce: pending.nonce,
		idTokenExpected: true
	});
	const claims = tokens.claims()!;
	let email = claims.email as string | undefined;
	let verified = claims.email_verified as boolean | undefined;
	if (!email) {
		const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
		email = info.email;
		verified = info.email_verified;
	}
	// Entra ID leaves email_verified out; an address the provider says is unverified is never trusted.
	if (!email || verified === false) return null;
	return email.trim().toLowerCase();
}

/** Roles a domain may give (a school account needs its schools, which a domain cannot say). */
export const DOMAIN_ROLES = ROLES.filter((r) => r !== 'school');
export const domainName = (s: string) => s.trim().toLowerCase().replace(/^@/, '');
export const validDomain = (d: string) => /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(d);

export interface Domain {
	domein: string;
	rol: Role;
	door: string;
}

export async function listDomains(db: MonitorDb): Promise<Domain[]> {
	const r = await db.query(`SELECT domein, rol, door FROM oidc_domeinen ORDER BY domein`);
	return r.rows.map((x) => ({ domein: String(x.domein), rol: x.rol as Role, door: String(x.door) }));
}

export async function allowDomain(db: MonitorDb, domein: string, rol: Role, door: string): Promise<void> {
	await db.query(`INSERT OR REPLACE INTO oidc_domeinen VALUES ($domein, $rol, $door, now()::TIMESTAMP)`, { domein, rol, door });
}

export async function removeDomain(db: MonitorDb, domein: string): Promise<boolean> {
	return (await db.query(`DELETE FROM oidc_domeinen WHERE domein = $domein RETURNING domein`, { domein })).rows.length > 0;
}

/**
 * The account of this e-mail address: the existing one, or a new one with the role allowed for
 * its domain (created: true), or null when the domain was not allowed.
 */
export async function accountFor(db: MonitorDb, email: string): Promise<{ user: User; created: boolean } | null> {
	const existing = await getUser(db, email);
	if (existing && !existing.demo) return { user: existing, created: false };
	if (existing) return null;
	const domein = email.split('@')[1] ?? '';
	const r = await db.query(`SELECT rol FROM oidc_domeinen WHERE domein = $domein`, { domein });
	if (!r.rows[0]) return null;
	// Nobody knows this password: the account logs in through the provider (or after a reset).
	const user = await addUser(db, { name: email, role: String(r.rows[0].rol), password: randomPassword(32) });
	return { user, created: true };
}
