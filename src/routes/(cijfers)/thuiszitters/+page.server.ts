import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loadThuiszitters, zetDoel } from '$lib/server/thuiszitters';
import { pagina } from '$lib/server/pagina';

export const load = pagina((p, { url, locals }) => loadThuiszitters(p, locals, url), { filters: ['schooljaar', 'peildatum'] }) satisfies PageServerLoad;

export const actions = {
	/** The SWV's own target: bestuur or beheerder (the page offers the form to them only). */
	doel: async ({ request, locals }) => {
		if (locals.scope.role !== 'bestuur' && locals.scope.role !== 'beheerder') return fail(403, { fout: 'Alleen bestuur of beheerder kan het doel zetten.' });
		const fout = await zetDoel(String((await request.formData()).get('doel') ?? ''));
		return fout ? fail(400, { fout }) : { ok: true };
	}
} satisfies Actions;
