/**
 * Web import: `controleer` stores the uploaded files under a token and checks them (a dry run);
 * `inlezen` loads exactly those files after the user confirmed; `annuleren` throws them away.
 * The running server holds the database: the files are read in a child process with its own memory
 * limits (import/apart.ts), the checked rows are loaded here; a successful import bumps the data
 * version, which refreshes the query cache of every page. Uploaded files never outlive their import.
 */
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { requireRole } from '$lib/server/guard';
import { runImport } from '$lib/server/import/importer';
import { READABLE } from '$lib/server/import/read';
import { firstAccountNeeded, readFirstAccount, startFirstAccount } from '$lib/server/auth/eerste-beheerder';
import { scopeOf } from '$lib/server/auth/accounts';
import { audit, clientAddress } from '$lib/server/audit';
import { warmAfterImport, warmStatus } from '$lib/server/voorverwarmen';
import { discardUpload, maxUploadBytes, openUpload, saveUpload, tooLargeMessage } from '$lib/server/import/uploads';

export const load = (async ({ locals }) => {
	requireRole(locals, 'beheerder');
	const { db } = await context();
	// A demo account's import ends demo mode: the page asks for the first real beheerder (auth/eerste-beheerder.ts).
	return {
		maxBytes: maxUploadBytes(),
		extensies: [...READABLE],
		eersteBeheerder: await firstAccountNeeded(db, locals.user),
		voorverwarmen: warmStatus()
	};
}) satisfies PageServerLoad;

const userOf = (locals: App.Locals) => locals.user?.name ?? 'onbekend';

export const actions = {
	controleer: async ({ request, locals }) => {
		requireRole(locals, 'beheerder');
		// Refuse before reading the body, so a huge upload is not buffered first.
		const length = Number(request.headers.get('content-length') ?? 0);
		if (length > maxUploadBytes() + 64 * 1024) return fail(413, { fout: tooLargeMessage(length) });
		const files = (await request.formData()).getAll('bestanden').filter((f): f is File => f instanceof File && f.size > 0);
		if (files.length === 0) return fail(400, { fout: 'Kies een of meer bestanden om in te lezen.' });
		const total = files.reduce((a, f) => a + f.size, 0);
		if (total > maxUploadBytes()) return fail(413, { fout: tooLargeMessage(total) });
		const upload = await saveUpload(files, userOf(locals));
		let keep = false;
		try {
			const { db } = await context();
			const report = await runImport(db, upload.paths, { dryRun: true, names: upload.names, user: upload.user, isolate: true });
			keep = report.ok;
			return { report, token: report.ok ? upload.token : null };
		} finally {
			// Refused (or failed): the files are not needed any more.
			if (!keep) discardUpload(upload.token);
		}
	},

	inlezen: async (event) => {
		const { request, locals } = event;
		requireRole(locals, 'beheerder');
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const { db } = await context();
		// Checked before anything loads; the files wait, so the beheerder only fixes the account.
		const need = await firstAccountNeeded(db, locals.user);
		const eerste = await readFirstAccount(db, form, need);
		if (eerste.fout) return fail(400, { fout: eerste.fout, token, eersteFout: true });
		const upload = openUpload(token);
		if (!upload) return fail(410, { fout: 'De gecontroleerde bestanden zijn niet meer beschikbaar (te lang gewacht of al ingelezen). Kies ze opnieuw.' });
		try {
			const report = await runImport(db, upload.paths, { names: upload.names, user: userOf(locals), isolate: true });
			// The most opened pages are rendered in the background for bestuur and adviseur; not awaited.
			if (report.loaded) warmAfterImport(db, (path) => event.fetch(path));
			if (report.loaded && eerste.account) {
				const by = userOf(locals);
				const user = await startFirstAccount(db, eerste.account, event.cookies, event.url);
				await audit(db, { user: by, event: 'account_toegevoegd', details: `${user.name} (beheerder), eerste eigen account bij het inlezen`, ip: clientAddress(event) });
				await audit(db, { user: user.name, event: 'inloggen', details: 'eerste eigen account bij het inlezen', ip: clientAddress(event) });
				locals.user = user;
				locals.scope = scopeOf(user);
				return { report, token: null, ingelezen: report.loaded, nieuwAccount: user.name };
			}
			return { report, token: null, ingelezen: report.loaded };
		} finally {
			discardUpload(token);
		}
	},

	annuleren: async ({ request, locals }) => {
		requireRole(locals, 'beheerder');
		discardUpload(String((await request.formData()).get('token') ?? ''));
		return { geannuleerd: true };
	}
} satisfies Actions;
