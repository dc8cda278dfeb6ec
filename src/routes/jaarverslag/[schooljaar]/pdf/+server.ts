import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { printPdf } from '$lib/server/pdf';

/**
 * GET /jaarverslag/<schooljaar>/pdf[?kring=…|?school=…] — the same page, printed by Chromium to an A4
 * PDF. The page is loaded as the same user (the session cookies are passed on), so the PDF holds
 * exactly what this user may see.
 */
export const GET: RequestHandler = async ({ params, url, request }) => {
	if (!/^\d{4}-\d{4}$/.test(params.schooljaar)) error(400, 'Schrijf het schooljaar als 2024-2025.');
	const pagina = new URL(`/jaarverslag/${params.schooljaar}${url.search}`, url.origin);
	const pdf = await printPdf(pagina, request.headers.get('cookie'));
	const plek = url.searchParams.get('school') ?? url.searchParams.get('kring') ?? '';
	const naam = `jaarverslag-${params.schooljaar}${plek ? `-${plek}` : ''}`.replace(/[^\w.-]+/g, '_');
	return new Response(pdf as BodyInit, {
		headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${naam}.pdf"`, 'Cache-Control': 'private, no-store' }
	});
};
