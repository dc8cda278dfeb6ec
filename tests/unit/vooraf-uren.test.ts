/**
 * The expertteam, budget and doelmatigheid figures read sums computed once per import
 * (src/lib/server/vooraf-uren.ts). Two kinds of checks:
 *  - by hand, on the expertteam fixture (fixture-expertteam.ts): a new import moves them in its own
 *    transaction. Kring Zuid booked 8 + 4 = 12 hours in 2023-2024; a new file for Zuid in 2023-2024 with
 *    only the 8 replaces both (the file replaces its schooljaar and kring): Zuid 8, the SWV 20,5 − 4 = 16,5.
 *  - held out, on the demo export (data/demo, some 24 000 bookings): every figure equals the same sum
 *    taken straight from the bookings and arrangements here, for every schooljaar, kring and school; and
 *    the path with a filter (which reads the bookings themselves) adds up to the path without.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb, importInto } from './helpers';
import { FIXTURE_EXPERTTEAM } from './fixture-expertteam';
import { MonitorDb } from '../../src/lib/server/db';
import { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { runImport } from '../../src/lib/server/import/importer';

const num = (v: unknown) => Number(v ?? 0);

describe('expertteam figures computed once per import: the fixture, by hand', () => {
	it('a new import of Kring Zuid 2023-2024 moves Zuid from 12 to 8 hours and the SWV from 20,5 to 16,5', async () => {
		const { db, registry } = await fixtureDb(FIXTURE_EXPERTTEAM);
		const kringen = async () =>
			Object.fromEntries(
				(await registry.run('expertteam_kringen', { schooljaar: '2023-2024', vandaag: '2024-04-01' }, FULL_SCOPE)).rows.map((r) => [
					r.totaal ? 'SWV' : String(r.kring),
					r.expertteam_uren
				])
			);
		const zuidInMaart = async () =>
			(await registry.run('expertteam_burnup', { schooljaar: '2023-2024', kring: 'Kring Zuid', vandaag: '2024-04-01' }, FULL_SCOPE)).rows.find(
				(r) => r.maand === '2024-03-01'
			)?.uren;
		expect(await kringen()).toMatchObject({ 'Kring Zuid': 12, SWV: 20.5 });
		expect(await zuidInMaart()).toBe(4);
		const report = await importInto(db, {
			'expertteam_inzet.csv': `datum,kring,brin,vestiging,expert,organisatie,expertise,activiteit,niveau,uren,leerlingen
2023-11-01,Kring Zuid,11BB,00,E3,SWV,gedrag,begeleiding,leerling,8,1
`
		});
		expect(report.ok).toBe(true);
		expect(await kringen()).toMatchObject({ 'Kring Noord': 6.5, 'Kring Zuid': 8, 'Kring Oost': 2, SWV: 16.5 });
		expect(await zuidInMaart()).toBe(0);
		const school = (await registry.run('school_expertteam', { school: '11BB00', schooljaar: '2023-2024' }, FULL_SCOPE)).rows[0];
		expect(school).toMatchObject({ expertteam_uren: 8, bereik: 1 });
		db.close();
	});
});

describe('expertteam, budget and doelmatigheid figures computed once per import: held out against the demo export', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	let jaren: string[];
	const run = async (name: string, params: Record<string, unknown> = {}) => (await registry.run(name, params, FULL_SCOPE)).rows;
	const direct = async (sql: string, params: Record<string, string> = {}) => (await db.query(sql, params)).rows;

	beforeAll(async () => {
		db = await MonitorDb.open(':memory:');
		const report = await runImport(db, ['data/demo'], { user: 'test' });
		if (!report.ok) throw new Error('demo export did not load');
		registry = new QueryRegistry(db);
		jaren = (await direct(`SELECT DISTINCT schooljaar FROM expertteam_inzet ORDER BY 1`)).map((r) => String(r.schooljaar));
	}, 60_000);
	afterAll(() => db.close());

	it('per kring: hours, bereik and hours on the whole kring are the sums of the bookings, in every schooljaar', async () => {
		expect(jaren.length).toBeGreaterThan(1);
		for (const sj of jaren) {
			const zelf = await direct(
				`SELECT kring, sum(uren) AS uren, sum(leerlingen) AS bereik, sum(uren) FILTER (WHERE brin IS NULL) AS hele_kring, max(datum) AS laatste
				FROM expertteam_inzet WHERE schooljaar = $sj GROUP BY kring`,
				{ sj }
			);
			const rows = await run('expertteam_kringen', { schooljaar: sj, vandaag: '2000-01-01' });
			for (const z of zelf) {
				const r = rows.find((x) => !x.totaal && x.kring === z.kring)!;
				expect(r.expertteam_uren).toBeCloseTo(num(z.uren), 6);
				expect(r.bereik).toBe(num(z.bereik));
				expect(r.uren_hele_kring).toBeCloseTo(num(z.hele_kring), 6);
			}
			const swv = rows.find((x) => x.totaal)!;
			expect(swv.expertteam_uren).toBeCloseTo(
				zelf.reduce((s, z) => s + num(z.uren), 0),
				6
			);
			// Before the end of the schooljaar the peildatum is its latest booking.
			expect(swv.peildatum).toBe(
				zelf
					.map((z) => String(z.laatste))
					.sort()
					.at(-1)
			);
		}
	});

	it('with a filter on organisatie (read from the bookings) the kringen add up to the figures without one', async () => {
		const sj = jaren.at(-1)!;
		const zonder = await run('expertteam_kringen', { schooljaar: sj, vandaag: '2000-01-01' });
		const organisaties = (await direct(`SELECT DISTINCT organisatie FROM expertteam_inzet WHERE schooljaar = $sj`, { sj })).map((r) => String(r.organisatie));
		expect(organisaties.length).toBeGreaterThan(1);
		const som = new Map<string, { uren: number; bereik: number }>();
		for (const organisatie of organisaties)
			for (const r of await run('expertteam_kringen', { schooljaar: sj, organisatie, vandaag: '2000-01-01' })) {
				const k = r.totaal ? 'SWV' : String(r.kring);
				const s = som.get(k) ?? { uren: 0, bereik: 0 };
				som.set(k, { uren: s.uren + num(r.expertteam_uren), bereik: s.bereik + num(r.bereik) });
			}
		for (const r of zonder) {
			const s = som.get(r.totaal ? 'SWV' : String(r.kring))!;
			expect(s.uren).toBeCloseTo(num(r.expertteam_uren), 6);
			expect(s.bereik).toBe(num(r.bereik));
		}
	});

	it('the burn-up of a kring: the hours per month are the sums of its bookings in that month', async () => {
		const sj = jaren.at(-1)!;
		const kring = String((await direct(`SELECT min(kring) AS k FROM expertteam_inzet WHERE schooljaar = $sj`, { sj }))[0].k);
		const zelf = await direct(
			`SELECT strftime(datum, '%Y-%m') AS m, sum(uren) AS uren FROM expertteam_inzet WHERE schooljaar = $sj AND kring = $kring GROUP BY 1`,
			{ sj, kring }
		);
		const rows = await run('expertteam_burnup', { schooljaar: sj, kring, vandaag: '2000-01-01' });
		expect(rows).toHaveLength(12);
		for (const r of rows) expect(r.uren).toBeCloseTo(num(zelf.find((z) => String(r.maand).startsWith(String(z.m)))?.uren), 6);
		expect(rows.reduce((s, r) => s + num(r.uren), 0)).toBeCloseTo(
			zelf.reduce((s, z) => s + num(z.uren), 0),
			6
		);
	});

	it('the split of the hours: every organisatie, expertise, activiteit and niveau (missing: onbekend) as in the bookings', async () => {
		for (const sj of jaren) {
			const rows = await run('expertteam_verdeling', { schooljaar: sj });
			for (const [dimensie, kolom] of [
				['organisatie', 'organisatie'],
				['expertise', `coalesce(expertise, 'onbekend')`],
				['activiteit', 'activiteit'],
				['niveau', `coalesce(niveau, 'onbekend')`]
			]) {
				const zelf = await direct(
					`SELECT ${kolom} AS waarde, sum(uren) AS uren, coalesce(sum(leerlingen), 0) AS bereik FROM expertteam_inzet WHERE schooljaar = $sj GROUP BY 1`,
					{ sj }
				);
				const deel = rows.filter((r) => r.dimensie === dimensie);
				expect(deel.map((r) => r.waarde).sort()).toEqual(zelf.map((z) => z.waarde).sort());
				for (const z of zelf) {
					const r = deel.find((x) => x.waarde === z.waarde)!;
					expect(r.expertteam_uren).toBeCloseTo(num(z.uren), 6);
					expect(r.bereik).toBe(num(z.bereik));
				}
			}
		}
	});

	it('per school: hours and bereik as in the bookings, on the scholen list and on the school page', async () => {
		const sj = jaren.at(-1)!;
		const zelf = await direct(
			`SELECT brin || vestiging AS school, sum(uren) AS uren, sum(leerlingen) AS bereik FROM expertteam_inzet WHERE schooljaar = $sj AND brin IS NOT NULL GROUP BY 1`,
			{ sj }
		);
		const rows = await run('expertteam_scholen', { schooljaar: sj });
		const metUren = rows.filter((r) => num(r.expertteam_uren) > 0);
		expect(metUren.length).toBeGreaterThan(5);
		for (const r of metUren) {
			const z = zelf.find((x) => x.school === r.school)!;
			expect(r.expertteam_uren).toBeCloseTo(num(z.uren), 6);
			expect(r.bereik).toBe(num(z.bereik));
		}
		const school = String(metUren[0].school);
		const een = (await run('school_expertteam', { school, schooljaar: sj }))[0];
		expect(een.expertteam_uren).toBeCloseTo(num(zelf.find((z) => z.school === school)!.uren), 6);
	});

	it('the filter options are the values booked and allocated', async () => {
		const zelf = await direct(`SELECT DISTINCT 'organisatie' AS filter, organisatie AS waarde FROM expertteam_inzet
			UNION SELECT 'kring', kring FROM expertteam_inzet UNION SELECT 'kring', kring FROM expertteam_formatie
			UNION SELECT 'activiteit', activiteit FROM expertteam_inzet
			UNION SELECT 'expertise', expertise FROM expertteam_inzet WHERE expertise IS NOT NULL
			UNION SELECT 'schooljaar', schooljaar FROM expertteam_inzet UNION SELECT 'schooljaar', schooljaar FROM expertteam_formatie
			ORDER BY filter, waarde`);
		expect(await run('expertteam_opties')).toEqual(zelf);
	});

	it('budget per kring: allocated and spent are the sums of the budget rows of its schools, in every schooljaar', async () => {
		const zelf = await direct(`SELECT b.schooljaar, s.kring, sum(b.bedrag) AS toegekend FROM budget_toekenning b JOIN scholen s USING (brin, vestiging)
			WHERE s.kring IS NOT NULL GROUP BY ALL`);
		expect(zelf.length).toBeGreaterThan(5);
		const rows = await run('budget_kringen');
		for (const z of zelf) {
			const r = rows.find((x) => !x.totaal && x.schooljaar === z.schooljaar && x.kring === z.kring)!;
			expect(r.budget_toegekend).toBeCloseTo(num(z.toegekend), 2);
		}
		const sj = String(zelf[0].schooljaar);
		expect(await run('budget_kringen', { schooljaar: sj })).toEqual(rows.filter((r) => r.schooljaar === sj));
	});

	it('doelmatigheid: ended arrangements per kring and for the SWV as counted from the arrangements; a kring alone is its own SWV row', async () => {
		const zelf = await direct(`SELECT schooljaar(a.einddatum) AS schooljaar, s.kring, count(*) AS beeindigd,
				count(*) FILTER (WHERE a.vervolg = 'basisondersteuning') AS terug
			FROM arrangementen a JOIN scholen s USING (brin, vestiging) WHERE a.einddatum IS NOT NULL GROUP BY ALL`);
		expect(zelf.length).toBeGreaterThan(5);
		const rows = await run('doelmatigheid');
		for (const z of zelf) {
			const r = rows.find((x) => x.niveau === 'kring' && x.schooljaar === z.schooljaar && x.kring === z.kring)!;
			expect([r.beeindigd, r.terug_naar_basis]).toEqual([num(z.beeindigd), num(z.terug)]);
		}
		const kring = String(zelf[0].kring);
		const alleen = await run('doelmatigheid', { kring });
		for (const r of alleen.filter((x) => x.niveau === 'swv')) {
			const k = rows.find((x) => x.niveau === 'kring' && x.kring === kring && x.schooljaar === r.schooljaar)!;
			expect([r.beeindigd, r.met_vervolg, r.terug_naar_basis, r.naar_tlv, r.kosten_beeindigd]).toEqual([
				k.beeindigd,
				k.met_vervolg,
				k.terug_naar_basis,
				k.naar_tlv,
				k.kosten_beeindigd
			]);
		}
	});
});
