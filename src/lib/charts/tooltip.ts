/**
 * What a chart mark says when a person points at it (an SVG <title>, drawn on the server, so it works
 * without scripts) and where it leads. Kring and school names, and the links to their pages, only for
 * an account that may see them (bestuur, adviseur, beheerder): the server decides (`namen` in the
 * layout data), never the browser. A school account sees the figure alone.
 */
export type Koppel = 'kring' | 'school';

/** May this role see kring and school names in a chart (and follow them)? */
export const magNamenZien = (role: string | null | undefined): boolean => role === 'bestuur' || role === 'adviseur' || role === 'beheerder';

/**
 * The tooltip of a bar: "<label> — <series>\n<value>". Where the label is a kring or school name
 * (`koppel`), it is left out for an account without `namen`.
 */
export function barTitel(b: { label: string; series?: string }, waarde: string, namen: boolean, koppel?: Koppel): string {
	const naam = koppel && !namen ? '' : b.label;
	const kop = [naam, b.series].filter(Boolean).join(' — ');
	return kop ? `${kop}\n${waarde}` : waarde;
}

/** The page a bar leads to: /kringen/<kring> or /scholen/<code>, with the schooljaar; none without `namen`. */
export function barLink(b: { label: string; id?: string | null }, namen: boolean, koppel: Koppel | undefined, schooljaar: string | null = null): string | null {
	if (!namen || !koppel) return null;
	const sleutel = koppel === 'kring' ? b.label : b.id;
	if (!sleutel) return null;
	const pad = `/${koppel === 'kring' ? 'kringen' : 'scholen'}/${encodeURIComponent(sleutel)}`;
	return schooljaar ? `${pad}?schooljaar=${encodeURIComponent(schooljaar)}` : pad;
}
