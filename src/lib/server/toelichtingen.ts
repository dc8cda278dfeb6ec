/**
 * Toelichtingen: the story beside a figure, written by the people who know it ("tellen en vertellen").
 * A toelichting belongs to one figure (metric id) at one place (niveau swv/kring/school + sleutel) in
 * one schooljaar. Every edit adds a version; restoring an earlier version adds a new version with
 * its text; deleting only marks the note, so "ongedaan maken" brings it back. The tables live in
 * META_DDL (schema.ts): imports never touch them.
 *
 * Who may write (checked here, on the server, from locals — never from the form):
 * beheerder, bestuur and adviseur everywhere; a school user only at niveau school for its own
 * school(s). A school user reads SWV and kring notes and its own school's, never another school's.
 *
 * Wiring a page in (3 lines; `db` from `await context()`):
 *   +page.server.ts:  toelichtingen: await loadToelichtingen(db, { schooljaar, niveau: 'kring', sleutel: kring }, locals),
 *   +page.svelte:     import Toelichting from '$lib/components/Toelichting.svelte';
 *                     <Toelichting id="deelname_sbo_pct" data={data.toelichtingen} />   (beside the figure)
 * niveau 'swv' has sleutel ''; 'school' has the school code ("12AB00"). The forms post to /toelichtingen
 * (?/opslaan, ?/verwijderen, ?/ongedaan, ?/herstellen), clear the page cache and come back to the page,
 * at the note. `id` is the figure's id in the metric catalogue ($lib/metrics).
 */
import { NAAM_MAX, naamSchema } from '../naam';
import { z } from 'zod';
import { clearPageCache } from './page-cache';
import type { MonitorDb } from './db';
import { runOn } from './db';
import type { Role, Scope } from './roles';
import { METRICS } from '../metrics';
import { renderMarkdown } from '../markdown';
import type { Niveau, Plek, Versie, Toelichting, ToelichtingenData } from '../toelichting';

export type { Niveau, Plek, Versie, Toelichting, ToelichtingenData } from '../toelichting';

/** Who acts: App.Locals fits this shape. */
export interface Actor {
	scope: Scope;
	user: { name: string; role: Role } | null;
}

export class ToelichtingError extends Error {
	constructor(
		message: string,
		readonly status: 400 | 403 | 404 | 409
	) {
		super(message);
	}
}

const schooljaar = z
	.string()
	.regex(/^\d{4}-\d{4}$/, 'schrijf het schooljaar als 2024-2025')
	.refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'de jaren moeten op elkaar volgen');

export const plekSchema = z
	.object({
		niveau: z.enum(['swv', 'kring', 'school']),
		sleutel: z.string().trim().max(NAAM_MAX).default(''),
		schooljaar
	})
	.superRefine((p, ctx) => {
		const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['sleutel'], message });
		if (p.niveau === 'swv' && p.sleutel !== '') bad('een toelichting voor het hele samenwerkingsverband heeft geen sleutel');
		// A kring's name as the import accepts it ($lib/naam): one rule from import to URL.
		if (p.niveau === 'kring' && !naamSchema.safeParse(p.sleutel).success) bad('kies een kring');
		if (p.niveau === 'school' && !/^\d{2}[A-Z]{2}\d{2}$/.test(p.sleutel)) bad('schrijf de school als brin + vestiging, bijvoorbeeld 12AB00');
	});

export const metricSchema = z.string().refine((id) => id in METRICS, 'onbekend cijfer');
export const tekstSchema = z.string().trim().min(1, 'schrijf een toelichting').max(10_000, 'de toelichting is te lang (hoogstens 10.000 tekens)');

const WRITERS: Role[] = ['beheerder', 'bestuur', 'adviseur'];

/** May this person write at this place? A school user only for its own school. */
export function magSchrijven(actor: Actor, plek: Plek): boolean {
	if (!actor.user) return false;
	if (WRITERS.includes(actor.scope.role)) return true;
	return actor.scope.role === 'school' && plek.niveau === 'school' && (actor.scope.schools ?? []).includes(plek.sleutel);
}

/** May this person read the notes of this place? */
export function magLezen(actor: Actor, plek: Plek): boolean {
	if (actor.scope.role !== 'school' || plek.niveau !== 'school') return true;
	return (actor.scope.schools ?? []).includes(plek.sleutel);
}

function must(actor: Actor, plek: Plek): { name: string; role: Role } {
	if (!actor.user || !magSchrijven(actor, plek)) {
		throw new ToelichtingError(
			actor.scope.role === 'school' ? 'U kunt alleen een toelichting schrijven bij de cijfers van uw eigen school.' : 'U mag hier geen toelichting schrijven.',
			403
		);
	}
	return actor.user;
}

