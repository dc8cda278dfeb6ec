import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import { csvNaam, toArrow, toCsv, toJson } from '$lib/server/export';
import { alsSector, sectorWoorden } from '$lib/sector';
import { audit, clientAddress } from '$lib/server/audit';

const FORMATS = ['arrow', 'csv', 'json'] as const;

/** GET /api/q/<query>?<params>&format=arrow|csv|json — any registered query, same scope as pages. */
export const GET: RequestHandler = async (event) => {
	const { params, url, locals } = event;
	const format = url.searchParams.get('format') ?? 'arrow';
	if (!(FORMATS as readonly string[]).includes(format)) error(400, `Onbekend formaat "${format}": kies arrow, csv of json.`);
	const raw: Record<string, string> = {};
	for (const [k, v] of url.searchParams) {
		if (k === 'format') continue;
		if (k in raw) error(400, `De parameter ${k.slice(0, 40)} staat er meer dan eens in.`);
		raw[k] = v;
	}
	const { db, registry } = await context();
	let result;
	try {
		result = await registry.run(params.name, raw, locals.scope);
	} catch (e) {
		if (e instanceof QueryError) {
			// A refusal (another school's data, a per-school listing, a filter a school account may not use) is logged.
			if (e.status === 403)
				await audit(db, {
					user: locals.user?.name ?? null,
					event: 'geweigerd',
					details: `${params.name}${url.search}`.slice(0, 300),
					ip: clientAddress(event)
				});
			error(e.status, e.message);
		}
		throw e;
	}
	// Downloads (CSV for Excel, JSON for scripts) are exports of figures: logged for the beheerder.
	if (format !== 'arrow') {
		const details = `${params.name}${url.search}`.slice(0, 300);
		await audit(db, { user: locals.user?.name ?? null, event: 'export', details, ip: clientAddress(event) });
	}
	const headers: Record<string, string> = { 'Cache-Control': 'private, no-cache' };
	if (format === 'csv') {
		// For Excel, so in the words of the database's sector (a regio in VO, issue 16).
		const w = sectorWoorden(alsSector((await registry.run('monitor_info', {}, locals.scope)).rows[0]?.sector));
		const name = [csvNaam(params.name, w), ...Object.values(raw)].join('-').replace(/[^\w.-]+/g, '_');
		return new Response(toCsv(result, w), {
			headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` }
		});
	}
	if (format === 'json') return new Response(toJson(result), { headers: { ...headers, 'Content-Type': 'application/json' } });
	return new Response(toArrow(result) as BodyInit, { headers: { ...headers, 'Content-Type': 'application/vnd.apache.arrow.stream' } });
};
