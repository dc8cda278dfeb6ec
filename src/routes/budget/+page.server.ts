import type { PageServerLoad } from './$types';
import { signalenBudget } from '$lib/vertellen';
import { pagina } from '$lib/server/pagina';
import { LISTING_LIMIT } from '$lib/lijst';

export const load = pagina(
	async ({ run, optioneel, toelichtingen, filters, schooljaar }) => {
		const kring = filters.kring ?? null;
		const [kringen, waterval, scholen] = await Promise.all([
			run('budget_kringen', { schooljaar: null, kring: null }),
			run('budget_waterval', { schooljaar }),
			optioneel('budget_scholen', { schooljaar })
		]);
		const k = kringen.rows;
		return {
			filters: { schooljaar, kring },
			opties: {
				schooljaar: budgetJaren(k),
				kring: [...new Set(k.filter((r) => !r.totaal).map((r) => String(r.kring)))].sort()
			},
			// What the page shows of the kring rows (all kringen × all schooljaren is thousands of rows in
			// a very large SWV): the chosen kring's or the SWV's trend, and the kringen of the schooljaar.
			reeks: k.filter((r) => (kring ? r.kring === kring : r.totaal)),
			swvNu: k.find((r) => r.totaal && r.schooljaar === schooljaar) ?? null,
			perKring: kring ? [] : k.filter((r) => !r.totaal && r.schooljaar === schooljaar),
			waterval: waterval.rows,
			// The flagged schools come from all schools; the listing itself is capped (the CSV has all).
			signalen: signalenBudget(scholen?.rows ?? []),
			scholen: scholen ? scholen.rows.slice(0, LISTING_LIMIT) : null,
			scholenTotaal: scholen?.total ?? 0,
			toelichtingen: await toelichtingen(kring)
		};
	},
	{
		filters: ['schooljaar', 'kring'],
		// The budget's own schooljaren (toekenning and besteding), not those with a telling.
		jaren: async (run) => budgetJaren((await run('budget_kringen', { schooljaar: null, kring: null })).rows)
	}
) satisfies PageServerLoad;

/** The schooljaren with a budget, newest first (budget_kringen lists them oldest first). */
const budgetJaren = (rows: { schooljaar: string | null }[]) => [...new Set(rows.map((r) => String(r.schooljaar)))].reverse();
