import type { PageServerLoad } from './$types';
import { pagina, zoekEnBlader } from '$lib/server/pagina';

/**
 * The list of all schools (scope all: the roles issue sends a school user to its own page instead).
 * A very large SWV has thousands of schools: the list is searched (?zoek= part of a name, code,
 * kring or gemeente) and shown a page of LISTING_LIMIT at a time (?pagina=); the CSV has them all.
 */
export const load = pagina(async ({ run, schooljaar }, { url }) => {
	const alle = await run('verwijzingen_per_school', { schooljaar });
	const zoek = (url.searchParams.get('zoek') ?? '').trim();
	const blad = zoekEnBlader(alle.rows, (s) => [s.naam, s.school, s.kring, s.gemeente], zoek, Number(url.searchParams.get('pagina')));
	return {
		scholen: { rows: blad.rows, total: alle.total, csv: alle.csv },
		zoek,
		gevonden: blad.gevonden,
		vanaf: blad.vanaf,
		pagina: blad.pagina,
		paginas: blad.paginas
	};
}) satisfies PageServerLoad;
