/**
 * Doelmatigheid in a VO SWV (docs/cijfers.md): an arrangement there ends in a vso-TLV (vervolg tlv_vso),
 * and naar_tlv_pct counts it. The VO fixture (fixture-vo.ts) with these arrangements, figures by hand:
 *
 * 2024-2025, Regio Noord: D1 basisondersteuning, D2 tlv_vso, D3 verlenging → 3 known, 1 TLV → 33,3 %,
 *   1 basis → 33,3 %, kosten 4.000 + 6.000 + 20.000 = 30.000 / 1 = 30.000.
 *   Regio Zuid: D4 unknown, D5 "TLV VSO" (read as tlv_vso) → 1 known, 1 TLV → 100,0 %, 0 basis → 0,0 %.
 *   SWV: 5 ended, 4 known, 2 TLV → 50,0 %, 1 basis → 25,0 %, kosten 35.000 / 1 = 35.000.
 * 2023-2024: D6 tlv_vso at the pro school → 1 of 1 → 100,0 %. D7 runs (no einddatum): not counted.
 *
 * The import: tlv_vso is read in VO; in a PO database it is refused (a vso-TLV is not a PO SWV's), and
 * so is tlv_so in a VO one, naming file, row, column and the fix, with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitorDb } from '../../src/lib/server/db';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import { definitie } from '../../src/lib/metrics';
import { FIXTURE } from './fixture';
import { FIXTURE_VO } from './fixture-vo';
import { fixtureDb, importInto, tableChecksums } from './helpers';

const ARRANGEMENTEN = `arrangement_id,leerling,brin,vestiging,soort,naam,startdatum,einddatum,bedrag,vervolg
D1,P1,31AA,00,individueel,Gedrag,2024-09-01,2025-01-31,4000,basisondersteuning
D2,P2,31AA,00,individueel,Gedrag,2024-09-01,2025-03-01,6000,tlv_vso
D3,,31BB,00,groep,Rebound,2024-09-01,2025-07-15,20000,verlenging
D4,P4,33DD,00,individueel,Leren,2024-09-01,2025-06-01,2000,
D5,P5,33DD,00,individueel,Leren,2024-09-01,2025-05-01,3000,TLV VSO
D6,P6,32CC,00,individueel,Leren,2023-09-01,2024-06-30,1000,tlv_vso
D7,P7,31AA,00,individueel,Gedrag,2024-09-01,,5000,
`;

describe('doelmatigheid in a VO database', () => {
	let db: MonitorDb;
	let registry: QueryRegistry;
	beforeAll(async () => ({ db, registry } = await fixtureDb({ ...FIXTURE_VO, 'arrangementen.csv': ARRANGEMENTEN })));
	afterAll(() => db.close());

	it('reads tlv_vso (also written "TLV VSO") as the vervolg', async () => {
		const r = await db.query(`SELECT arrangement_id, vervolg FROM arrangementen WHERE vervolg = 'tlv_vso' ORDER BY 1`);
		expect(r.rows.map((x) => x.arrangement_id)).toEqual(['D2', 'D5', 'D6']);
	});

	it('counts a vso-TLV as naar TLV: 1 of 3 in Regio Noord is 33,3 %, 2 of 4 in the SWV 50,0 %', async () => {
		const r = (await registry.run('doelmatigheid', {}, FULL_SCOPE)).rows;
		const find = (sj: string, niveau: string, kring: string | null = null) =>
			r.find((x) => x.schooljaar === sj && x.niveau === niveau && (niveau === 'swv' || x.kring === kring))!;
		expect(find('2024-2025', 'swv')).toMatchObject({
			beeindigd: 5,
			met_vervolg: 4,
			terug_naar_basis: 1,
			naar_tlv: 2,
			naar_tlv_pct: 50,
			terug_naar_basis_pct: 25,
			kosten_beeindigd: 35000,
			kosten_per_terug_naar_basis: 35000
		});
		const noord = find('2024-2025', 'kring', 'Regio Noord');
		expect(noord).toMatchObject({ beeindigd: 3, met_vervolg: 3, naar_tlv: 1, kosten_per_terug_naar_basis: 30000 });
		expect(noord.naar_tlv_pct).toBeCloseTo(33.3333, 3);
		expect(noord.terug_naar_basis_pct).toBeCloseTo(33.3333, 3);
		expect(find('2024-2025', 'kring', 'Regio Zuid')).toMatchObject({
			beeindigd: 2,
			met_vervolg: 1,
			naar_tlv: 1,
			naar_tlv_pct: 100,
			terug_naar_basis_pct: 0,
			kosten_per_terug_naar_basis: null
		});
		expect(find('2023-2024', 'swv')).toMatchObject({ beeindigd: 1, met_vervolg: 1, naar_tlv: 1, naar_tlv_pct: 100 });
	});

	it('refuses an sbo- or so-TLV as vervolg, naming file, row, column and the fix, and changes nothing', async () => {
		const before = await tableChecksums(db);
		const report = await importInto(db, {
			'arrangementen.csv': `arrangement_id,brin,vestiging,soort,startdatum,einddatum,vervolg\nD8,31AA,00,individueel,2024-09-01,2025-01-31,basisondersteuning\nD9,31AA,00,individueel,2024-09-01,2025-01-31,tlv_so\n`
		});
		expect(report.ok).toBe(false);
		const g = report.groups.find((x) => x.kind === 'sector_gemengd')!;
		expect(g).toMatchObject({ level: 'fout', file: 'arrangementen.csv', column: 'vervolg', count: 1 });
		expect(g.examples[0]).toMatchObject({ row: 3, value: 'tlv_so (D9)' });
		expect(g.problem).toBe(
			'Dit arrangement eindigde in een TLV voor het sbo of so, maar de database is VO (vo, pro, vso). Een database is PO of VO, niet beide; er is niets veranderd.'
		);
		expect(g.fix).toMatch(/^Corrigeer vervolg: in een VO-samenwerkingsverband is een TLV tlv_vso\. /);
		expect(await tableChecksums(db)).toEqual(before);
	});
});

describe('tlv_vso in a PO database', () => {
	it('is refused, naming file, row, column and the fix, and nothing changes', async () => {
		const { db } = await fixtureDb(FIXTURE);
		const school = FIXTURE['scholen.csv'].split('\n')[1].split(',');
		const before = await tableChecksums(db);
		const report = await importInto(db, {
			'arrangementen.csv': `arrangement_id,brin,vestiging,soort,startdatum,einddatum,vervolg\nV1,${school[0]},${school[1]},individueel,2024-09-01,2025-01-31,tlv_so\nV2,${school[0]},${school[1]},individueel,2024-09-01,2025-01-31,tlv vso\n`
		});
		expect(report.ok).toBe(false);
		const g = report.groups.find((x) => x.kind === 'sector_gemengd')!;
		expect(g).toMatchObject({ level: 'fout', file: 'arrangementen.csv', column: 'vervolg', count: 1 });
		expect(g.examples[0]).toMatchObject({ row: 3, value: 'tlv_vso (V2)' });
		expect(g.problem).toBe(
			'Dit arrangement eindigde in een TLV voor het vso, maar de database is PO (bao, sbo, so). Een database is PO of VO, niet beide; er is niets veranderd.'
		);
		expect(g.fix).toBe(
			'Corrigeer vervolg: in een PO-samenwerkingsverband is een TLV tlv_sbo of tlv_so. Zijn het gegevens van een VO-samenwerkingsverband, lees ze dan in een eigen database in (npm run import -- --db data/vo.duckdb MAP).'
		);
		expect(await tableChecksums(db)).toEqual(before);
		await db.close();
	});
});

describe('the definition of naar_tlv_pct', () => {
	it('says vso-TLV in VO and stays as it was in PO', () => {
		expect(definitie('naar_tlv_pct', 'vo')).toBe(
			'100 × arrangementen die in het schooljaar eindigden met vervolg tlv_vso (een vso-TLV) ÷ arrangementen die in het schooljaar eindigden met een bekend vervolg.'
		);
		expect(definitie('naar_tlv_pct', 'po')).toBe(
			'100 × arrangementen die in het schooljaar eindigden met vervolg tlv_sbo of tlv_so ÷ arrangementen die in het schooljaar eindigden met een bekend vervolg.'
		);
	});
});
