/**
 * Whether a chart has anything to draw: a number in one of its value columns. A source that was never
 * loaded gives rows whose values are all null (issue 12); drawn, that is an empty frame with an axis
 * that reads as 0. The figure then says in words that there is nothing to draw.
 */
import type { Column } from '$lib/components/DataTable.svelte';
import { isSuppressed } from '$lib/format';

const NIET_NUMERIEK = new Set(['text', 'date', 'month', undefined]);

/** The value columns of a table: the numeric ones after the first (which names the row). */
export const waardeKolommen = (columns: Column[]): string[] =>
	columns
		.slice(1)
		.filter((c) => !NIET_NUMERIEK.has(c.unit))
		.map((c) => c.key);

/** True when some row holds a finite number in one of `keys`. */
export const heeftWaarden = (rows: readonly object[], keys: readonly string[]): boolean =>
	rows.some((r) =>
		keys.some((k) => {
			const v = (r as Record<string, unknown>)[k];
			return typeof v === 'number' && Number.isFinite(v);
		})
	);

/**
 * The sentence shown instead of the chart; `bron` names what was not loaded ("de inzet van het expertteam").
 * Values hidden for a school account ("<5", "verborgen") are data that exist: the sentence says they are
 * hidden, never that there are none (issue 12, one rule for what a school account sees).
 */
export const leegTekst = (bron?: string, rows: readonly object[] = [], keys: readonly string[] = []): string => {
	const verborgen = rows.some((r) => keys.some((k) => isSuppressed((r as Record<string, unknown>)[k])));
	if (verborgen)
		return "Niet getekend: deze cijfers zijn verborgen, omdat ze op minder dan 5 leerlingen, TLV's of arrangementen berusten of met de andere cijfers zo'n klein aantal zouden verraden.";
	return bron ? `Geen gegevens om te tekenen: ${bron} is niet ingelezen voor deze periode.` : 'Geen gegevens voor deze periode.';
};
