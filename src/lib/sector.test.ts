import { describe, expect, it } from 'vitest';
import { METRICS } from './metrics';
import { SECTOR_SOORTEN, alsSector, hoofdletter, niveauLabel, sectorVanSoorten, sectorWoorden, soortNaam } from './sector';
import { tableSpecByName } from './server/schema';

describe('sector words', () => {
	it('name the soorten the import accepts, each in exactly one sector', () => {
		const accepted = tableSpecByName('scholen')!.columns.find((c) => c.name === 'soort')!.values!;
		expect([...SECTOR_SOORTEN.po, ...SECTOR_SOORTEN.vo].sort()).toEqual([...accepted].sort());
		expect(sectorWoorden('po').soorten.map((s) => s.soort)).toEqual(['bao', 'sbo', 'so']);
		expect(sectorWoorden('vo').soorten.map((s) => s.soort)).toEqual(['vo', 'pro', 'vso']);
	});

	it('give each sector its own deelname figures, all in the metric catalogue', () => {
		expect(sectorWoorden('po').deelname).toEqual(['deelname_sbo_pct', 'deelname_so_pct', 'rugzak_pct']);
		expect(sectorWoorden('vo').deelname).toEqual(['deelname_vso_pct', 'deelname_pro_pct', 'deelname_lwoo_pct']);
		for (const s of ['po', 'vo'] as const)
			for (const id of [...sectorWoorden(s).deelname, ...sectorWoorden(s).leerlingen]) expect(METRICS, id).toHaveProperty(id);
	});

	it('speak VO: vo + pro, lwoo instead of rugzak, regio, klas and docent, vso TLVs only', () => {
		const vo = sectorWoorden('vo');
		expect(vo).toMatchObject({
			noemer: 'vo + pro',
			ondersteuning: 'leerwegondersteuning (lwoo)',
			kring: 'regio',
			tlvSoorten: ['vso'],
			ab: 'ambulant ondersteuner',
			teldatum: '1 oktober'
		});
		expect(sectorWoorden('po')).toMatchObject({
			noemer: 'bao + sbo',
			ondersteuning: 'rugzak of individueel arrangement',
			kring: 'kring',
			tlvSoorten: ['sbo', 'so']
		});
		expect(niveauLabel('groep', 'vo')).toBe('klas');
		expect(niveauLabel('leerkracht', 'vo')).toBe('docent');
		expect(niveauLabel('groep', 'po')).toBe('groep');
		expect(soortNaam('pro')).toBe('praktijkonderwijs');
		expect(soortNaam('sbo')).toBe('speciaal basisonderwijs');
	});

	it('name a kring in each sector: singular, plural and its possessive', () => {
		expect(sectorWoorden('vo')).toMatchObject({ kring: 'regio', kringen: 'regio’s', kringZijn: 'haar' });
		expect(sectorWoorden('po')).toMatchObject({ kring: 'kring', kringen: 'kringen', kringZijn: 'zijn' });
		expect(hoofdletter(sectorWoorden('vo').kringen)).toBe('Regio’s');
	});

	it('find the sector of a set of soorten, and none for a mix', () => {
		expect(sectorVanSoorten(['bao', 'sbo', 'so'])).toBe('po');
		expect(sectorVanSoorten(['vso', 'vo'])).toBe('vo');
		expect(sectorVanSoorten(['bao', 'vo'])).toBeNull();
		expect(sectorVanSoorten([])).toBeNull();
		expect(alsSector('vo')).toBe('vo');
		expect(alsSector(undefined)).toBe('po');
	});
});
