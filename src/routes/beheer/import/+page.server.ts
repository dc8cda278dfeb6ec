/**
 * Web import: `controleer` stores the uploaded files under a token and checks them (a dry run);
 * `inlezen` loads exactly those files after the user confirmed (the rows the check read, when the
 * mappings are the same); `annuleren` throws them away.
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
import { vandaagInNederland } from '$lib/format';
import { koppelingSchema, type Koppeling } from '$lib/server/import/koppeling';
import { bewaarProfiel, hernoemProfiel, leesProfielJson, profielen, verwijderProfiel } from '$lib/server/import/profielen';
import { z } from 'zod';
import { discardUpload, maxUploadBytes, openUpload, saveUpload, tooLargeMessage } from '$lib/server/import/uploads';

export const load = (async ({ locals }) => {
	requireRole(locals, 'beheerder');
	const { db } = await context();
	// The process that will read the files starts now, while the beheerder chooses them (import/apart.ts,
	// imported as the importer does: its own chunk is what the child runs).
	await import('$lib/server/import/apart').then((m) => m.prepareChild());
	// A demo account's import ends demo mode: the page asks for the first real beheerder (auth/eerste-beheerder.ts).
	return {
		maxBytes: maxUploadBytes(),
		extensies: [...READABLE],
		eersteBeheerder: await firstAccountNeeded(db, locals.user),
		voorverwarmen: warmStatus(),
		profielen: (await profielen(db)).map((p) => ({
			naam: p.naam,
			tabel: p.tabel,
			kop: p.kop,
			door: p.door,
			tijdstip: p.tijdstip,
			json: JSON.stringify({ formaat: 'passend-monitor-kolomprofiel', ...p.koppeling }, null, 2)
		}))
	};
}) satisfies PageServerLoad;

const userOf = (locals: App.Locals) => locals.user?.name ?? 'onbekend';

/** The mappings the confirm form carries back (the beheerder's own, checked again here). */
const koppelingenVeld = z.array(koppelingSchema.extend({ naam: z.string().optional() })).max(50);
function leesKoppelingen(form: FormData): Koppeling[] {
	try {
		return koppelingenVeld.parse(JSON.parse(String(form.get('koppelingen') ?? '[]')));
	} catch {
		return [];
	}
}

/**
 * The mapping screen's form → one mapping per file: `kolom-F-I` is the column header I of file F is
 * read as ('' = niet inlezen); `van-F-I-K` / `waarde-F-I-K` a value of that column and what it means.
 */
