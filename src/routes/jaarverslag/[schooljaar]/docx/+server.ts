import { vandaagInNederland } from '$lib/format';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import { loadJaarverslag } from '$lib/server/jaarverslag';
import { jaarverslagDocx, type Grafiek } from '$lib/server/jaarverslag-docx';
import { chartImages } from '$lib/server/pdf';
import { SESSION_COOKIE } from '$lib/server/auth/accounts';

/**
 * GET /jaarverslag/<schooljaar>/docx[?kring=…|?school=…] — the jaarverslag as an editable Word
 * document. Its text and tables come from loadJaarverslag with this user's scope (a school account
 * gets its own school, with "<5" and "verborgen" as on the page); its charts are the page's own,
 * photographed by the print browser as this same user (pdf.ts). When the print browser is busy or
 * fails, the document is still made, and each chart's place points to the PDF.
 */
export const GET: RequestHandler = async ({ params, url, cookies, locals }) => {
	if (!/^\d{4}-\d{4}$/.test(params.schooljaar)) error(400, 'Schrijf het schooljaar als 2024-2025.');
	const { db, registry } = await context();
	const keuze = { schooljaar: params.schooljaar, kring: url.searchParams.get('kring'), school: url.searchParams.get('school') };
	let verslag;
	try {
		verslag = await loadJaarverslag(db, registry, keuze, locals);
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
	let grafieken: Grafiek[] | null = null;
	try {
		grafieken = await chartImages(`/jaarverslag/${params.schooljaar}${url.search}`, cookies.get(SESSION_COOKIE));
	} catch (e) {
		console.warn(`Jaarverslag-docx zonder grafieken: ${e instanceof Error ? e.message : e}`);
	}
	const docx = await jaarverslagDocx(verslag, { gemaakt: vandaagInNederland(), grafieken });
	// The place the report is about (a school account's own school, whatever it asked for).
	const plek = verslag.niveau === 'swv' ? '' : verslag.sleutel;
	const naam = `jaarverslag-${params.schooljaar}${plek ? `-${plek}` : ''}`.replace(/[^\w.-]+/g, '_');
	return new Response(docx as BodyInit, {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'Content-Disposition': `attachment; filename="${naam}.docx"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
