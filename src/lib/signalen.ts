/**
 * The signals of every area on one list, most urgent first (the overview, issue 19). Urgency is by
 * kind first — a figure outside the bestuur's own target is what the board asked to watch; a kring
 * behind its pace still has time to act; a budget far over or under is money; a VO school whose vaste AB'er delivered a clearly smaller share than last year broke the promise of the same face; hours without formatie
 * and a school without hours are for the adviseur to check — and within a kind by how far past its
 * threshold the figure is (afstand, relative to the threshold), then by name.
 */
import type { Signaal } from './vertellen';

export const URGENTIE: readonly Signaal['soort'][] = [
	'streefwaarde',
	'achter_op_tempo',
	'overbesteding',
	'onderbesteding',
	'minder_vaste_ab',
	'uren_zonder_formatie',
	'school_zonder_uren'
];

export function rangschikSignalen(signalen: Signaal[]): Signaal[] {
	return [...signalen].sort(
		(a, b) => URGENTIE.indexOf(a.soort) - URGENTIE.indexOf(b.soort) || (b.afstand ?? 0) - (a.afstand ?? 0) || a.wie.localeCompare(b.wie, 'nl')
	);
}
