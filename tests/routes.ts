/**
 * Every route of the app, read from the filesystem (src/routes), so the access tests cover routes
 * that exist now and every route added later — a new route without a rule in access.ts fails them.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROUTE_FILES = /^\+(page|server)(\.server)?\.(svelte|ts|js)$/;

/** SvelteKit route ids ('/', '/scholen/[school]', …) of every folder with a page or endpoint. */
export function routeIds(root = 'src/routes'): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		const entries = readdirSync(dir);
		if (entries.some((f) => ROUTE_FILES.test(f))) out.push('/' + relative(root, dir).split(sep).join('/'));
		for (const f of entries) if (statSync(join(dir, f)).isDirectory()) walk(join(dir, f));
	};
	walk(root);
	return out.map((r) => (r === '/' ? '/' : r.replace(/\/$/, ''))).sort();
}

/** A route id with its parameters filled in: '/scholen/[school]' + {school: '12AB00'} → '/scholen/12AB00'. */
export function fillRoute(id: string, values: Record<string, string>): string {
	const path = id
		.split('/')
		.filter((seg) => !/^\(.*\)$/.test(seg))
		.map((seg) =>
			seg.replace(/\[{1,2}(?:\.\.\.)?(\w+)(?:=\w+)?\]{1,2}/g, (_m, name: string) => {
				if (!(name in values)) throw new Error(`Geen voorbeeldwaarde voor parameter [${name}] van ${id}: voeg die toe aan de test.`);
				return encodeURIComponent(values[name]);
			})
		)
		.join('/');
	return path || '/';
}

/** The parameter names of a route id. */
export function routeParams(id: string): string[] {
	return [...id.matchAll(/\[{1,2}(?:\.\.\.)?(\w+)(?:=\w+)?\]{1,2}/g)].map((m) => m[1]);
}

/** The route ids that render a page (a +page.svelte): the others are endpoints or downloads. */
export function pageIds(root = 'src/routes'): string[] {
	return routeIds(root).filter((id) => {
		const dir = join(root, ...id.split('/').filter(Boolean));
		return readdirSync(dir).includes('+page.svelte');
	});
}
