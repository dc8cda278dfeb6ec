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

/**
 * The overview names at most this many signals of one kind. A very large SWV had 470 kringen behind on
 * pace there: a list nobody reads, and it pushed the first chart down the page. The rest are counted and
 * linked to the page that lists them all (expertteam, budget).
 */
export const OVERZICHT_PER_SOORT = 25;

/** What the overview leaves out of a kind: how many, and the page that lists them all. */
export type Meer = Partial<Record<Signaal['soort'], { aantal: number; href: string }>>;

/**
 * The ranked signals with at most `max` of each kind (the most urgent, as ranked), and per kind cut
 * short how many were left out and where they all stand (`waar(soort)`).
 */
export function beperkPerSoort(
	gerangschikt: Signaal[],
	waar: (soort: Signaal['soort']) => string,
	max = OVERZICHT_PER_SOORT
): { signalen: Signaal[]; meer: Meer } {
	const gezien = new Map<Signaal['soort'], number>();
	const meer: Meer = {};
	const signalen = gerangschikt.filter((s) => {
		const n = (gezien.get(s.soort) ?? 0) + 1;
		gezien.set(s.soort, n);
		if (n <= max) return true;
		meer[s.soort] = { aantal: n - max, href: waar(s.soort) };
		return false;
	});
	return { signalen, meer };
}
