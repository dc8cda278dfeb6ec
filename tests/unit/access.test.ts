/**
 * The access rules, table-driven. Every route under src/routes must have a rule in access.ts (a new
 * route without one fails here), the rules say what docs/cijfers.md says for each role, and every query of
 * the registry keeps a school account to its own school, hides its small counts and refuses any
 * injection string in any parameter without touching the data. The same rules over HTTP:
 * tests/e2e/toegang.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS, decide, mayOpen, ruleFor } from '../../src/lib/server/access';
import { MonitorDb } from '../../src/lib/server/db';
import { QueryError, QueryRegistry } from '../../src/lib/server/queries';
import type { Role, Scope } from '../../src/lib/server/roles';
import { openDemo } from '../fixtures/demo-db';
import { routeIds } from '../routes';
import { tableChecksums } from './helpers';

const OWN = '96XN00';
const OTHER = '31MQ00';
const ROLES: Role[] = ['beheerder', 'bestuur', 'adviseur', 'school'];
const user = (role: Role) => ({ role, schools: role === 'school' ? [OWN] : [] });

describe('access table', () => {
	it.each(routeIds())('route %s has a rule', (id) => {
		expect(ruleFor(id), `Voeg een regel voor ${id} toe aan src/lib/server/access.ts`).toBeDefined();
	});

	// What each role may open: the planned pages included, so they are protected the day they merge.
	// B = beheerder, S = bestuur, A = adviseur, K = school (own school only where a school is in the URL).
	const MATRIX: [string, string][] = [
		['/login', 'BSAK'],
		['/login/oidc', 'BSAK'],
		['/login/oidc/callback', 'BSAK'],
		['/', 'BSAK'],
		['/account', 'BSAK'],
		['/logout', 'BSAK'],
		['/api/q/[name]', 'BSAK'],
		['/deelname', 'BSA'],
		['/verwijzingen', 'BSA'],
		['/thuiszitters', 'BSAK'],
		['/arrangementen', 'BSA'],
		['/expertteam', 'BSA'],
		['/budget', 'BSA'],
		['/financien', 'BSA'],
		['/kringen', 'BSA'],
		['/kringen/[kring]', 'BSA'],
		['/scholen', 'BSA'],
		['/scholen/[school]', 'BSAK'],
		['/jaarverslag', 'BSAK'],
		['/jaarverslag/[schooljaar]', 'BSAK'],
		['/jaarverslag/[schooljaar]/pdf', 'BSAK'],
		['/jaarverslag/[schooljaar]/docx', 'BSAK'],
		['/toelichtingen', 'BSAK'],
		// Own targets (issue 19): set by the bestuur and the beheerder only.
		['/streefwaarden', 'BS'],
		['/geen-toegang', 'BSAK'],
		['/beheer', 'B'],
		['/beheer/import', 'B'],
		['/beheer/log', 'B'],
		['/beheer/audit', 'B'],
		['/beheer/gebruikers', 'B']
	];
	const LETTER: Record<Role, string> = { beheerder: 'B', bestuur: 'S', adviseur: 'A', school: 'K' };

	it.each(MATRIX)('%s is open to %s', (id, who) => {
		for (const role of ROLES) {
			const d = decide(id, { school: OWN, kring: 'Kring Noord', schooljaar: '2025-2026', name: 'kerncijfers' }, user(role));
			expect(d, `${role} op ${id}`).toBe(who.includes(LETTER[role]) ? 'allow' : 'forbidden');
			expect(mayOpen(id, role)).toBe(who.includes(LETTER[role]));
		}
	});

	it('covers every rule in the matrix above (a new rule needs a line there too)', () => {
		expect(Object.keys(ACCESS).sort()).toEqual(MATRIX.map(([id]) => id).sort());
	});

	it('sends a visitor without a session to the login page for everything but the login page (and its OpenID Connect round trip)', () => {
		const open = ['/login', '/login/oidc', '/login/oidc/callback'];
		for (const id of Object.keys(ACCESS)) expect(decide(id, {}, null)).toBe(open.includes(id) ? 'allow' : 'login');
		expect(decide(null, {}, null)).toBe('login');
	});

	it('refuses a route without a rule, for every role (default deny)', () => {
		for (const role of ROLES) expect(decide('/nieuwe-pagina', {}, user(role))).toBe('forbidden');
	});

	it('lets a school account open only its own school page', () => {
		expect(decide('/scholen/[school]', { school: OWN }, user('school'))).toBe('allow');
		expect(decide('/scholen/[school]', { school: OTHER }, user('school'))).toBe('forbidden');
		expect(decide('/scholen/[school]', { school: OWN.toLowerCase() }, user('school'))).toBe('forbidden');
		expect(decide('/scholen/[school]', {}, user('school'))).toBe('forbidden');
		expect(decide('/scholen/[school]', { school: OTHER }, user('adviseur'))).toBe('allow');
	});
});

describe('every query for every role (demo data)', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => {
		({ db, registry } = await openDemo());
	}, 120_000);
	afterAll(() => db.close());

	const scopeOf = (role: Role): Scope => (role === 'school' ? { role, schools: [OWN] } : { role });
	const sample = (type: string, school: string) => ({ schooljaar: '2025-2026', date: '2025-10-01', school, kring: 'Kring Noord', text: 'x', int: '1' })[type];

	it('a school account gets 403 for per-school listings and for another school, its own rows otherwise', async () => {
		for (const [name, def] of registry.queries) {
			for (const school of [OWN, OTHER]) {
				const raw = Object.fromEntries(def.params.filter((p) => !p.optional || p.type === 'school').map((p) => [p.name, sample(p.type, school)]));
				for (const role of ROLES) {
					const label = `${role} → ${name} ${JSON.stringify(raw)}`;
					const run = () => registry.run(name, raw, scopeOf(role));
					const refused =
						(role === 'school' && (def.scope === 'all' || (def.params.some((p) => p.type === 'school') && school !== OWN))) ||
						(def.roles !== null && !def.roles.includes(role));
					if (refused) {
						expect(run, label).toThrow(QueryError);
						try {
							run();
						} catch (e) {
							expect((e as QueryError).status, label).toBe(403);
						}
						continue;
					}
					const r = await run();
					if (role === 'school') {
						expect(JSON.stringify(r.rows), label).not.toContain(OTHER);
						for (const c of def.suppression.counts) {
							for (const row of r.rows) expect([1, 2, 3, 4], `${label}: ${c} = ${row[c]}`).not.toContain(row[c]);
						}
					}
				}
			}
		}
	});

	// Was: the school account got the 3 sbo schools with every count hidden. Since issue 13 (fixed
	// totals, school-verschil.test.ts) it cannot filter on a soort at all; the @schools guard stays.
	it('a school account filtering down to fewer than 5 schools (the 3 sbo schools) is refused; the @schools guard stays declared', async () => {
		let checked = 0;
		let withNumbers = 0;
		for (const [name, def] of registry.queries) {
			if (def.scope !== 'swv' || !def.params.some((p) => p.name === 'schoolsoort')) continue;
			expect(def.suppression.schools, `${name}.sql mist -- @schools`).not.toBeNull();
			expect(() => registry.run(name, { schoolsoort: 'sbo' }, { role: 'school', schools: [OWN] }), name).toThrow(/vaste totalen/);
			const s = def.suppression;
			const exact = await registry.run(name, { schoolsoort: 'sbo' }, { role: 'adviseur' });
			if (exact.rows.some((row) => s.counts.some((c) => typeof row[c] === 'number' && (row[c] as number) > 0))) withNumbers++;
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(4);
		// The adviseur does get numbers there: the test hides something real.
		expect(withNumbers).toBeGreaterThanOrEqual(2);
	});

	it('the anonymous distribution of schools hides, for a school account, each value built on 1–4 TLVs', async () => {
		const all = await registry.run('verwijzingen_verdeling', { schooljaar: '2025-2026' }, { role: 'adviseur' });
		const own = await registry.run('verwijzingen_verdeling', { schooljaar: '2025-2026' }, { role: 'school', schools: [OWN] });
		expect(own.rows).toHaveLength(all.rows.length);
		let hidden = 0;
		all.rows.forEach((row, i) => {
			const n = row.verwijzingen as number;
			if (n >= 1 && n <= 4) {
				expect(own.rows[i].verwijzingen_per_1000).toBe('verborgen');
				hidden++;
			} else expect(own.rows[i].verwijzingen_per_1000).toBe(row.verwijzingen_per_1000);
			// The band is over all schools, the same for everyone.
			expect(own.rows[i].mediaan).toBe(row.mediaan);
		});
		expect(hidden).toBeGreaterThan(0);
	});

	it('every number a school account can get is declared: @count, @rate, @schools or @public', async () => {
		const problems: string[] = [];
		for (const [name, def] of registry.queries) {
			if (def.scope === 'all') continue;
			const raw = Object.fromEntries(def.params.filter((p) => !p.optional || p.type === 'school').map((p) => [p.name, sample(p.type, OWN)]));
			const r = await registry.run(name, raw, { role: 'bestuur' });
			const s = def.suppression;
			const declared = new Set([
				...s.counts,
				...s.rates.map((x) => x.column),
				...(s.schools ? [s.schools] : []),
				...s.schoolGroups.map((g) => g.schools),
				...def.publicColumns
			]);
			const undeclared = r.columns.filter((c) => c.kind === 'number' && !declared.has(c.name)).map((c) => c.name);
			if (undeclared.length) problems.push(`queries/${name}.sql: ${undeclared.join(', ')}`);
		}
		expect(problems, "Zet deze getallen in -- @count (leerlingen, TLV's …), -- @rate, -- @schools of -- @public (zie queries.ts)").toEqual([]);
	});

	it('every column named in a query header exists in its result (a typo would switch suppression off)', async () => {
		for (const [name, def] of registry.queries) {
			if (def.scope === 'all') continue;
			const raw = Object.fromEntries(def.params.filter((p) => !p.optional || p.type === 'school').map((p) => [p.name, sample(p.type, OWN)]));
			const r = await registry.run(name, raw, { role: 'bestuur' });
			const columns = new Set(r.columns.map((c) => c.name));
			const s = def.suppression;
			const named = [
				...s.counts,
				...s.rates.map((x) => x.column),
				...s.sums.flatMap((x) => x.by),
				...(s.schools ? [s.schools] : []),
				...s.schoolGroups.map((g) => g.schools),
				...def.publicColumns
			];
			for (const c of named) expect(columns.has(c), `${name}.sql noemt ${c}, maar die kolom is er niet`).toBe(true);
		}
	});

	it('refuses injection strings in every parameter of every query with a 400, and the data stay the same', async () => {
		const before = await tableChecksums(db);
		// Wrong for every parameter type; huge numbers only where a number is asked.
		const BAD = [
			"' OR 1=1 --",
			"2025-2026'; DROP TABLE telling; --",
			'; DROP TABLE scholen',
			'２０２５-２０２６',
			'Kring\u202ENoord',
			'a\u0000b',
			'Kring\u200BNoord',
			'𝟙𝟚AB00',
			'12ＡＢ00',
			'x'.repeat(100_000),
			'9'.repeat(400)
		];
		const BAD_NUMBER = ['1e309', '-1e400', '99999999999', '1.5'];
		let checked = 0;
		for (const [name, def] of registry.queries) {
			for (const p of def.params) {
				for (const bad of p.type === 'int' ? [...BAD, ...BAD_NUMBER] : BAD) {
					const label = `${name}.${p.name} = ${JSON.stringify(bad.slice(0, 30))}`;
					try {
						await registry.run(name, { [p.name]: bad }, { role: 'bestuur' });
						expect.unreachable(label);
					} catch (e) {
						expect(e, label).toBeInstanceOf(QueryError);
						expect((e as QueryError).status, label).toBe(400);
						expect((e as Error).message, label).not.toMatch(/SELECT|DuckDB/);
					}
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(0);
		expect(await tableChecksums(db)).toEqual(before);
	});
});
