/**
 * A ranked bar chart of hundreds of bars (the kringen of a very large SWV) is a wall nobody reads and
 * a heavy page: it shows the highest and the lowest and says so; the table and the CSV have them all.
 */
export const MAX_BARS = 40;

/** The `max / 2` highest and lowest bars, high to low (plus labels in `keep`); all bars when they fit. */
export function hoogsteEnLaagste<B extends { label: string; value: number | null }>(
	bars: B[],
	keep: string[] = [],
	max = MAX_BARS
): { bars: B[]; van: number; elk: number } {
	if (bars.length <= max) return { bars, van: bars.length, elk: 0 };
	const elk = Math.floor(max / 2);
	const ranked = bars.filter((b) => typeof b.value === 'number').sort((a, b) => (b.value as number) - (a.value as number));
	const gekozen = new Set([...ranked.slice(0, elk), ...ranked.slice(-elk)]);
	// From high to low, so the two ends read as such.
	return { bars: ranked.filter((b) => gekozen.has(b) || keep.includes(b.label)), van: bars.length, elk };
}

/** "De 20 hoogste en de 20 laagste van de 400; alle 400 staan in de tabel en de CSV." */
export function nootHoogsteEnLaagste(elk: number, van: number): string {
	return `De ${elk} hoogste en de ${elk} laagste van de ${van.toLocaleString('nl-NL')}; alle ${van.toLocaleString('nl-NL')} staan in de CSV.`;
}
