import { describe, expect, it } from 'vitest';
import { TABLES, ddl, tableSpecByName } from './schema';
import { normaliseHeader } from './import/parse';
import { headerMatches, recogniseByHeader, recogniseByName } from './import/read';

describe('table specs', () => {
	it('define the export tables of data/README.md', () => {
		expect(TABLES.map((t) => t.name)).toEqual([
			'scholen',
			'telling',
			'tlv',
			'arrangementen',
			'expertteam_inzet',
			'expertteam_formatie',
			'budget_toekenning',
			'budget_besteding',
			'verzuim',
			'financien'
		]);
	});
	it('give the DDL of the canonical tables', () => {
		expect(ddl(tableSpecByName('telling')!)).toBe(
			'CREATE TABLE IF NOT EXISTS telling (teldatum DATE NOT NULL, brin VARCHAR NOT NULL, vestiging VARCHAR, leerlingen INTEGER NOT NULL, leerlingen_min INTEGER, leerlingen_max INTEGER, lwoo INTEGER)'
		);
		expect(ddl(tableSpecByName('expertteam_inzet')!)).toContain('schooljaar VARCHAR');
	});
	it('treat case, spaces, hyphens and underscores in headers alike', () => {
		expect(normaliseHeader(' Herkomst-BRIN ')).toBe(normaliseHeader('herkomst_brin'));
		expect(headerMatches(tableSpecByName('telling')!, 'INSTELLINGSCODE')).toBe('brin');
		expect(headerMatches(tableSpecByName('telling')!, 'Vestigingsnummer')).toBe('vestiging');
	});
	it('recognise a table by its file name, or else by its header', () => {
		expect(recogniseByName('TLV export 2024.xlsx')?.name).toBe('tlv');
		expect(recogniseByName('expertteam_formatie.csv')?.name).toBe('expertteam_formatie');
		expect(recogniseByName('Expertteam inzet 2025.csv')?.name).toBe('expertteam_inzet');
		expect(recogniseByName('budget_besteding.csv')?.name).toBe('budget_besteding');
		expect(recogniseByName('export.csv')).toBeNull();
		expect(recogniseByHeader(['teldatum', 'brin', 'vestiging', 'leerlingen'])?.name).toBe('telling');
	});
});
