/**
 * Access, table-driven, over HTTP against the real server: every route under src/routes and every
 * query of /api/q, for no session and each demo role. What a role may open comes from ONE table
 * (src/lib/server/access.ts); this spec checks that the server applies it to every route, and the
 * school account's own-school rule through the URL, the query parameter and the API.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { ACCESS, decide, ruleFor } from '../../src/lib/server/access';
import { loadQueries } from '../../src/lib/server/queries';
import { fillRoute, routeIds, routeParams } from '../routes';
import { NO_SESSION, ROLES, stateFor, type Role } from './auth';

const OTHER_SCHOOL = (() => {
	const [, first] = readFileSync('data/demo/scholen.csv', 'utf8').split('\n');
	const [brin, vestiging] = first.split(',');
	return brin + vestiging;
})();
const QUERIES = loadQueries();

type Who = Role | 'geen sessie';
const WHO: Who[] = ['geen sessie', ...ROLES];

let contexts: Record<Who, APIRequestContext>;
let ownSchool: string;

test.beforeAll(async ({ playwright, baseURL }) => {
	const make = (storageState: string | typeof NO_SESSION) => playwright.request.newContext({ baseURL, storageState, maxRedirects: 0 });
	contexts = { 'geen sessie': await make(NO_SESSION) } as Record<Who, APIRequestContext>;
	for (const r of ROLES) contexts[r] = await make(stateFor(r));
	const home = await (await contexts.school.get('/')).text();
	ownSchool = /href="\/scholen\/(\w+)"/.exec(home)![1];
	expect(ownSchool).not.toBe(OTHER_SCHOOL);
});
test.afterAll(async () => {
	for (const c of Object.values(contexts)) await c.dispose();
});

function sample(school: string): Record<string, string> {
	return { school, kring: 'Kring Noord', schooljaar: '2025-2026', name: 'kerncijfers' };
}

async function expectLogin(res: APIResponse, path: string) {
	if (path.startsWith('/api/')) expect(res.status(), `${path} zonder sessie`).toBe(401);
	else {
		expect(res.status(), `${path} zonder sessie`).toBe(303);
		expect(res.headers().location).toMatch(/^\/login/);
	}
}
async function expectAllowed(res: APIResponse, label: string) {
	expect([401, 403], `${label}: ${res.status()} ${(await res.text()).slice(0, 200)}`).not.toContain(res.status());
	if (res.status() === 303) expect(res.headers().location, label).not.toMatch(/^\/login/);
	expect(res.status(), label).toBeLessThan(500);
}

test('every route has a rule, and the server applies it for every role', async () => {
	// Every route × every role: with the thuiszitters page this takes longer than the default 30 s on a busy machine.
	test.setTimeout(120_000);
	for (const id of routeIds()) {
		expect(ruleFor(id), `${id} heeft geen regel in src/lib/server/access.ts`).toBeDefined();
		// Per-school routes are tried for the school account's own school and for another school.
		const schools = routeParams(id).includes('school') ? [OTHER_SCHOOL, 'OWN'] : [OTHER_SCHOOL];
		for (const s of schools) {
			const school = s === 'OWN' ? ownSchool : s;
			const path = fillRoute(id, sample(school));
			for (const who of WHO) {
				const res = await contexts[who].get(path);
				const label = `${who} → ${path}`;
				// The OpenID Connect callback without a provider's answer goes back to the login page with a message, for anyone.
				if (id === '/login/oidc/callback') {
					expect(res.headers().location, label).toBe('/login?fout=oidc');
					continue;
				}
				if (who === 'geen sessie') {
					if (ruleFor(id)!.roles === 'public') await expectAllowed(res, label);
					else await expectLogin(res, path);
					continue;
				}
				const user = { role: who, schools: who === 'school' ? [ownSchool] : [] };
				if (decide(id, { school }, user) === 'allow') await expectAllowed(res, label);
				else expect(res.status(), label).toBe(403);
			}
		}
	}
});

test('the rules say what docs/cijfers.md says: a school account sees its own school and the SWV overview, nothing per school of others', async () => {
	const s = contexts.school;
	expect((await s.get('/')).status()).toBe(200);
	expect((await s.get(`/scholen/${ownSchool}`)).status()).toBe(200);
	expect((await s.get(`/scholen/${OTHER_SCHOOL}`)).status()).toBe(403);
	expect((await s.get(`/scholen/${OTHER_SCHOOL}/__data.json`)).status()).toBe(403);
	expect((await s.get('/beheer/audit')).status()).toBe(403);
	expect((await contexts.bestuur.get('/beheer/audit')).status()).toBe(403);
	expect((await contexts.adviseur.get(`/scholen/${OTHER_SCHOOL}`)).status()).toBe(200);
	expect((await contexts.beheerder.get('/beheer/audit')).status()).toBe(200);
});

test('every /api/q query for every role: 401 without session, 403 for per-school queries of others, own rows only', async () => {
	// Every query × two schools × every role: more than the default 30 s on a busy machine.
	test.setTimeout(180_000);
	for (const [name, def] of QUERIES) {
		for (const school of [OTHER_SCHOOL, ownSchool]) {
			const params = new URLSearchParams({ format: 'json' });
			for (const p of def.params) {
				const v = { schooljaar: '2025-2026', date: '2025-10-01', school, kring: 'Kring Noord', text: 'x', int: '1' }[p.type];
				if (!p.optional || p.type === 'school') params.set(p.name, v);
			}
			const path = `/api/q/${name}?${params}`;
			for (const who of WHO) {
				const res = await contexts[who].get(path);
				const label = `${who} → ${path}`;
				if (who === 'geen sessie') expect(res.status(), label).toBe(401);
				else if (who === 'school' && def.scope === 'all') expect(res.status(), label).toBe(403);
				// `-- @roles`: the thuiszitters Monday list is for bestuur and adviseur only.
				else if (def.roles && !(def.roles as string[]).includes(who)) expect(res.status(), label).toBe(403);
				else if (who === 'school' && def.params.some((p) => p.type === 'school') && school !== ownSchool) expect(res.status(), label).toBe(403);
				else {
					expect(res.status(), `${label}: ${(await res.text()).slice(0, 200)}`).toBe(200);
					if (who === 'school') {
						// Rows carrying a school code carry only the account's own school.
						const body = JSON.stringify((await res.json()).rows);
						expect(body, label).not.toContain(OTHER_SCHOOL);
					}
				}
			}
		}
	}
});

test('a school account cannot widen its scope with parameters, and a query without one cannot take one', async () => {
	const s = contexts.school;
	expect((await s.get(`/api/q/school_tellingen?school=${OTHER_SCHOOL}&format=json`)).status()).toBe(403);
	expect((await s.get(`/api/q/school_tellingen?school=${OTHER_SCHOOL}&school=${ownSchool}&format=json`)).status()).toBe(400);
	expect((await s.get(`/api/q/school_tellingen?school=${ownSchool}&school=${OTHER_SCHOOL}&format=json`)).status()).toBe(400);
	expect((await s.get(`/api/q/school_tellingen?school=${ownSchool.toLowerCase()}&format=json`)).status()).toBe(403);
	expect((await s.get(`/api/q/kerncijfers?school=${OTHER_SCHOOL}&format=json`)).status()).toBe(400);
	const own = await (await s.get('/api/q/school_tellingen?format=json')).json();
	expect(own.rows.length).toBeGreaterThan(0);
});

test('injection strings in every parameter of every query: 400, and the data are unchanged', async () => {
	// Every parameter of every query (the thuiszitters queries added seven): more than the default 30 s on a busy machine.
	test.setTimeout(120_000);
	const bestuur = contexts.bestuur;
	const before = await (await bestuur.get('/api/q/kerncijfers?format=json')).text();
	const BAD = [
		"' OR 1=1 --",
		"2025-2026'; DROP TABLE telling; --",
		'; DROP TABLE scholen',
		'２０２５-２０２６',
		'Kring\u202ENoord',
		'a\u0000b',
		'𝟙𝟚AB00',
		'x'.repeat(5000),
		'9'.repeat(400)
	];
	for (const [name, def] of QUERIES) {
		for (const p of def.params) {
			for (const bad of BAD) {
				const params = new URLSearchParams({ format: 'json', [p.name]: bad });
				const res = await bestuur.get(`/api/q/${name}?${params}`);
				const body = await res.text();
				expect(res.status(), `${name}.${p.name} = ${JSON.stringify(bad.slice(0, 40))}`).toBe(400);
				expect(body).not.toMatch(/SELECT|DuckDB|at \w+ \(|\.ts:\d+/);
			}
		}
	}
	expect(await (await bestuur.get('/api/q/kerncijfers?format=json')).text()).toBe(before);
});
