import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { context } from '$lib/server/context';
import { QueryError } from '$lib/server/queries';
import { toArrow, toCsv, toJson } from '$lib/server/export';

const FORMATS = ['arrow', 'csv', 'json'] as const;

/** GET /api/q/<query>?<params>&format=arrow|csv|json — any registered query, same scope as pages. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const format = url.searchParams.get('format') ?? 'arrow';
	if (!(FORMATS as readonly string[]).includes(format)) error(400, `Onbekend formaat "${format}": kies arrow, csv of json.`);
	const raw: Record<string, string> = {};
	for (const [k, v] of url.searchParams) if (k !== 'format') raw[k] = v;
	const { registry } = await context();
	let result;
	try {
		result = await registry.run(params.name, raw, locals.scope);
	} catch (e) {
		if (e instanceof QueryError) error(e.status, e.message);
		throw e;
	}
	const headers: Record<string, string> = { 'Cache-Control': 'private, no-cache' };
	if (format === 'csv') {
		const name = [params.name, ...Object.values(raw)].join('-').replace(/[^\w.-]+/g, '_');
		return new Response(toCsv(result), {
			headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` }
		});
	}
	if (format === 'json') return new Response(toJson(result), { headers: { ...headers, 'Content-Type': 'application/json' } });
	return new Response(toArrow(result) as BodyInit, { headers: { ...headers, 'Content-Type': 'application/vnd.apache.arrow.stream' } });
};
