/**
 * Own targets (streefwaarden, issue 19): the bestuur (and the beheerder) writes per figure the target
 * of its ondersteuningsplan; the overview's tiles, sentences and signals use them. Role and origin are
 * checked here on the server again (the access table already refuses other roles).
 */
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { requireRole } from '$lib/server/guard';
import { requireSameOrigin } from '$lib/server/auth/csrf';
import { clientAddress } from '$lib/server/audit';
import { StreefwaardeError, huidigeStreefwaarden, streefGeschiedenis, zetStreefwaarde } from '$lib/server/streefwaarden';
import { STREEF_METRICS } from '$lib/vertellen/streefwaarden';

export const load = (async ({ locals }) => {
	requireRole(locals, 'beheerder', 'bestuur');
	const { db } = await context();
	return { metrics: [...STREEF_METRICS], huidig: await huidigeStreefwaarden(db), geschiedenis: await streefGeschiedenis(db) };
}) satisfies PageServerLoad;

export const actions = {
	opslaan: async (event) => {
		requireRole(event.locals, 'beheerder', 'bestuur');
		requireSameOrigin(event);
		const form = await event.request.formData();
		const { db } = await context();
		try {
			const s = await zetStreefwaarde(db, event.locals, { metric: form.get('metric'), min: form.get('min'), max: form.get('max') }, clientAddress(event));
			return { gelukt: true, metric: s.metric, melding: 'De streefwaarde is opgeslagen.' };
		} catch (e) {
			if (e instanceof StreefwaardeError) return fail(e.status, { gelukt: false, metric: String(form.get('metric') ?? ''), melding: e.message });
			throw e;
		}
	}
} satisfies Actions;
