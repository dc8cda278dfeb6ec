import type { PageServerLoad } from './$types';
import { pagina, zoekEnBlader } from '$lib/server/pagina';

/**
 * The list of all schools (scope all: the roles issue sends a school user to its own page instead).
 * A very large SWV has thousands of schools: the list is searched (?zoek= part of a name, code,
 * kring or gemeente) and shown a page of LISTING_LIMIT at a time (?pagina=); the CSV has them all.
 * A VO database (issue 16) lists its vo and pro schools with lwoo and the vso-TLVs that came from them.
 */
export const load = pagina(async ({ run, schooljaar, perSector }, { url }) => {
	const zoek = (url.searchParams.get('zoek') ?? '').trim();
	const pagina = Number(url.searchParams.get('pagina'));
	const blader = <R extends { naam: string | null; school: string | null; kring: string | null; gemeente: string | null }>(alle: {
		rows: R[];
		total: number;
		csv: string;
	}) => {
		const blad = zoekEnBlader(alle.rows, (s) => [s.naam, s.school, s.kring, s.gemeente], zoek, pagina);
		return { lijst: { rows: blad.rows, total: alle.total, csv: alle.csv }, blad };
	};
	const gekozen = await perSector({
		po: async () => blader(await run('verwijzingen_per_school', { schooljaar })),
		vo: async () => blader(await run('vo_deelname_per_school', { schooljaar }))
	});
	const blad = (gekozen.po ?? gekozen.vo).blad;
	return {
		scholen: gekozen.po?.lijst ?? null,
		voScholen: gekozen.vo?.lijst ?? null,
		zoek,
		gevonden: blad.gevonden,
		vanaf: blad.vanaf,
		pagina: blad.pagina,
		paginas: blad.paginas
	};
}) satisfies PageServerLoad;