const now = () => new Date().toISOString().replace('Z', '');

interface Row {
	id: number;
	metric: string;
	niveau: Niveau;
	sleutel: string;
	schooljaar: string;
	versie: number;
	verwijderd_op: string | null;
	verwijderd_door: string | null;
}

async function readNotes(db: MonitorDb, where: string, params: Record<string, string>): Promise<Toelichting[]> {
	const notes = (await db.query(`SELECT * FROM toelichting WHERE ${where} ORDER BY metric, id`, params)).rows as unknown as Row[];
	if (!notes.length) return [];
	const ids = notes.map((n) => n.id).join(',');
	const versies = (
		await db.query(`SELECT toelichting_id, versie, tekst, auteur, rol, CAST(tijdstip AS VARCHAR) AS tijdstip, hersteld_van
			FROM toelichting_versie WHERE toelichting_id IN (${ids}) ORDER BY toelichting_id, versie DESC`)
	).rows;
	return notes.map((n) => {
		const vs: Versie[] = versies
			.filter((v) => v.toelichting_id === n.id)
			.map((v) => ({
				versie: v.versie as number,
				tekst: v.tekst as string,
				html: renderMarkdown(v.tekst as string),
				auteur: v.auteur as string,
				rol: v.rol as string,
				tijdstip: String(v.tijdstip).replace(' ', 'T'),
				hersteldVan: (v.hersteld_van as number | null) ?? null
			}));
		const current = vs.find((v) => v.versie === n.versie) ?? vs[0];
		const first = vs[vs.length - 1];
		return {
			id: n.id,
			metric: n.metric,
			plek: { niveau: n.niveau, sleutel: n.sleutel, schooljaar: n.schooljaar },
			versie: n.versie,
			tekst: current.tekst,
			html: current.html,
			auteur: current.auteur,
			rol: current.rol,
			tijdstip: current.tijdstip,
			eersteAuteur: first.auteur,
			eersteTijdstip: first.tijdstip,
			verwijderd: n.verwijderd_op ? { op: String(n.verwijderd_op).replace(' ', 'T'), door: n.verwijderd_door ?? '' } : null,
			versies: vs
		};
	});
}

/**
 * The notes of one place and schooljaar, keyed by metric id, with whether this person may write
 * there. Deleted notes come along (marked) so the page can offer "ongedaan maken"; print hides them.
 */
export async function loadToelichtingen(db: MonitorDb, plek: Plek, actor: Actor): Promise<ToelichtingenData> {
	const p = plekSchema.parse(plek);
	if (!magLezen(actor, p)) return { plek: p, magSchrijven: false, perMetric: {} };
	const notes = await readNotes(db, 'niveau = $niveau AND sleutel = $sleutel AND schooljaar = $schooljaar', p);
	return { plek: p, magSchrijven: magSchrijven(actor, p), perMetric: Object.fromEntries(notes.map((n) => [n.metric, n])) };
}

/** One note by id (for the actions), or a 404. */
export async function getToelichting(db: MonitorDb, id: number, actor: Actor): Promise<Toelichting> {
	const [n] = await readNotes(db, 'id = CAST($id AS INTEGER)', { id: String(id) });
	if (!n || !magLezen(actor, n.plek)) throw new ToelichtingError('Deze toelichting bestaat niet.', 404);
	return n;
}

/**
 * Write the note of a figure at a place: the first version, or a new version of the existing note
 * (which also brings a deleted note back). `basisVersie` is the version the writer started from: when
 * someone else saved in between, nothing is overwritten and the writer is told.
 */
