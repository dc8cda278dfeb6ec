/**
 * The thuiszitters page on the server (issue 17): which figures a role gets, from the URL's schooljaar
 * and peildatum. Kept apart from the route so the page component stays layout only.
 *
 *  - bestuur, adviseur: everything, the Monday list (pupil codes) included, exact counts per gemeente;
 *  - beheerder: the same without the list; per gemeente 1–4 as <5 (the registry, `@exact`);
 *  - school: the SWV totals and its own school's counts (1–4 as <5); no gemeente, no school listing, no
 *    code: those queries are refused for it by the registry and never run for it here.
 */
import { runOn } from './db';
import { paginaToelichtingen, type Figuur, type Pagina } from './pagina';
import { context } from './context';
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

export async function loadThuiszitters({ run, optioneel }: Pagina, locals: App.Locals, url: URL) {
	const keuze = leesKeuze(url);
	const p = { schooljaar: keuze.schooljaar, peildatum: keuze.peildatum };
	const role = locals.scope.role;
	const school = role === 'school' ? (locals.scope.schools?.[0] ?? null) : null;
	const [peil, perJaar, redenen] = await Promise.all([run('thuiszitters_peildatum', p), run('thuiszitters_per_schooljaar'), run('thuiszitters_redenen', p)]);
	const nu = peil.rows[0] ?? null;
	const schooljaar = nu?.schooljaar ?? null;
	// Listings by gemeente or school and the Monday list: only where the registry allows them.
	const [gemeenten, scholen, lijst, eigen] = await Promise.all([
		role === 'school' ? null : optioneel('thuiszitters_per_gemeente', p),
		role === 'school' ? null : optioneel('thuiszitters_per_school', p),
		role === 'bestuur' || role === 'adviseur' ? optioneel('thuiszitters_lijst', p) : null,
		school ? run('thuiszitters_school', { school }) : null
	]);
	const { db } = await context();
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

