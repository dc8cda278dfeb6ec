import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { StreefwaardeError, huidigeStreefwaarden, streefGeschiedenis, zetStreefwaarde } from '../../src/lib/server/streefwaarden';
import { signaalStreef, vergelijkStreef, vertelStreef } from '../../src/lib/vertellen/streefwaarden';
import { rangschikSignalen } from '../../src/lib/signalen';
import { signalenBudget } from '../../src/lib/vertellen';
import type { Signaal } from '../../src/lib/vertellen';

const so = { metric: 'deelname_so_pct', min: null, max: 1.8 };
const benutting = { metric: 'benutting_pct', min: 80, max: 100 };

describe('a figure against its own target (streefwaarde)', () => {
	it('judges the figure as shown: 1,84% is above ≤ 1,8%, 1,804% is "1,80%" and within', () => {
		// 1,84 and 1,8 both read "1,8%" with one decimal, so the comparison shows two: 1,84% > 1,80%.
		expect(vergelijkStreef(so, 1.84)).toMatchObject({ oordeel: 'boven', getoond: '1,84%', grens: '1,8%' });
		// 1,804 rounds to 1,80 at two decimals: equal to the bound, so within.
		expect(vergelijkStreef(so, 1.804)).toMatchObject({ oordeel: 'binnen', getoond: '1,80%' });
		// 2,7 against 1,8: 0,9 past a bound of 1,8 is 50 % past it.
		expect(vergelijkStreef(so, 2.7)?.afstand).toBeCloseTo(0.5, 10);
	});

	it('a range: 76% is under "tussen 80% en 100%" (5 % under 80), 104% above, 90% within', () => {
		expect(vergelijkStreef(benutting, 76)).toMatchObject({ oordeel: 'onder', grens: '80%', doel: 'tussen 80% en 100%' });
		expect(vergelijkStreef(benutting, 76)?.afstand).toBeCloseTo(0.05, 10);
		expect(vergelijkStreef(benutting, 104)).toMatchObject({ oordeel: 'boven', grens: '100%' });
		expect(vergelijkStreef(benutting, 90)).toMatchObject({ oordeel: 'binnen', afstand: 0 });
	});

	it('no judgement without a number (no data, or hidden as "<5") or without a target', () => {
		expect(vergelijkStreef(so, null)).toBeNull();
		expect(vergelijkStreef(so, '<5')).toBeNull();
		expect(vergelijkStreef(null, 2)).toBeNull();
	});

	it('says it in a sentence', () => {
		expect(vertelStreef(so, 2.1, 'op 1 oktober 2024')).toBe('De deelname so was op 1 oktober 2024 2,10%: boven de eigen streefwaarde van 1,8%.');
		expect(vertelStreef(so, 1.5, 'op 1 oktober 2024')).toBe('De deelname so was op 1 oktober 2024 1,50%: binnen de eigen streefwaarde (hoogstens 1,8%).');
		expect(vertelStreef(benutting, 45, 'in 2024-2025')).toBe(
			'De benutting van de formatie was in 2024-2025 45,0%: onder de eigen streefwaarde van 80% (tussen 80% en 100%).'
		);
	});
});

describe('signals of every area, ranked', () => {
	it('orders by kind (own target first, then pace, over, under budget, hours without formatie, school without hours), then by how far past', () => {
		// Budget: 35 % is (70 − 35) / 70 = 50 % under the 70 % line; 63 % is 10 % under; 121 % is (121 − 110) / 110 = 10 % over.
		const budget = signalenBudget([
			{ naam: 'School A', uitputting_pct: 63, signaal: 'onderbesteding' },
			{ naam: 'School B', uitputting_pct: 35, signaal: 'onderbesteding' },
			{ naam: 'School C', uitputting_pct: 121, signaal: 'overbesteding' },
			{ naam: 'School D', uitputting_pct: 90, signaal: null }
		]);
		expect(budget.map((s) => s.afstand)).toEqual([0.1, 0.5, 0.1]);
		const streef = [signaalStreef(so, 1.9, 'in 2024-2025', '/deelname'), signaalStreef(benutting, 60, 'in 2024-2025', '/expertteam')].filter(
			(s): s is Signaal => s !== null
		);
		// 1,9 against 1,8 is 0,1 / 1,8 = 5,6 % past; 60 against 80 is 25 % under: the benutting first.
		const tempo: Signaal = { soort: 'achter_op_tempo', wie: 'Kring Oost', tekst: 'Kring Oost …', afstand: 0.2 };
		const zonder: Signaal = { soort: 'school_zonder_uren', wie: 'Basisschool Een', tekst: '…' };
		const r = rangschikSignalen([zonder, ...budget, tempo, ...streef]);
		expect(r.map((s) => s.wie)).toEqual(['Benutting', 'Deelname so', 'Kring Oost', 'School C', 'School B', 'School A', 'Basisschool Een']);
	});
});

