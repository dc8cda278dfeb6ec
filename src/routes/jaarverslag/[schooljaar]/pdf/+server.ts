import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { PdfBusy, printPdf } from '$lib/server/pdf';
import { SESSION_COOKIE } from '$lib/server/auth/accounts';

/**
 * GET /jaarverslag/<schooljaar>/pdf[?kring=…|?school=…] — the same page, printed by Chromium to an A4
 * PDF. The page is loaded as the same user (with this user's session cookie, and nothing else), from
 * the server's own fixed address (pdf.ts), so the PDF holds exactly what this user may see.
 */
export const GET: RequestHandler = async ({ params, url, cookies }) => {
	if (!/^\d{4}-\d{4}$/.test(params.schooljaar)) error(400, 'Schrijf het schooljaar als 2024-2025.');
	let pdf: Uint8Array;
	try {
		pdf = await printPdf(`/jaarverslag/${params.schooljaar}${url.search}`, cookies.get(SESSION_COOKIE));
	} catch (e) {
		if (e instanceof PdfBusy)
			return new Response(e.message, {
				status: 503,
				headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' }
			});
		throw e;
	}
	const plek = url.searchParams.get('school') ?? url.searchParams.get('kring') ?? '';
	const naam = `jaarverslag-${params.schooljaar}${plek ? `-${plek}` : ''}`.replace(/[^\w.-]+/g, '_');
	return new Response(pdf as BodyInit, {
		headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${naam}.pdf"`, 'Cache-Control': 'private, no-store' }
	});
};
