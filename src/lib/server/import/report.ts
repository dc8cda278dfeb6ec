/** The import report: every problem at once, in Dutch, grouped per kind with examples. */

export type Level = 'fout' | 'waarschuwing' | 'melding';

export interface Problem {
	level: Level;
	/** Stable kind of problem, used to group ("datum_ongeldig", "school_onbekend", …). */
	kind: string;
	file: string;
	/** Row in the file as a spreadsheet shows it (the header is row 1); null for the whole file. */
	row: number | null;
	column: string | null;
	value: string | null;
	problem: string;
	fix: string;
}

export interface FileInfo {
	name: string;
	size: number;
	sha256: string;
	table: string | null;
	rows: number;
}

export interface ProblemGroup {
	level: Level;
	kind: string;
	file: string;
	column: string | null;
	count: number;
	problem: string;
	fix: string;
	examples: Problem[];
}

export interface ImportReport {
	ok: boolean;
	dryRun: boolean;
	loaded: boolean;
	files: FileInfo[];
	/** Rows per table in this import. */
	rows: Record<string, number>;
	errors: number;
	warnings: number;
	groups: ProblemGroup[];
	dataVersion?: number;
}

export const EXAMPLES_PER_GROUP = 20;

export function groupProblems(problems: Problem[]): ProblemGroup[] {
	const groups = new Map<string, ProblemGroup>();
	for (const p of problems) {
		const key = `${p.level}|${p.kind}|${p.file}|${p.column ?? ''}`;
		let g = groups.get(key);
		if (!g) {
			g = { level: p.level, kind: p.kind, file: p.file, column: p.column, count: 0, problem: p.problem, fix: p.fix, examples: [] };
			groups.set(key, g);
		}
		g.count++;
		if (g.examples.length < EXAMPLES_PER_GROUP) g.examples.push(p);
	}
	return sortGroups([...groups.values()]);
}

/** Errors first, then warnings, then notices; within a level by file (stable otherwise). */
export function sortGroups(groups: ProblemGroup[]): ProblemGroup[] {
	const order: Record<Level, number> = { fout: 0, waarschuwing: 1, melding: 2 };
	return [...groups].sort((a, b) => order[a.level] - order[b.level] || a.file.localeCompare(b.file));
}

/** The report as text for the terminal (CLI) — the same words the web page shows. */
export function reportText(r: ImportReport): string {
	const out: string[] = [];
	for (const f of r.files) out.push(`${f.name}: ${f.table ? `tabel ${f.table}, ${f.rows} ${f.rows === 1 ? 'rij' : 'rijen'}` : 'niet herkend'}`);
	for (const g of r.groups) {
		const label = g.level === 'fout' ? 'FOUT' : g.level === 'waarschuwing' ? 'WAARSCHUWING' : 'MELDING';
		out.push('');
		out.push(`${label} (${g.count}×) ${g.file}${g.column ? `, kolom ${g.column}` : ''}: ${g.problem}`);
		out.push(`  Oplossing: ${g.fix}`);
		for (const e of g.examples) {
			if (e.row === null && e.value === null) continue;
			out.push(`  - ${e.row !== null ? `rij ${e.row}` : 'bestand'}${e.value !== null ? `: "${e.value}"` : ''}${e.problem !== g.problem ? ` (${e.problem})` : ''}`);
		}
		if (g.count > g.examples.length) out.push(`  … en nog ${g.count - g.examples.length}`);
	}
	out.push('');
	if (r.ok) out.push(r.loaded ? `Ingelezen: ${Object.entries(r.rows).map(([t, n]) => `${t} ${n}`).join(', ')}.` : 'Geen fouten gevonden (proefrun: er is niets ingelezen).');
	else out.push(`Niet ingelezen: ${r.errors} fout${r.errors === 1 ? '' : 'en'}. De gegevens in de monitor zijn niet veranderd.`);
	return out.join('\n');
}
