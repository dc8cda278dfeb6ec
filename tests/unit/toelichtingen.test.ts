/**
 * The life of a toelichting: written, edited (history kept), an earlier version restored, deleted and
 * brought back — and an import of new data leaves every note where it was. Plus who may write where.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDb, importInto } from './helpers';
import { FIXTURE } from './fixture';
import type { MonitorDb } from '../../src/lib/server/db';
import {
	loadToelichtingen,
	opslaan,
	herstellen,
	verwijderen,
	ongedaanMaken,
	getToelichting,
	ToelichtingError,
	type Actor,
	type Plek
} from '../../src/lib/server/toelichtingen';

let db: MonitorDb;
beforeAll(async () => ({ db } = await fixtureDb(FIXTURE)));
afterAll(() => db.close());

const adviseur: Actor = { scope: { role: 'adviseur' }, user: { name: 'Anna Adviseur', role: 'adviseur' } };
const bestuur: Actor = { scope: { role: 'bestuur' }, user: { name: 'Bert Bestuur', role: 'bestuur' } };
const school: Actor = { scope: { role: 'school', schools: ['11AA00'] }, user: { name: 'Sanne School', role: 'school' } };
const swv: Plek = { niveau: 'swv', sleutel: '', schooljaar: '2024-2025' };

describe('toelichting lifecycle', () => {
	let id: number;
	it('creates a note with author, date and safe HTML', async () => {
		const n = await opslaan(
			db,
			{ metric: 'deelname_sbo_pct', plek: swv, tekst: 'De daling komt door **De Vlieger**.\n\n- minder instroom\n- meer arrangementen' },
			adviseur
		);
		id = n.id;
		expect(n).toMatchObject({ metric: 'deelname_sbo_pct', versie: 1, auteur: 'Anna Adviseur', rol: 'adviseur', verwijderd: null });
		expect(n.html).toBe('<p>De daling komt door <strong>De Vlieger</strong>.</p>\n<ul><li>minder instroom</li><li>meer arrangementen</li></ul>');
		expect(n.tijdstip).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
		const loaded = await loadToelichtingen(db, swv, bestuur);
		expect(Object.keys(loaded.perMetric)).toEqual(['deelname_sbo_pct']);
		expect(loaded.magSchrijven).toBe(true);
	});

	it('an edit is a new version; the earlier one is kept', async () => {
		const n = await opslaan(db, { metric: 'deelname_sbo_pct', plek: swv, tekst: 'Tweede versie.', basisVersie: 1 }, bestuur);
		expect(n.id).toBe(id);
		expect(n).toMatchObject({ versie: 2, tekst: 'Tweede versie.', auteur: 'Bert Bestuur', eersteAuteur: 'Anna Adviseur' });
		expect(n.versies.map((v) => [v.versie, v.auteur])).toEqual([
			[2, 'Bert Bestuur'],
			[1, 'Anna Adviseur']
		]);
	});

	it('an edit based on an old version does not overwrite a newer one', async () => {
		await expect(opslaan(db, { metric: 'deelname_sbo_pct', plek: swv, tekst: 'Te laat.', basisVersie: 1 }, adviseur)).rejects.toMatchObject({ status: 409 });
		expect((await getToelichting(db, id, adviseur)).tekst).toBe('Tweede versie.');
	});

	it('restoring version 1 adds version 3 with its text', async () => {
		const n = await herstellen(db, id, 1, adviseur);
		expect(n.versie).toBe(3);
		expect(n.tekst).toContain('De daling komt door **De Vlieger**.');
		expect(n.versies[0]).toMatchObject({ versie: 3, hersteldVan: 1, auteur: 'Anna Adviseur' });
		expect(n.versies).toHaveLength(3);
	});

	it('delete marks the note; undo brings it back with all versions', async () => {
		const weg = await verwijderen(db, id, bestuur);
		expect(weg.verwijderd).toMatchObject({ door: 'Bert Bestuur' });
		expect((await loadToelichtingen(db, swv, adviseur)).perMetric.deelname_sbo_pct.verwijderd).not.toBeNull();
		const terug = await ongedaanMaken(db, id, bestuur);
		expect(terug.verwijderd).toBeNull();
		expect(terug.versie).toBe(3);
		expect(terug.versies).toHaveLength(3);
	});

	it('an import of new data leaves every toelichting in place', async () => {
		await opslaan(
			db,
			{ metric: 'deelname_so_pct', plek: { niveau: 'kring', sleutel: 'Kring Noord', schooljaar: '2024-2025' }, tekst: 'Kringnotitie.' },
			adviseur
		);
		await opslaan(db, { metric: 'verwijzingen', plek: { niveau: 'school', sleutel: '11AA00', schooljaar: '2024-2025' }, tekst: 'Schoolnotitie.' }, school);
		const before = await db.query('SELECT count(*)::INTEGER AS n FROM toelichting_versie');
		const report = await importInto(db, {
			'telling.csv': 'teldatum,brin,vestiging,leerlingen\n2025-10-01,11AA,00,130\n2025-10-01,11BB,00,70\n2025-10-01,22CC,00,5\n2025-10-01,33EE,00,42\n'
		});
		expect(report.ok).toBe(true);
		const after = await db.query('SELECT count(*)::INTEGER AS n FROM toelichting_versie');
		expect(after.rows[0].n).toBe(before.rows[0].n);
		expect((await loadToelichtingen(db, swv, adviseur)).perMetric.deelname_sbo_pct.versie).toBe(3);
		expect((await loadToelichtingen(db, { niveau: 'kring', sleutel: 'Kring Noord', schooljaar: '2024-2025' }, adviseur)).perMetric.deelname_so_pct.tekst).toBe(
			'Kringnotitie.'
		);
		expect((await loadToelichtingen(db, { niveau: 'school', sleutel: '11AA00', schooljaar: '2024-2025' }, adviseur)).perMetric.verwijzingen.tekst).toBe(
			'Schoolnotitie.'
		);
	});
});

describe('who may write and read', () => {
	it('a school user writes only for its own school', async () => {
		await expect(
			opslaan(db, { metric: 'verwijzingen', plek: { niveau: 'school', sleutel: '11BB00', schooljaar: '2024-2025' }, tekst: 'x' }, school)
		).rejects.toBeInstanceOf(ToelichtingError);
		await expect(opslaan(db, { metric: 'verwijzingen', plek: swv, tekst: 'x' }, school)).rejects.toMatchObject({ status: 403 });
		expect((await loadToelichtingen(db, swv, school)).magSchrijven).toBe(false);
		expect((await loadToelichtingen(db, { niveau: 'school', sleutel: '11AA00', schooljaar: '2024-2025' }, school)).magSchrijven).toBe(true);
	});
	it("a school user does not see another school's notes, and cannot act on them by id", async () => {
		const other = await opslaan(
			db,
			{ metric: 'verwijzingen', plek: { niveau: 'school', sleutel: '11BB00', schooljaar: '2024-2025' }, tekst: 'Alleen voor het SWV.' },
			adviseur
		);
		expect((await loadToelichtingen(db, { niveau: 'school', sleutel: '11BB00', schooljaar: '2024-2025' }, school)).perMetric).toEqual({});
		await expect(verwijderen(db, other.id, school)).rejects.toMatchObject({ status: 404 });
	});
	it('nobody signed in writes nothing; unknown figures and empty text are refused', async () => {
		await expect(opslaan(db, { metric: 'deelname_sbo_pct', plek: swv, tekst: 'x' }, { scope: { role: 'bestuur' }, user: null })).rejects.toMatchObject({
			status: 403
		});
		await expect(opslaan(db, { metric: 'bestaat_niet', plek: swv, tekst: 'x' }, adviseur)).rejects.toThrow(/onbekend cijfer/);
		await expect(opslaan(db, { metric: 'deelname_sbo_pct', plek: swv, tekst: '   ' }, adviseur)).rejects.toThrow(/schrijf een toelichting/);
		await expect(
			opslaan(db, { metric: 'deelname_sbo_pct', plek: { niveau: 'school', sleutel: "x' OR 1=1", schooljaar: '2024-2025' }, tekst: 'x' }, adviseur)
		).rejects.toThrow(/brin/);
	});
});
