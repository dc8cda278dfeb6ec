/**
 * Persons in the data (issue 13, point 6): a column named like a pupil's BSN, name, birth date,
 * address or e-mail — also in word parts — is refused, and so are values that are such data:
 * 9-digit numbers passing the elfproef, "Voornaam Achternaam" or a date in the pupil code, e-mail
 * addresses, postcodes and birth-date-like dates in other columns. The report names the column and
 * the first row, never the value.
 */
import { describe, expect, it } from 'vitest';
import { MonitorDb } from '../../src/lib/server/db';
import { privacyOfHeader } from '../../src/lib/server/import/privacy';
import { importInto } from './helpers';

const SCHOLEN = 'brin,vestiging,naam,soort,gemeente,kring,bestuur\n11AA,00,De Linde,bao,Lindeveen,Kring Noord,Stichting A\n';
const HEAD = 'tlv_id,leerling,soort,categorie,herkomst_brin,besluitdatum,ingangsdatum';
const tlv = (rows: string[], head = HEAD) => `${head}\n${rows.join('\n')}\n`;

async function refusal(file: string) {
	const db = await MonitorDb.open(':memory:');
	expect((await importInto(db, { 'scholen.csv': SCHOLEN })).ok).toBe(true);
	const r = await importInto(db, { 'tlv.csv': file });
	const privacy = r.groups.filter((g) => g.kind === 'privacy');
	// Refused: nothing of the file is stored; otherwise it loads.
	expect(Number((await db.query('SELECT count(*)::INTEGER AS n FROM tlv')).rows[0].n) > 0).toBe(privacy.length === 0);
	return privacy;
}

describe('privacy by header', () => {
	it.each([
		['BSN-nummer', 'bsn'],
		['bsn leerling', 'bsn'],
		['leerling_bsn', 'bsn'],
		['B.S.N.', 'bsn'],
		['bsn_own', 'bsn'],
		['achternaam leerling', 'naam'],
		['Naam leerling', 'naam'],
		['geboortedatum leerling', 'geboorte'],
		['sleutel_beschikking_gebdat', 'geboorte'],
		['e-mail ouder', 'contact'],
		['Telefoon ouders', 'contact'],
		['Postcode', 'adres'],
		['Woonadres', 'adres']
	])('%s → %s', (header, soort) => expect(privacyOfHeader(header, true)).toBe(soort));

	it.each(['leerlingcode', 'geboortejaar', 'besluitdatum', 'opmerking', 'Naam'])('%s in a table without a bare name column is no person', (header) =>
		expect(privacyOfHeader(header, false)).toBeNull()
	);

	it('refuses the file, naming the column and the fix', async () => {
		const [g] = await refusal(tlv(['T-1,LL01,sbo,,11AA,2024-09-01,2024-09-01'], `${HEAD},e-mail ouder`));
		expect(g.examples[0]).toMatchObject({ row: 1, column: 'e-mail ouder', value: null });
		expect(g.problem).toMatch(/contactgegevens/);
		expect(g.fix).toMatch(/Verwijder de kolom "e-mail ouder"/);
	});
});

describe('privacy by value', () => {
	it('BSNs in the pupil code: 111222333 and 123456782 pass the elfproef (9·1+8·1+…−3 = 66 = 6·11)', async () => {
		const [g] = await refusal(
			tlv(['T-1,LL01,sbo,,11AA,2024-09-01,2024-09-01', 'T-2,111222333,sbo,,11AA,2024-09-01,2024-09-01', 'T-3,123456782,sbo,,11AA,2024-09-01,2024-09-01'])
		);
		expect(g.examples[0]).toMatchObject({ column: 'leerling', row: 3, value: null });
		expect(g.problem).toBe(
			'De kolom "leerling" lijkt een burgerservicenummer (BSN) te bevatten: 2 waarden zijn 9 cijfers die de elfproef van een burgerservicenummer halen (de eerste op rij 3). De monitor slaat geen gegevens op die een leerling direct identificeren.'
		);
		expect(g.fix).toMatch(/pseudonieme leerlingcode/);
	});

	it('an 8-digit BSN (Excel dropped the leading zero): 10000008 is 010000008', async () => {
		// 010000008: 9·0 + 8·1 + 0 … − 8 = 0, a multiple of 11.
		const [g] = await refusal(tlv(['T-1,10000008,sbo,,11AA,2024-09-01,2024-09-01']));
		expect(g.column).toBe('leerling');
	});

	it('9-digit pupil numbers that are no BSN pass: 123456789 fails the elfproef (147 = 13·11 + 4)', async () => {
		expect(await refusal(tlv(['T-1,123456789,sbo,,11AA,2024-09-01,2024-09-01']))).toEqual([]);
	});

	it('names, dates, e-mail and postcodes in the pupil code', async () => {
		for (const [value, says] of [
			['Jan de Vries', /een naam \(Voornaam Achternaam\)/],
			['03-05-2015', /een datum/],
			['ouder@example.nl', /e-mailadres/],
			['1234 AB', /postcode/]
		] as const) {
			const [g] = await refusal(tlv(['T-1,LL01,sbo,,11AA,2024-09-01,2024-09-01', `T-2,${value},sbo,,11AA,2024-09-01,2024-09-01`]));
			expect(g?.problem, value).toMatch(says);
			expect(g.examples[0].row).toBe(3);
		}
	});

	it('a column of birth dates under any name: dates 2 to 20 years before the row’s start', async () => {
		const [g] = await refusal(
			tlv(['T-1,LL01,sbo,,11AA,2024-09-01,2024-09-01,2016-03-04', 'T-2,LL02,sbo,,11AA,2024-09-01,2024-09-01,12-11-2015'], `${HEAD},sleutel`)
		);
		expect(g.column).toBe('sleutel');
		expect(g.problem).toMatch(/2 waarden zijn een datum 2 tot 20 jaar vóór de startdatum van de regel/);
	});

	it('pseudonymous codes, dates of the TLV itself and a remark pass', async () => {
		expect(
			await refusal(
				tlv(
					['T-1,LL01,sbo,,11AA,2024-09-01,2024-09-01,2024-08-20,besproken in MDO', 'T-2,A7-99,sbo,,11AA,2024-09-01,2024-09-01,2024-08-21,'],
					`${HEAD},aanmelddatum,opmerking`
				)
			)
		).toEqual([]);
	});
});
