/**
 * Universal hooks. `transport`: lists of rows in a page's data travel as columns (src/lib/rijen-als-kolommen.ts),
 * in the hydration script of a rendered page and in the data the browser fetches on navigation alike.
 */
import type { Transport } from '@sveltejs/kit';
import { alsKolommen, uitKolommen, type Kolommen } from '$lib/rijen-als-kolommen';

export const transport: Transport = {
	Rijen: {
		encode: (value) => alsKolommen(value) ?? false,
		decode: (kolommen: Kolommen) => uitKolommen(kolommen)
	}
};
