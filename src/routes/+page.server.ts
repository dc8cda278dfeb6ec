import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import type { KerncijfersRow } from '$lib/kerncijfers';
import { loadToelichtingen } from '$lib/server/toelichtingen';
import type { QueryRows } from '$lib/rows.generated';
import { geldTegel } from '$lib/financien';
import type { FinancienJarenRow } from '$lib/rows.generated';

export const load = (async ({ url, locals }) => {
	const { db, registry } = await context();
	try {
		const [jaren, kern, geld] = await Promise.all([
			registry.run('schooljaren', {}, locals.scope),
			registry.run('kerncijfers', {}, locals.scope),
			// The SWV's own accounts (issue 18): a tile for the board, never for a school account.
			locals.scope.role === 'school' ? null : registry.run('financien_jaren', {}, locals.scope)
		]);
		const schooljaren = jaren.rows.map((r) => String(r.schooljaar));
		const gevraagd = url.searchParams.get('schooljaar');
		if (gevraagd !== null) registry.bindParams(registry.get('kerncijfers'), { schooljaar: gevraagd }, locals.scope);
		const schooljaar = gevraagd ?? schooljaren[0] ?? null;
		// The thuiszitters tile (issue 17): only when a thuiszitterslijst was loaded.
		const thuis = ((await registry.run('thuiszitters_peildatum', { schooljaar }, locals.scope)).rows[0] ?? null) as unknown as QueryRows['thuiszitters_peildatum'] | null;
		return {
			thuiszitters: thuis && thuis.thuiszitters !== null ? thuis : null,
			schooljaren,
			schooljaar,
			toelichtingen: schooljaar ? await loadToelichtingen(db, { niveau: 'swv', sleutel: '', schooljaar }, locals) : null,
			kerncijfers: kern.rows as unknown as KerncijfersRow[],
			geld: geld ? geldTegel(geld.rows as unknown as FinancienJarenRow[]) : null
		};
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;
