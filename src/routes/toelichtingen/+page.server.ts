import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { opslaan, verwijderen, ongedaanMaken, herstellen, notenVanSchooljaar, ToelichtingError, type Niveau } from '$lib/server/toelichtingen';
import { secties } from '$lib/jaarverslag';
import { alsSector } from '$lib/sector';

/**
 * The shared form actions behind <Toelichting>: every page's note forms post here and come back to
 * the page they came from (at the note). Only a failed action shows this page, with the reason.
 */
export const load = (async ({ url, locals }) => {
	const { db, registry } = await context();
	const jaren = (await db.query(`SELECT DISTINCT schooljaar(teldatum) AS sj FROM telling ORDER BY sj DESC`)).rows.map((r) => String(r.sj));
	const gevraagd = url.searchParams.get('schooljaar');
	const schooljaar = gevraagd && jaren.includes(gevraagd) ? gevraagd : (jaren[0] ?? null);
	const noten = schooljaar ? await notenVanSchooljaar(db, schooljaar, locals) : [];
	// What the SWV's jaarverslag still lacks: its figures without a note of the SWV in this schooljaar.
	const metNoot = new Set(noten.filter((n) => n.plek.niveau === 'swv').map((n) => n.metric));
	// A VO SWV's jaarverslag has no sbo, so or rugzak figure to write a note for (issue 16).
	const sector = alsSector((await registry.run('monitor_info', {}, locals.scope)).rows[0]?.sector);
	const zonder = secties(sector).flatMap((s) => s.metrics.filter((m) => !metNoot.has(m)).map((m) => ({ metric: m, sectie: s.id, titel: s.titel })));
	// A school by its name, as on its page (a code like 96XN00 tells a reader nothing).
	const namen = noten.some((n) => n.plek.niveau === 'school')
		? new Map((await db.query(`SELECT brin || vestiging AS code, naam FROM scholen`)).rows.map((r) => [String(r.code), String(r.naam)]))
		: new Map<string, string>();
	return {
		schooljaren: jaren,
		schooljaar,
		noten: noten.map((n) => ({
			id: n.id,
			metric: n.metric,
			plek: n.plek,
			plekNaam: n.plek.niveau === 'school' ? (namen.get(n.plek.sleutel) ?? `School ${n.plek.sleutel}`) : null,
			tekst: n.tekst,
			auteur: n.auteur,
			tijdstip: n.tijdstip
		})),
		zonder
	};
}) satisfies PageServerLoad;

/** Back to a page of this monitor only (never another site). */
function terugNaar(form: FormData): string {
	const t = String(form.get('terug') ?? '/');
	return t.startsWith('/') && !t.startsWith('//') && !t.includes('\\') ? t : '/';
}

function anker(form: FormData): string {
	const m = String(form.get('metric') ?? '');
	return /^[a-z0-9_]+$/.test(m) ? `#toelichting-${m}` : '';
}

const idSchema = z.coerce.number().int().positive();

async function handle(request: Request, fn: (form: FormData) => Promise<unknown>) {
	const form = await request.formData();
	const terug = terugNaar(form);
	try {
		await fn(form);
	} catch (e) {
		if (e instanceof ToelichtingError) return fail(e.status, { fout: e.message, terug, tekst: String(form.get('tekst') ?? '') });
		if (e instanceof z.ZodError)
			return fail(400, { fout: `De toelichting is niet opgeslagen: ${e.issues[0].message}.`, terug, tekst: String(form.get('tekst') ?? '') });
		throw e;
	}
	redirect(303, terug + anker(form));
}

export const actions = {
	opslaan: async ({ request, locals }) => {
		const { db, registry } = await context();
		return handle(request, (f) =>
			opslaan(
				db,
				{
					metric: String(f.get('metric') ?? ''),
					plek: { niveau: String(f.get('niveau')) as Niveau, sleutel: String(f.get('sleutel') ?? ''), schooljaar: String(f.get('schooljaar') ?? '') },
					tekst: String(f.get('tekst') ?? ''),
					basisVersie: f.get('basisVersie') ? idSchema.parse(f.get('basisVersie')) : null
				},
				locals
			)
		);
	},
	verwijderen: async ({ request, locals }) => {
		const { db, registry } = await context();
		return handle(request, (f) => verwijderen(db, idSchema.parse(f.get('id')), locals));
	},
	ongedaan: async ({ request, locals }) => {
		const { db, registry } = await context();
		return handle(request, (f) => ongedaanMaken(db, idSchema.parse(f.get('id')), locals));
	},
	herstellen: async ({ request, locals }) => {
		const { db, registry } = await context();
		return handle(request, (f) => herstellen(db, idSchema.parse(f.get('id')), idSchema.parse(f.get('versie')), locals));
	}
} satisfies Actions;
