/**
 * The thuiszitters page on the server (issue 17): which figures a role gets, from the URL's schooljaar
 * and peildatum. Kept apart from the route so the page component stays layout only.
 *
 *  - bestuur, adviseur: everything, the Monday list (pupil codes; today's, see lijstDatum) included, exact counts per gemeente;
 *  - beheerder: the same without the list; per gemeente 1–4 as <5 (the registry, `@exact`);
 *  - school: the SWV totals and its own school's counts (1–4 as <5); no gemeente, no school listing, no
 *    code: those queries are refused for it by the registry and never run for it here.
 */
import { runOn, type MonitorDb } from './db';
import { paginaToelichtingen, type Figuur, type Pagina } from './pagina';
import { context } from './context';
import { vandaagInNederland } from '../format';
import { loadToelichtingen } from './toelichtingen';
import type { QueryRows } from '../rows.generated';

export interface ThuiszittersKeuze {
	schooljaar: string | null;
	peildatum: string | null;
}

/** `?schooljaar=2024-2025` and `?peildatum=2024-10-01` (validated by the registry). */
export function leesKeuze(url: URL): ThuiszittersKeuze {
	const get = (k: string) => url.searchParams.get(k)?.trim() || null;
	return { schooljaar: get('schooljaar'), peildatum: get('peildatum') };
}

/**
 * The date of the Monday list: what an adviseur opens is the list of today, not of 1 oktober. A
 * chosen `?peildatum=` is kept; otherwise today, or the last date in the verzuim data (the latest start
 * or end) when that lies before today: the data cannot know what happened since it was exported, so
 * the page says for which date the list is.
 */
export interface LijstDatum {
	datum: string;
	waarom: 'gekozen' | 'vandaag' | 'laatste_gegevens';
	vandaag: string;
}

export async function lijstDatum(db: MonitorDb, peildatum: string | null, vandaag: string): Promise<LijstDatum> {
	if (peildatum) return { datum: peildatum, waarom: 'gekozen', vandaag };
	const r = await db.query(`SELECT strftime(greatest(max(startdatum), max(einddatum)), '%Y-%m-%d') AS laatste FROM verzuim`);
	const laatste = r.rows[0]?.laatste == null ? null : String(r.rows[0].laatste);
	return laatste && laatste < vandaag ? { datum: laatste, waarom: 'laatste_gegevens', vandaag } : { datum: vandaag, waarom: 'vandaag', vandaag };
}

export async function loadThuiszitters({ run, optioneel }: Pagina, locals: App.Locals, url: URL, vandaag = vandaagInNederland()) {
	const keuze = leesKeuze(url);
	const p = { schooljaar: keuze.schooljaar, peildatum: keuze.peildatum };
	const role = locals.scope.role;
	const school = role === 'school' ? (locals.scope.schools?.[0] ?? null) : null;
	const [peil, perJaar, redenen] = await Promise.all([run('thuiszitters_peildatum', p), run('thuiszitters_per_schooljaar'), run('thuiszitters_redenen', p)]);
	const nu = peil.rows[0] ?? null;
	const schooljaar = nu?.schooljaar ?? null;
	const { db } = await context();
	const maandag = role === 'bestuur' || role === 'adviseur' ? await lijstDatum(db, keuze.peildatum, vandaag) : null;
	// Listings by gemeente or school and the Monday list: only where the registry allows them.
	const [gemeenten, scholen, lijst, eigen] = await Promise.all([
		role === 'school' ? null : optioneel('thuiszitters_per_gemeente', p),
		role === 'school' ? null : optioneel('thuiszitters_per_school', p),
		maandag ? optioneel('thuiszitters_lijst', { schooljaar: null, peildatum: maandag.datum }) : null,
		school ? run('thuiszitters_school', { school }) : null
	]);
	const toelichtingen = school
		? await loadToelichtingen(db, { niveau: 'school', sleutel: school, schooljaar: schooljaar ?? '' }, locals)
		: await paginaToelichtingen(locals, schooljaar, null);
	const schoolNaam = school ? String((await db.query(`SELECT naam FROM scholen WHERE brin || vestiging = $s`, { s: school })).rows[0]?.naam ?? school) : null;
	return {
		keuze,
		schooljaar,
		peil,
		perJaar,
		redenen,
		gemeenten,
		scholen,
		lijst,
		lijstDatum: maandag,
		eigen: eigen as Figuur<QueryRows['thuiszitters_school']> | null,
		school: school ? { code: school, naam: schoolNaam! } : null,
		magDoelZetten: role === 'bestuur' || role === 'beheerder',
		toelichtingen
	};
}

/** The SWV's own target (meta key thuiszitters_doel): a number per 1.000, 'niemand_langer_3_maanden', or '' to clear. */
export async function zetDoel(waarde: string): Promise<string | null> {
	const v = waarde.trim().replace(',', '.');
	if (v !== '' && v !== 'niemand_langer_3_maanden' && !(Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) < 1000)) {
		return 'Vul een getal per 1.000 leerlingen in (bijvoorbeeld 0,5), kies "niemand langer dan 3 maanden", of laat het leeg.';
	}
	const { db } = await context();
	// A new data version: the figures and the cached pages that show the target follow at once.
	await db.withConnection((c) =>
		db.changeData(c, async () => {
			if (v === '') await runOn(c, `DELETE FROM meta WHERE key = 'thuiszitters_doel'`);
			else await runOn(c, `INSERT OR REPLACE INTO meta VALUES ('thuiszitters_doel', $v)`, { v });
		})
	);
	return null;
}
