/**
 * One rule for what a school account sees (issue 12): a figure that two queries give — the school
 * page's and the jaarverslag's — is the same value, or hidden the same way, for the demo school
 * account. Compared cell by cell as the registry hands them out (pages, jaarverslag, PDF, CSV and
 * the API all read these results); tests/e2e/school-oppervlakken.spec.ts checks that each surface
 * shows them so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { QueryRegistry } from '../../src/lib/server/queries';
import type { Scope } from '../../src/lib/server/roles';
import { openDemo } from '../fixtures/demo-db';
import { HIDDEN, SUPPRESSED } from '../../src/lib/format';

/** The demo school account's school (auth/accounts.ts: the bao school with the fewest pupils). */
const OWN = '65QI00';
const KRING = 'Kring West';

/** school page column (school_arrangementen) → jaarverslag column (jaarverslag_arrangementen), for the school, its kring and the SWV. */
const ARRANGEMENTEN: [string, string][] = [
	['gestarte_arrangementen', 'arrangementen_gestart'],
	['kosten', 'kosten'],
	['met_aanvraagdatum', 'met_aanvraag'],
	['binnen_2_weken', 'binnen_2_weken'],
	['start_binnen_2_weken_pct', 'start_binnen_2_weken_pct'],
	['liepen_13_weken', 'liep_13_weken'],
	['op_tijd_geevalueerd', 'op_tijd_geevalueerd'],
	['evaluatie_op_tijd_pct', 'evaluatie_op_tijd_pct']
];
/** school page column (school_arrangementen) → jaarverslag column (jaarverslag_deelname). */
const DEELNAME: [string, string][] = [
	['leerlingen', 'noemer'],
	['leerlingen_rugzak', 'leerlingen_rugzak'],
	['rugzak_pct', 'rugzak_pct']
];

describe('the demo school account sees one value per figure in every query', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	const school: Scope = { role: 'school', schools: [OWN] };
	beforeAll(async () => {
		({ db, registry } = await openDemo());
	}, 120_000);
	afterAll(() => db.close());

	it('evaluatie op tijd built on 3 of 5 is hidden in the jaarverslag as on the school page, and so are the costs of 1–4 arrangements', async () => {
		const jv = (await registry.run('jaarverslag_arrangementen', { school: OWN }, school)).rows.filter((r) => r.niveau === 'school');
		const exact = (await registry.run('jaarverslag_arrangementen', { school: OWN }, { role: 'bestuur' })).rows.filter((r) => r.niveau === 'school');
		const nu = (sj: string, rows: typeof jv) => rows.find((r) => r.schooljaar === sj)!;
		// By hand from data/demo/arrangementen: 5 arrangements of 65QI00 started in 2025-2026 ran 13
		// weeks, 3 of them were evaluated in time: 3 of 5 = 60 %. The 3 is a small count.
		expect(nu('2025-2026', exact)).toMatchObject({ liep_13_weken: 5, op_tijd_geevalueerd: 3, evaluatie_op_tijd_pct: 60 });
		expect(nu('2025-2026', jv)).toMatchObject({ liep_13_weken: 5, op_tijd_geevalueerd: SUPPRESSED, evaluatie_op_tijd_pct: HIDDEN });
		// One arrangement started in 2020-2021, costing € 4.873: its cost is that pupil's.
		expect(nu('2020-2021', exact)).toMatchObject({ arrangementen_gestart: 1, kosten: 4873 });
		expect(nu('2020-2021', jv)).toMatchObject({ arrangementen_gestart: SUPPRESSED, kosten: HIDDEN });
		// Five arrangements: their costs are shown.
		expect(nu('2025-2026', jv)).toMatchObject({ arrangementen_gestart: 5, kosten: 29752 });
	});

	it('every figure of the school page agrees with the same figure in the jaarverslag, for the school, its kring and the SWV', async () => {
		const pagina = (await registry.run('school_arrangementen', { school: OWN }, school)).rows;
		const arr = (await registry.run('jaarverslag_arrangementen', { school: OWN }, school)).rows;
		const deel = (await registry.run('jaarverslag_deelname', { school: OWN }, school)).rows;
		const verschillen: string[] = [];
		let vergeleken = 0;
		let verborgen = 0;
		for (const p of pagina) {
			const sj = String(p.schooljaar);
			const plekken: [string, string, string][] = [
				['', 'school', OWN],
				['kring_', 'kring', KRING],
				['swv_', 'swv', '']
			];
			for (const [voor, niveau, sleutel] of plekken) {
				const paren: [string, string, typeof arr][] = [
					...ARRANGEMENTEN.map(([a, b]) => [a, b, arr] as [string, string, typeof arr]),
					...DEELNAME.map(([a, b]) => [a, b, deel] as [string, string, typeof arr])
				];
				for (const [kolomPagina, kolomVerslag, bron] of paren) {
					const kolom = `${voor}${kolomPagina}`;
					if (!(kolom in p)) continue;
					const r = bron.find((x) => x.schooljaar === sj && x.niveau === niveau && x.sleutel === sleutel);
					if (!r) continue;
					vergeleken++;
					if (p[kolom] === HIDDEN || p[kolom] === SUPPRESSED) verborgen++;
					if (p[kolom] !== r[kolomVerslag]) verschillen.push(`${sj} ${niveau} ${kolom}: schoolpagina ${p[kolom]}, jaarverslag ${r[kolomVerslag]}`);
				}
			}
		}
		expect(verschillen).toEqual([]);
		expect(vergeleken).toBeGreaterThan(60);
		expect(verborgen).toBeGreaterThan(10);
	});
});
