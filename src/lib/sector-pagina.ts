/**
 * The words of the database's sector (issue 16) for a component deep in a page (a definition, a filter
 * label, a figure's note), read from the root layout's data. Outside a SvelteKit request (a component
 * rendered on its own, as in the unit tests) there is no page: then PO, the words it had before.
 */
import { page } from '$app/state';
import { woordenVan, type SectorWoorden } from './sector';

export function paginaWoorden(): SectorWoorden {
	let data: unknown = null;
	try {
		data = page.data;
	} catch {
		data = null;
	}
	return woordenVan(data);
}