function koppelingenUit(form: FormData): { koppelingen: Koppeling[]; namen: string[] } {
	const koppelingen: Koppeling[] = [];
	const namen: string[] = [];
	for (let f = 0; form.has(`kop-${f}`); f++) {
		const kop = z.array(z.string()).parse(JSON.parse(String(form.get(`kop-${f}`))));
		const kolommen: Record<string, string | null> = {};
		const waarden: Record<string, Record<string, string>> = {};
		kop.forEach((h, i) => {
			const col = String(form.get(`kolom-${f}-${i}`) ?? '');
			kolommen[h] = col === '' ? null : col;
			for (let k = 0; form.has(`van-${f}-${i}-${k}`); k++) {
				const naar = String(form.get(`waarde-${f}-${i}-${k}`) ?? '');
				if (col && naar) (waarden[col] ??= {})[String(form.get(`van-${f}-${i}-${k}`))] = naar;
			}
		});
		koppelingen.push(koppelingSchema.parse({ tabel: String(form.get(`tabel-${f}`)), kop, kolommen, waarden }));
		namen.push(String(form.get(`profiel-${f}`) ?? '').trim());
	}
	return { koppelingen, namen };
}

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
			const report = await runImport(db, upload.paths, { dryRun: true, names: upload.names, user: upload.user, isolate: true, gelezen: upload.gelezen });
			// Columns to map: the files wait for the beheerder's mapping.
			keep = report.ok || !!report.koppelen;
			return { report, token: keep ? upload.token : null, koppelingen: '[]' };
		} finally {
			// Refused (or failed): the files are not needed any more.
			if (!keep) discardUpload(upload.token);
		}
	},

	koppelen: async (event) => {
		const { request, locals } = event;
		requireRole(locals, 'beheerder');
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const upload = openUpload(token);
		if (!upload) return fail(410, { fout: 'De bestanden zijn niet meer beschikbaar (te lang gewacht of al ingelezen). Kies ze opnieuw.' });
		let gekozen: ReturnType<typeof koppelingenUit>;
		try {
			gekozen = koppelingenUit(form);
		} catch {
			return fail(400, { fout: 'De kolomkoppeling is niet compleet verstuurd. Kies de bestanden opnieuw.' });
		}
		const { db } = await context();
		const bewaard: string[] = [];
		for (const [i, naam] of gekozen.namen.entries()) {
			if (!naam) continue;
			const fout = await bewaarProfiel(db, naam, gekozen.koppelingen[i], userOf(locals), { ip: clientAddress(event), hoe: 'bij het koppelen van kolommen' });
			if (fout) return fail(400, { fout, token });
			bewaard.push(naam);
			(gekozen.koppelingen[i] as Koppeling & { naam?: string }).naam = naam;
		}
		const report = await runImport(db, upload.paths, {
			dryRun: true,
			names: upload.names,
			user: upload.user,
			isolate: true,
			gelezen: upload.gelezen,
			koppelingen: gekozen.koppelingen
		});
		const keep = report.ok || !!report.koppelen;
		if (!keep) discardUpload(token);
		return { report, token: keep ? token : null, koppelingen: JSON.stringify(gekozen.koppelingen), bewaard };
	},

	profielHernoemen: async (event) => {
		const { request, locals } = event;
		requireRole(locals, 'beheerder');
		const form = await request.formData();
		const { db } = await context();
		const fout = await hernoemProfiel(db, String(form.get('naam') ?? ''), String(form.get('nieuw') ?? ''), userOf(locals), { ip: clientAddress(event) });
		return fout ? fail(400, { profielFout: fout }) : { profielInfo: `Het profiel heet nu "${String(form.get('nieuw')).trim()}".` };
	},

	profielVerwijderen: async (event) => {
		const { request, locals } = event;
		requireRole(locals, 'beheerder');
		const naam = String((await request.formData()).get('naam') ?? '');
		const { db } = await context();
		if (!(await verwijderProfiel(db, naam, userOf(locals), { ip: clientAddress(event) })))
			return fail(400, { profielFout: `Er is geen profiel "${naam}" (meer). Laad de pagina opnieuw.` });
		return { profielInfo: `Het profiel "${naam}" is verwijderd.` };
	},

	profielImporteren: async (event) => {
		const { request, locals } = event;
		requireRole(locals, 'beheerder');
		const file = (await request.formData()).get('profiel');
		if (!(file instanceof File) || file.size === 0) return fail(400, { profielFout: 'Kies een profielbestand (.json) om te importeren.' });
		if (file.size > 256 * 1024) return fail(400, { profielFout: `Het bestand "${file.name}" is te groot voor een kolomprofiel (hoogstens 256 kB).` });
		const gelezen = leesProfielJson(await file.text(), file.name);
		if ('fout' in gelezen) return fail(400, { profielFout: gelezen.fout });
		const { db } = await context();
		const fout = await bewaarProfiel(db, gelezen.profiel.naam, gelezen.profiel, userOf(locals), {
			ip: clientAddress(event),
			hoe: `geïmporteerd uit ${file.name}`
		});
		return fout ? fail(400, { profielFout: `${file.name}: ${fout}` }) : { profielInfo: `Het profiel "${gelezen.profiel.naam}" is geïmporteerd.` };
	},

	inlezen: async (event) => {
		const { request, locals } = event;
		requireRole(locals, 'beheerder');
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const { db, registry } = await context();
		// Checked before anything loads; the files wait, so the beheerder only fixes the account.
		const need = await firstAccountNeeded(db, locals.user);
		const eerste = await readFirstAccount(db, form, need);
		if (eerste.fout) return fail(400, { fout: eerste.fout, token, eersteFout: true });
		const upload = openUpload(token);
		if (!upload) return fail(410, { fout: 'De gecontroleerde bestanden zijn niet meer beschikbaar (te lang gewacht of al ingelezen). Kies ze opnieuw.' });
		try {
			// The rows the check read are loaded when the files and mappings are the same (apart.ts): not read again.
			const report = await runImport(db, upload.paths, {
				names: upload.names,
				user: userOf(locals),
				isolate: true,
				gelezen: upload.gelezen,
				koppelingen: leesKoppelingen(form)
			});
			// In the background, not awaited: the figures people asked for before, computed again for the new
			// data, then the most opened pages rendered for bestuur and adviseur.
			if (report.loaded)
				warmAfterImport(
					db,
					(path) => event.fetch(path),
					() => registry.herbereken(vandaagInNederland())
				);
			if (report.loaded && eerste.account) {
				const by = userOf(locals);
				const user = await startFirstAccount(db, eerste.account, event.cookies, event.url);
				await audit(db, {
					user: by,
					event: 'account_toegevoegd',
					details: `${user.name} (beheerder), eerste eigen account bij het inlezen`,
					ip: clientAddress(event)
				});
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
