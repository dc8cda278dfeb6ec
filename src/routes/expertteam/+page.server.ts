import { vandaagInNederland } from '$lib/format';
import type { PageServerLoad } from './$types';
import { signalenExpertteam } from '$lib/vertellen';
import { pagina } from '$lib/server/pagina';
import { LISTING_LIMIT } from '$lib/lijst';
import { sectorVan } from '$lib/server/sector';
import { sectorWoorden } from '$lib/sector';

const FILTERS = ['schooljaar', 'kring', 'organisatie', 'expertise', 'activiteit'] as const;
export type ExpertteamFilters = Record<(typeof FILTERS)[number], string | null>;

export const load = pagina(
	async ({ run, optioneel, toelichtingen, filters, schooljaar }) => {
		// Today's date as a parameter: the pace changes with the day, and the query cache is keyed on parameters.
		const vandaag = vandaagInNederland();
		const [opties, kringen, burnup, verdeling, scholen] = await Promise.all([
			run('expertteam_opties'),
			run('expertteam_kringen', { schooljaar, kring: null, vandaag }),
			run('expertteam_burnup', { schooljaar, vandaag }),
			run('expertteam_verdeling', { schooljaar }),
			optioneel('expertteam_scholen', { schooljaar })
		]);
		// A VO database (issue 16): formatie per school with its vaste AB'er.
		const sector = await sectorVan(run);
		const voAb = sector === 'vo' ? await optioneel('vo_ab_per_school', { schooljaar, kring: filters.kring ?? null }) : null;
		const keuzes = (f: string) => opties.rows.filter((r) => r.filter === f).map((r) => String(r.waarde));
		const kring = filters.kring ?? null;
		const perKring = kringen.rows.filter((r) => !r.totaal);
		const gekozen = kring ? (perKring.find((r) => r.kring === kring) ?? null) : null;
		const gekozenFilters = Object.fromEntries(FILTERS.map((f) => [f, filters[f] ?? null])) as ExpertteamFilters;
		return {
			voAb,
			filters: { ...gekozenFilters, schooljaar },
			opties: {
				schooljaar: keuzes('schooljaar').reverse(),
				kring: keuzes('kring'),
				organisatie: keuzes('organisatie'),
				expertise: keuzes('expertise'),
				activiteit: keuzes('activiteit')
			},
			kringen: kringen.rows,
			burnup: burnup.rows,
			verdeling: verdeling.rows,
			// Schools without hours are found on the server from all schools; the listing itself is
			// capped (a very large SWV has thousands; the CSV has all).
			signalen: signalenExpertteam(gekozen ? [gekozen] : perKring, scholen?.rows ?? [], sectorWoorden(sector)),
			scholen: scholen ? scholen.rows.slice(0, LISTING_LIMIT) : null,
			scholenTotaal: scholen?.total ?? 0,
			// Notes are about all hours of the SWV or a kring, not about one organisatie, expertise or activiteit.
			toelichtingen: await toelichtingen(kring, !!(filters.organisatie || filters.expertise || filters.activiteit))
		};
	},
	{
		filters: FILTERS,
		// The expertteam's own schooljaren (hours and formatie), not those with a telling.
		jaren: async (run) =>
			(await run('expertteam_opties')).rows
				.filter((r) => r.filter === 'schooljaar')
				.map((r) => String(r.waarde))
				.reverse()
	}
) satisfies PageServerLoad;