describe('streefwaarden in the database', () => {
	let db: MonitorDb;
	beforeAll(async () => {
		db = await MonitorDb.open(':memory:');
	});
	afterAll(() => db.close());
	const bestuur = { scope: { role: 'bestuur' as const }, user: { name: 'an.bestuur' } };

	it('refuses a school account and an adviseur on the server', async () => {
		for (const role of ['school', 'adviseur'] as const) {
			const e = await zetStreefwaarde(db, { scope: { role }, user: { name: 'x' } }, { metric: 'deelname_so_pct', min: '', max: '1,8' }).catch((x) => x);
			expect(e).toBeInstanceOf(StreefwaardeError);
			expect(e.status).toBe(403);
		}
		expect(await streefGeschiedenis(db)).toEqual([]);
	});

	it('keeps every change with who and when, the newest is the target, empty bounds remove it; audit-logged', async () => {
		await zetStreefwaarde(db, bestuur, { metric: 'deelname_so_pct', min: '', max: '2' });
		await zetStreefwaarde(db, { scope: { role: 'beheerder' }, user: { name: 'beheer' } }, { metric: 'deelname_so_pct', min: '', max: '1,8' });
		await zetStreefwaarde(db, bestuur, { metric: 'benutting_pct', min: '80', max: '100%' });
		await zetStreefwaarde(db, bestuur, { metric: 'benutting_pct', min: '', max: '' });
		expect(await huidigeStreefwaarden(db)).toEqual({ deelname_so_pct: { metric: 'deelname_so_pct', min: null, max: 1.8 } });
		const h = await streefGeschiedenis(db);
		expect(h.map((v) => [v.metric, v.min, v.max, v.door, v.rol])).toEqual([
			['benutting_pct', null, null, 'an.bestuur', 'bestuur'],
			['benutting_pct', 80, 100, 'an.bestuur', 'bestuur'],
			['deelname_so_pct', null, 1.8, 'beheer', 'beheerder'],
			['deelname_so_pct', null, 2, 'an.bestuur', 'bestuur']
		]);
		expect(h[0].tijdstip).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
		const log = await db.query(`SELECT gebruiker, details FROM audit_log WHERE gebeurtenis = 'streefwaarde_gewijzigd' ORDER BY id`);
		expect(log.rows.map((r) => `${r.gebruiker}: ${r.details}`)).toEqual([
			'an.bestuur: Deelname so: hoogstens 2%',
			'beheer: Deelname so: hoogstens 1,8%',
			'an.bestuur: Benutting: tussen 80% en 100%',
			'an.bestuur: Benutting: geen'
		]);
	});

	it('refuses an unknown figure, a word for a number and a range the wrong way round, in Dutch', async () => {
		await expect(zetStreefwaarde(db, bestuur, { metric: 'wachtwoord', min: '', max: '1' })).rejects.toThrow(/kies een cijfer uit de lijst/);
		await expect(zetStreefwaarde(db, bestuur, { metric: 'deelname_so_pct', min: '', max: 'veel' })).rejects.toThrow(/de bovengrens: schrijf een getal/);
		await expect(zetStreefwaarde(db, bestuur, { metric: 'benutting_pct', min: '100', max: '80' })).rejects.toThrow(/ondergrens is groter dan de bovengrens/);
	});
});
