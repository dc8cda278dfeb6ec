/**
 * The order of a sorted table view: numbers by value, text in Dutch alphabetical order (with numbers
 * inside text read as numbers: "Kring 2" before "Kring 10"). A value hidden for a school account
 * ("<5", "verborgen") comes after the numbers and a missing value last, whichever way the column runs.
 */
import { isSuppressed } from '$lib/format';

export type Richting = 'ascending' | 'descending';

const soort = (v: unknown): number =>
	typeof v === 'number' && Number.isFinite(v) ? 0 : typeof v === 'string' && !isSuppressed(v) && v !== '' ? 0 : isSuppressed(v) ? 1 : 2;
const tekst = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

export function sorteer<R extends object>(rows: readonly R[], key: string, richting: Richting): R[] {
	const teken = richting === 'ascending' ? 1 : -1;
	const cel = (r: R) => (r as Record<string, unknown>)[key];
	return [...rows].sort((a, b) => {
		const x = cel(a);
		const y = cel(b);
		const s = soort(x) - soort(y);
		if (s !== 0 || soort(x) !== 0) return s;
		if (typeof x === 'number' && typeof y === 'number') return teken * (x - y);
		return teken * tekst.compare(String(x), String(y));
	});
}
