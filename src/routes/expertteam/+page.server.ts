import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import type { BurnupRow, ExpertteamKringRow, ExpertteamSchoolRow, VerdelingRow } from '$lib/expertteam';
import { signalenExpertteam } from '$lib/vertellen';
import { LISTING_LIMIT, paginaToelichtingen } from '$lib/server/pagina';

const FILTERS = ['schooljaar', 'kring', 'organisatie', 'expertise', 'activiteit'] as const;
export type ExpertteamFilters = Record<(typeof FILTERS)[number], string | null>;

export const load = (async ({ url, locals }) => {
	const { registry } = await context();
	const filters = Object.fromEntries(FILTERS.map((f) => [f, url.searchParams.get(f) || null])) as ExpertteamFilters;
	const raw = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== null)) as Record<string, string>;
	const { kring, ...zonderKring } = raw;
	// Today's date as a parameter: the pace changes with the day, and the query cache is keyed on parameters.
	const vandaag = new Date().toISOString().slice(0, 10);
	try {
		const [opties, kringen, burnup, verdeling, scholen] = await Promise.all([
			registry.run('expertteam_opties', {}, locals.scope),
			registry.run('expertteam_kringen', { ...zonderKring, vandaag }, locals.scope),
			registry.run('expertteam_burnup', { ...raw, vandaag }, locals.scope),
			registry.run('expertteam_verdeling', raw, locals.scope),
			locals.scope.role === 'school' ? null : registry.run('expertteam_scholen', raw, locals.scope)
		]);
		const keuzes = (f: string) => opties.rows.filter((r) => r.filter === f).map((r) => String(r.waarde));
		const k = kringen.rows as unknown as ExpertteamKringRow[];
		const perKring = k.filter((r) => !r.totaal);
		const gekozen = kring ? (perKring.find((r) => r.kring === kring) ?? null) : null;
		const alleScholen = scholen ? (scholen.rows as unknown as ExpertteamSchoolRow[]) : null;
		const sj = k[0]?.schooljaar ?? filters.schooljaar;
		return {
			filters: { ...filters, schooljaar: k[0]?.schooljaar ?? filters.schooljaar, kring: kring ?? null },
			opties: {
				schooljaar: keuzes('schooljaar').reverse(),
				kring: keuzes('kring'),
				organisatie: keuzes('organisatie'),
				expertise: keuzes('expertise'),
				activiteit: keuzes('activiteit')
			},
			kringen: k,
			burnup: burnup.rows as unknown as BurnupRow[],
			verdeling: verdeling.rows as unknown as VerdelingRow[],
			// Schools without hours are found on the server from all schools; the listing itself is
			// capped (a very large SWV has thousands; the CSV has all).
			signalen: signalenExpertteam(gekozen ? [gekozen] : perKring, alleScholen ?? []),
			scholen: alleScholen ? alleScholen.slice(0, LISTING_LIMIT) : null,
			scholenTotaal: alleScholen?.length ?? 0,
			// Notes are about all hours of the SWV or a kring, not about one organisatie, expertise or activiteit.
			toelichtingen: await paginaToelichtingen(locals, sj, kring, !!(filters.organisatie || filters.expertise || filters.activiteit))
		};
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;
