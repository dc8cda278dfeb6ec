/**
 * Rows of a table travel to the browser as columns: a page's data holds lists of rows that repeat
 * every column name in every row (400 kringen × 30 names on the expertteam page at scale 50), and the
 * hydration script carries all of it. src/hooks.ts hands these to SvelteKit's `transport`: the server
 * writes the names once and a list of values per column, the browser makes the same rows again. The
 * page code never sees the difference.
 */

/** Column names, then one list of values per column (in the same order). */
export type Kolommen = [namen: string[], ...kolommen: unknown[][]];

/** Shorter lists gain too little to be worth the turn. */
const MINSTE_RIJEN = 8;

/** A row as the page's data has them: an object literal (a null-prototype object would come back as one). */
const gewoon = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A list of plain rows that all have the same column names in the same order, as columns; anything
 * else `undefined` (it then travels as it is).
 */
export function alsKolommen(v: unknown): Kolommen | undefined {
	if (!Array.isArray(v) || v.length < MINSTE_RIJEN || !gewoon(v[0])) return undefined;
	const namen = Object.keys(v[0]);
	if (namen.length < 2 || namen.includes('__proto__')) return undefined;
	for (let i = 0; i < v.length; i++) {
		// A hole in the list is not a row.
		if (!(i in v)) return undefined;
		const rij: unknown = v[i];
		if (!gewoon(rij)) return undefined;
		const eigen = Object.keys(rij);
		if (eigen.length !== namen.length) return undefined;
		for (let k = 0; k < namen.length; k++) if (eigen[k] !== namen[k]) return undefined;
	}
	return [namen, ...namen.map((n) => v.map((rij: Record<string, unknown>) => rij[n]))];
}

/** The rows again, each with its columns in the order they had. */
export function uitKolommen([namen, ...kolommen]: Kolommen): Record<string, unknown>[] {
	const n = kolommen[0]?.length ?? 0;
	const rijen: Record<string, unknown>[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const rij: Record<string, unknown> = {};
		for (let k = 0; k < namen.length; k++) rij[namen[k]] = kolommen[k][i];
		rijen[i] = rij;
	}
	return rijen;
}
