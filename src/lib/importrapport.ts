/**
 * How the import report shows a group's examples, the same on the web page and in the terminal
 * (server/import/report.ts). Plain functions, so the page's component can use them too.
 */
import type { Problem, ProblemGroup } from './server/import/report';

/** Examples shown per group. One more is kept, so the report never says "… en nog 1" instead of showing it. */
export const EXAMPLES_PER_GROUP = 20;
export const EXAMPLES_KEPT = EXAMPLES_PER_GROUP + 1;

const nl = (n: number) => n.toLocaleString('nl-NL');

/** "a.csv, b.csv en c.csv"; more than three: "342 bestanden (a.csv, b.csv, c.csv en 339 andere)". */
export function bestandenKort(files: string[]): string {
	if (files.length <= 3) return files.length <= 1 ? files.join('') : `${files.slice(0, -1).join(', ')} en ${files[files.length - 1]}`;
	return `${nl(files.length)} bestanden (${files.slice(0, 3).join(', ')} en ${nl(files.length - 3)} andere)`;
}

/** The examples a report shows, and how many rows it leaves unshown (never exactly one: that one is shown). */
export function voorbeelden(g: ProblemGroup): { shown: Problem[]; rest: string | null } {
	const all = g.examples.filter((e) => e.row !== null || e.value !== null || g.files);
	if (all.length === 0) return { shown: [], rest: null };
	if (g.distinct !== undefined) {
		const shown = g.distinct <= all.length ? all : all.slice(0, EXAMPLES_PER_GROUP);
		const meer = g.distinct - shown.length;
		return {
			shown,
			rest: `In totaal ${nl(g.count)} ${g.count === 1 ? 'regel' : 'regels'} met ${nl(g.distinct)} verschillende ${g.distinct === 1 ? 'waarde' : 'waarden'}${meer > 0 ? `; hierboven de eerste ${nl(shown.length)}, en nog ${nl(meer)} andere` : '; hierboven de eerste regel van elk'}.`
		};
	}
	const shown = g.count <= all.length ? all : all.slice(0, EXAMPLES_PER_GROUP);
	const meer = g.count - shown.length;
	return {
		shown,
		rest: meer >= 2 ? `… en nog ${nl(meer)} ${g.files && !shown.some((e) => e.row !== null) ? 'bestanden' : 'regels'} met hetzelfde probleem.` : null
	};
}

/**
 * The files of a report as listed: a national DUO set lists the files that gave rows, and counts the
 * others in one line, not 342 lines of "0 regels".
 */
export function bestandenLijst<F extends { rows: number; table: string | null }>(files: F[]): { shown: F[]; zonder: number } {
	if (files.length <= 20) return { shown: files, zonder: 0 };
	const shown = files.filter((f) => f.rows > 0 || f.table === null);
	return { shown, zonder: files.length - shown.length };
}
