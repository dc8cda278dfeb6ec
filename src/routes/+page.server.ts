import type { PageServerLoad } from './$types';
import { pagina } from '$lib/server/pagina';
import { geldTegel } from '$lib/financien';
import { sectorVan } from '$lib/server/sector';

export const load = pagina(
	async ({ run, optioneel, toelichtingen, schooljaar }) => {
		const [sector, jaren, kern, notes, thuis, geld] = await Promise.all([
			sectorVan(run),
			run('schooljaren'),
			run('kerncijfers', { schooljaar: null }),
			toelichtingen(null),
			// The thuiszitters tile (issue 17): only when a thuiszitterslijst was loaded.
			run('thuiszitters_peildatum', { schooljaar }),
			// The SWV's own accounts (issue 18): a tile for the board; a school account may not read them.
			optioneel('financien_jaren', { schooljaar: null })
		]);
		const t = thuis.rows[0] ?? null;
		return {
			sector,
			schooljaren: jaren.rows.map((r) => String(r.schooljaar)),
			schooljaar,
			toelichtingen: notes,
			kerncijfers: kern.rows,
			thuiszitters: t && t.thuiszitters !== null ? t : null,
			geld: geld ? geldTegel(geld.rows) : null
		};
	},
	{ filters: ['schooljaar'] }
) satisfies PageServerLoad;
