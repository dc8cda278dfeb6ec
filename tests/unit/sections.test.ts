/**
 * The section loaders for the kring and school pages, and the sentences and warnings told from them,
 * on the fixture of fixture-expertteam.ts (figures as written out in expertteam.test.ts and budget.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './helpers';
import { FIXTURE_EXPERTTEAM } from './fixture-expertteam';
import type { QueryRegistry } from '../../src/lib/server/queries';
import { FULL_SCOPE } from '../../src/lib/server/roles';
import type { MonitorDb } from '../../src/lib/server/db';
import { loadBudgetSection, loadExpertteamSection } from '../../src/lib/server/sections';
import { signalenBudget, signalenExpertteam, vertelBudget, vertelBudgetSchool, vertelExpertteam, vertelExpertteamSchool } from '../../src/lib/vertellen';

let db: MonitorDb;
let registry: QueryRegistry;
beforeAll(async () => ({ db, registry } = await fixtureDb(FIXTURE_EXPERTTEAM)));
afterAll(() => db.close());

describe('loadExpertteamSection', () => {
	it('a kring: its row, the SWV row, burn-up, splits and its schools', async () => {
		const s = await loadExpertteamSection(registry, FULL_SCOPE, { schooljaar: '2023-2024', kring: 'Kring Zuid' });
		expect(s).toMatchObject({ schooljaar: '2023-2024', kring: 'Kring Zuid', school: null, schoolRows: null });
		expect(s.kringRow).toMatchObject({ expertteam_uren: 12, benutting_pct: 60 });
		expect(s.swvRow).toMatchObject({ expertteam_uren: expect.closeTo(20.5, 1) });
		expect(s.burnup).toHaveLength(12);
		expect(s.burnup[11].cumulatief_uren).toBe(12);
		expect(s.scholen!.map((r) => r.school)).toEqual(['11DD00', '11BB00']);
		const zinnen = vertelExpertteam([s.kringRow!, s.swvRow!], '2023-2024', 'Kring Zuid');
		expect(zinnen[1]).toBe(
			'Kring Zuid kreeg 59% van alle uren en heeft 33% van de leerlingen: naar verhouding meer uren. Het samenwerkingsverband als geheel gebruikte 17,1% van de formatie.'
		);
		expect(signalenExpertteam([s.kringRow!], s.scholen!).map((x) => x.tekst)).toEqual([
			'Basisschool Drie (Kring Zuid) kreeg dit schooljaar geen uren, terwijl de kring wel uren kreeg.'
		]);
	});

	it('a school: its rows next to kring and SWV, and no list of other schools', async () => {
		const s = await loadExpertteamSection(registry, FULL_SCOPE, { schooljaar: '2023-2024', school: '11AA00' });
		expect(s.kring).toBe('Kring Noord');
		const rij = s.schoolRows!.find((r) => r.schooljaar === '2023-2024')!;
		expect(vertelExpertteamSchool(rij)).toEqual([
			'Basisschool Een kreeg in 2023-2024 6,0 uur van het expertteam: 6,0 uur per 100 leerlingen, duidelijk hoger dan de kring (5,4 uur). Het samenwerkingsverband als geheel kreeg 6,8 uur per 100 leerlingen.'
		]);
		// The school account gets no list of other schools, and its kring here has fewer than 5
		// schools: the kring figure beside its own is hidden (docs/cijfers.md, Privacy).
		const k = await loadExpertteamSection(registry, { role: 'school', schools: ['11AA00'] }, { schooljaar: '2023-2024', school: '11AA00' });
		expect(k.scholen).toBeNull();
		const eigen = k.schoolRows!.find((r) => r.schooljaar === '2023-2024')!;
		expect(eigen).toMatchObject({
			expertteam_uren: 6,
			uren_per_100_leerlingen: 6,
			kring_uren_per_100_leerlingen: 'verborgen',
			swv_uren_per_100_leerlingen: expect.closeTo(6.83, 2)
		});
		expect(vertelExpertteamSchool(eigen)).toEqual([
			// The hidden kring figure is named after the sentence, never put in a value slot ("de kring verborgen").
			'Basisschool Een kreeg in 2023-2024 6,0 uur van het expertteam: 6,0 uur per 100 leerlingen. Het samenwerkingsverband als geheel kreeg 6,8 uur per 100 leerlingen. Het cijfer per 100 leerlingen voor de kring is verborgen voor een schoolaccount.'
		]);
	});

	it('warnings for a kring behind its pace and a kring without formatie', async () => {
		const r = (await registry.run('expertteam_kringen', { schooljaar: '2023-2024', vandaag: '2024-04-01' }, FULL_SCOPE)).rows as never[];
		expect(signalenExpertteam(r).map((x) => x.tekst)).toEqual([
			'Kring Noord heeft 6,5% van de uren gebruikt terwijl 64% van het schooljaar voorbij is: 10,2% van het tempo, minder dan de helft (peildatum 20 maart 2024: de laatste boeking in de gegevens van dit schooljaar).',
			'Op Kring Oost is 2,0 uur geboekt, maar de kring heeft geen formatie voor dit schooljaar.'
		]);
	});
});

describe('loadBudgetSection', () => {
	it('a kring: its rows and the SWV rows for every year, the waterfall and its schools', async () => {
		const s = await loadBudgetSection(registry, FULL_SCOPE, { schooljaar: '2023-2024', kring: 'Kring Zuid' });
		expect(s.kringRows.map((r) => [r.schooljaar, r.kring])).toEqual([
			['2023-2024', 'Kring Zuid'],
			['2023-2024', null],
			['2024-2025', 'Kring Zuid'],
			['2024-2025', null]
		]);
		expect(s.waterval[s.waterval.length - 1]).toMatchObject({ label: 'Saldo', bedrag: 1700 });
		expect(signalenBudget(s.scholen!).map((x) => x.tekst)).toEqual([
			'Basisschool Drie besteedde 20,0% van het budget: minder dan 70%.',
			'Basisschool Twee besteedde 125,0% van het budget: meer dan 110%.'
		]);
		const swv = s.kringRows.filter((r) => r.totaal);
		expect(vertelBudget(swv[1], swv[0], [], 'Het samenwerkingsverband')[0]).toBe(
			'Het samenwerkingsverband besteedde in 2024-2025 50,0% van het schoolbudget: €\u00a05.000 van €\u00a010.000; vorig jaar was dat 84,3%. Er bleef €\u00a05.000 over.'
		);
	});

	it('a school: its rows and its own waterfall; a school without budget says so', async () => {
		const s = await loadBudgetSection(registry, FULL_SCOPE, { schooljaar: '2023-2024', school: '11DD00' });
		expect(s.scholen).toBeNull();
		expect(s.waterval[0]).toMatchObject({ label: 'Toegekend', bedrag: 4000 });
		const [nu] = s.schoolRows!;
		expect(vertelBudgetSchool(nu, null)).toEqual([
			'Basisschool Drie besteedde in 2023-2024 20,0% van het schoolbudget: €\u00a0800 van €\u00a04.000 (de kring 83,0% en het samenwerkingsverband 84,3%). Dat is ver onder het budget (minder dan 70%).'
		]);
		const sbo = await loadBudgetSection(registry, FULL_SCOPE, { schooljaar: '2023-2024', school: '22CC00' });
		expect(vertelBudgetSchool(sbo.schoolRows![0], null)).toEqual(['SBO De Vlieger heeft in 2023-2024 geen toegekend schoolbudget.']);
	});
});