export async function opslaan(
	db: MonitorDb,
	input: { metric: string; plek: Plek; tekst: string; basisVersie?: number | null },
	actor: Actor
): Promise<Toelichting> {
	const metric = metricSchema.parse(input.metric);
	const plek = plekSchema.parse(input.plek);
	const tekst = tekstSchema.parse(input.tekst);
	const user = must(actor, plek);
	const id = await db.transaction(async (c) => {
		const found = (
			await runOn(c, `SELECT id, versie FROM toelichting WHERE metric = $metric AND niveau = $niveau AND sleutel = $sleutel AND schooljaar = $schooljaar`, {
				metric,
				...plek
			})
		).rows[0];
		let id: number;
		let versie: number;
		if (found) {
			id = found.id as number;
			if (input.basisVersie != null && input.basisVersie !== found.versie) {
				throw new ToelichtingError('Iemand anders heeft deze toelichting intussen gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.', 409);
			}
			versie = (found.versie as number) + 1;
			await runOn(c, `UPDATE toelichting SET versie = CAST($versie AS INTEGER), verwijderd_op = NULL, verwijderd_door = NULL WHERE id = CAST($id AS INTEGER)`, {
				id,
				versie
			});
		} else {
			id = (await runOn(c, `SELECT nextval('toelichting_seq')::INTEGER AS id`)).rows[0].id as number;
			versie = 1;
			await runOn(c, `INSERT INTO toelichting VALUES (CAST($id AS INTEGER), $metric, $niveau, $sleutel, $schooljaar, 1, NULL, NULL)`, { id, metric, ...plek });
		}
		await addVersion(c, id, versie, tekst, user, null);
		return id;
	});
	// Pages show their notes: the rendered pages kept in the cache no longer hold.
	clearPageCache();
	return getToelichting(db, id, actor);
}

async function addVersion(
	c: Parameters<typeof runOn>[0],
	id: number,
	versie: number,
	tekst: string,
	user: { name: string; role: Role },
	herstelVan: number | null
) {
	await runOn(
		c,
		`INSERT INTO toelichting_versie VALUES (CAST($id AS INTEGER), CAST($versie AS INTEGER), $tekst, $auteur, $rol, CAST($tijdstip AS TIMESTAMP), CAST($hersteld AS INTEGER))`,
		{ id, versie, tekst, auteur: user.name, rol: user.role, tijdstip: now(), hersteld: herstelVan }
	);
}

/** Bring back the text of an earlier version, as a new version (the history stays complete). */
export async function herstellen(db: MonitorDb, id: number, versie: number, actor: Actor): Promise<Toelichting> {
	const note = await getToelichting(db, id, actor);
	const user = must(actor, note.plek);
	const oud = note.versies.find((v) => v.versie === versie);
	if (!oud) throw new ToelichtingError(`Versie ${versie} van deze toelichting bestaat niet.`, 404);
	await db.transaction(async (c) => {
		const nieuw = note.versie + 1;
		await runOn(c, `UPDATE toelichting SET versie = CAST($versie AS INTEGER), verwijderd_op = NULL, verwijderd_door = NULL WHERE id = CAST($id AS INTEGER)`, {
			id,
			versie: nieuw
		});
		await addVersion(c, id, nieuw, oud.tekst, user, versie);
	});
	// Pages show their notes: the rendered pages kept in the cache no longer hold.
	clearPageCache();
	return getToelichting(db, id, actor);
}

/** Delete: the note is only marked, so it can be brought back with `ongedaanMaken`. */
export async function verwijderen(db: MonitorDb, id: number, actor: Actor): Promise<Toelichting> {
	const note = await getToelichting(db, id, actor);
	const user = must(actor, note.plek);
	await db.query(`UPDATE toelichting SET verwijderd_op = CAST($op AS TIMESTAMP), verwijderd_door = $door WHERE id = CAST($id AS INTEGER)`, {
		id,
		op: now(),
		door: user.name
	});
	// Pages show their notes: the rendered pages kept in the cache no longer hold.
	clearPageCache();
	return getToelichting(db, id, actor);
}

/** Undo a delete. */
export async function ongedaanMaken(db: MonitorDb, id: number, actor: Actor): Promise<Toelichting> {
	const note = await getToelichting(db, id, actor);
	must(actor, note.plek);
	await db.query(`UPDATE toelichting SET verwijderd_op = NULL, verwijderd_door = NULL WHERE id = CAST($id AS INTEGER)`, { id });
	// Pages show their notes: the rendered pages kept in the cache no longer hold.
	clearPageCache();
	return getToelichting(db, id, actor);
}

/** Every note of a schooljaar the actor may read (deleted ones left out), SWV first, then kringen, then schools. */
export async function notenVanSchooljaar(db: MonitorDb, schooljaar: string, actor: Actor): Promise<Toelichting[]> {
	const sj = plekSchema.parse({ niveau: 'swv', sleutel: '', schooljaar }).schooljaar;
	const volgorde: Record<Niveau, number> = { swv: 0, kring: 1, school: 2 };
	return (await readNotes(db, 'schooljaar = $schooljaar', { schooljaar: sj }))
		.filter((n) => !n.verwijderd && magLezen(actor, n.plek))
		.sort(
			(a, b) => volgorde[a.plek.niveau] - volgorde[b.plek.niveau] || a.plek.sleutel.localeCompare(b.plek.sleutel, 'nl') || a.metric.localeCompare(b.metric)
		);
}
