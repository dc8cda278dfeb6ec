/**
 * Issue 15, privacy by pattern on a real case-system export: Indigo's TLV export carries bsn_own and
 * sleutel_beschikking_gebdat. The file is refused naming each column (not skipped as unknown), and a
 * column refused for its content is not also reported as "skipped".
 */
import { describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { importInto, tableChecksums } from './helpers';
import { GOOD } from './formats';

describe('an Indigo-like TLV export with identifying columns', () => {
	it('is refused naming bsn_own, sleutel_beschikking_gebdat and a column of postcodes; nothing changes', async () => {
		const db = await MonitorDb.open(':memory:');
		await importInto(db, GOOD);
		const before = await tableChecksums(db);
		const tlv = `tlv_id;leerling;soort;categorie;besluitdatum;ingangsdatum;bsn_own;sleutel_beschikking_gebdat;pc
T-9;LL9;so;Categorie 1;01-09-2024;01-09-2024;123456782;04-03-2015;1234 AB
`;
		const r = await importInto(db, { 'tlv.csv': tlv });
		expect(r.ok).toBe(false);
		const privacy = r.groups.filter((g) => g.kind === 'privacy');
		expect(privacy.map((g) => g.column).sort()).toEqual(['bsn_own', 'pc', 'sleutel_beschikking_gebdat']);
		expect(privacy.find((g) => g.column === 'bsn_own')!.problem).toContain('burgerservicenummer');
		expect(privacy.find((g) => g.column === 'sleutel_beschikking_gebdat')!.problem).toContain('geboortedatum');
		expect(privacy.find((g) => g.column === 'pc')!.problem).toContain('1 waarde is een postcode (de eerste op rij 2)');
		// Refused, so not "onbekend … wordt overgeslagen" as well.
		expect(r.groups.filter((g) => g.kind === 'kolom_genegeerd')).toEqual([]);
		expect(await tableChecksums(db)).toEqual(before);
		db.close();
	});
});
