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

/**
 * hoogsteEnLaagste for bars of several series per label (formatie beside geleverde uren per kring):
 * the labels are ranked by their first series' value, and every bar of a chosen label is kept.
 */
export function hoogsteEnLaagsteGroepen<B extends { label: string; value: number | null; series: string }>(
	bars: B[],
	keep: string[] = [],
	max = MAX_BARS
): { bars: B[]; van: number; elk: number } {
	const eerste = bars[0]?.series;
	const labels = bars.filter((b) => b.series === eerste);
	const gekozen = hoogsteEnLaagste(labels, keep, max);
	if (!gekozen.elk) return { bars, van: gekozen.van, elk: 0 };
	const volgorde = new Map(gekozen.bars.map((b, i) => [b.label, i]));
	return {
		bars: bars.filter((b) => volgorde.has(b.label)).sort((a, b) => volgorde.get(a.label)! - volgorde.get(b.label)!),
		van: gekozen.van,
		elk: gekozen.elk
	};
}

/** "De 20 hoogste en de 20 laagste van de 400; alle 400 staan in de tabel en de CSV." */
export function nootHoogsteEnLaagste(elk: number, van: number): string {
	return `De ${elk} hoogste en de ${elk} laagste van de ${van.toLocaleString('nl-NL')}; alle ${van.toLocaleString('nl-NL')} staan in de CSV.`;
}

/**
 * Dots named one by one at most (a tooltip, a link): on a chart some 900 px wide more overlap so that
 * no one can point at one school, while each named dot costs some 180 bytes of page. At scale 50 the
 * 4.200 named dots of one distribution were 760 kB of SVG. Beyond it the table names the schools.
 */
export const NAMED_DOTS_MAX = 400;

/** A dot of a strip chart: `n` schools from `v` to `tot` (one school: n 1, tot = v). */
export interface Stip {
	v: number;
	row: number;
	naam: string;
	school: string;
	tot: number;
	n: number;
}

/**
 * Many anonymous dots (a very large SWV has thousands of schools): those drawn on the same pixel of the
 * same row, on a chart `breedte` px wide, become one dot that says how many schools it stands for, so
 * the picture is the same and the page does not carry thousands of circles. Named dots (a school to
 * point at) and up to `veel` dots stay one per school.
 */
export function stippenSamen<S extends Stip>(stippen: S[], breedte: number, veel = NAMED_DOTS_MAX): S[] {
	if (stippen.length <= veel || stippen.some((d) => d.school)) return stippen;
	const lo = Math.min(0, ...stippen.map((d) => d.v));
	const px = (Math.max(0, ...stippen.map((d) => d.v)) - lo) / Math.max(1, breedte) || 1;
	const per = new Map<string, S>();
	for (const d of [...stippen].sort((a, b) => a.v - b.v)) {
		const k = `${Math.round((d.v - lo) / px)}|${d.row}`;
		const al = per.get(k);
		if (al) ((al.n += d.n), (al.tot = d.tot));
		else per.set(k, { ...d });
	}
	return [...per.values()];
}
