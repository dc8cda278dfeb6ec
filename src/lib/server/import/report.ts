/** The import report: every problem at once, in Dutch, grouped per kind with examples. */
import type { KoppelVraag } from './koppeling';
import { EXAMPLES_PER_GROUP, EXAMPLES_KEPT, bestandenKort, bestandenLijst, voorbeelden } from '../../importrapport';

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
	/** Merged across files (mergeAcrossFiles): every file the problem is in; `file` then names them in short. */
	files?: string[];
	/** Examples are one per distinct value (a school named once, not 20 times): how many distinct values there are. */
	distinct?: number;
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
	/** Recognised files whose columns the beheerder can map (the mapping screen of the web import). */
	koppelen?: KoppelVraag[];
}

export { EXAMPLES_PER_GROUP, EXAMPLES_KEPT, bestandenKort, voorbeelden };

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
		if (g.examples.length < EXAMPLES_KEPT) g.examples.push(p);
	}
	return sortGroups([...groups.values()]);
}

/**
 * One problem in many files is one group: a national set of 342 DUO files gives one notice "skipped",
 * not 342. Groups with the same level, kind, column and words are merged; the examples keep their file.
 */
export function mergeAcrossFiles(groups: ProblemGroup[]): ProblemGroup[] {
	const merged = new Map<string, ProblemGroup>();
	const out: ProblemGroup[] = [];
	for (const g of groups) {
		const key = `${g.level}|${g.kind}|${g.column ?? ''}|${g.problem}|${g.fix}`;
		const m = merged.get(key);
		if (!m) {
			const copy = { ...g, examples: [...g.examples] };
			merged.set(key, copy);
			out.push(copy);
			continue;
		}
		m.files ??= [m.file];
		if (!m.files.includes(g.file)) m.files.push(g.file);
		m.count += g.count;
		if (m.distinct !== undefined || g.distinct !== undefined) m.distinct = (m.distinct ?? 0) + (g.distinct ?? 0);
		for (const e of g.examples) {
			if (m.examples.length >= EXAMPLES_KEPT) break;
			// A school named in two files is named once.
			if (m.distinct !== undefined && e.value !== null && m.examples.some((x) => x.value === e.value)) continue;
			m.examples.push(e);
		}
	}
	for (const g of out) if (g.files) g.file = bestandenKort(g.files);
	return out;
}

/** Errors first, then warnings, then notices; within a level by file (stable otherwise). */
export function sortGroups(groups: ProblemGroup[]): ProblemGroup[] {
	const order: Record<Level, number> = { fout: 0, waarschuwing: 1, melding: 2 };
	return [...groups].sort((a, b) => order[a.level] - order[b.level] || a.file.localeCompare(b.file));
}

/** The report as text for the terminal (CLI) — the same words the web page shows. */
export function reportText(r: ImportReport): string {
	const out: string[] = [];
	const { shown, zonder } = bestandenLijst(r.files);
	for (const f of shown) out.push(`${f.name}: ${f.table ? `tabel ${f.table}, ${f.rows} ${f.rows === 1 ? 'rij' : 'rijen'}` : 'niet herkend'}`);
	if (zonder) out.push(`en ${zonder.toLocaleString('nl-NL')} bestanden zonder regels die worden ingelezen (zie de meldingen)`);
	for (const g of r.groups) {
		const label = g.level === 'fout' ? 'FOUT' : g.level === 'waarschuwing' ? 'WAARSCHUWING' : 'MELDING';
		out.push('');
		out.push(`${label} (${g.count}×) ${g.file}${g.column ? `, kolom ${g.column}` : ''}: ${g.problem}`);
		out.push(`  Oplossing: ${g.fix}`);
		const { shown, rest } = voorbeelden(g);
		for (const e of shown) {
			const waar = [g.files ? e.file : null, e.row !== null ? `rij ${e.row}` : g.files ? null : 'bestand'].filter(Boolean).join(', ');
			out.push(`  - ${waar}${e.value !== null ? `: "${e.value}"` : ''}${e.problem && e.problem !== g.problem ? ` (${e.problem})` : ''}`);
		}
		if (rest) out.push(`  ${rest}`);
	}
	out.push('');
	if (r.ok)
		out.push(
			r.loaded
				? `Ingelezen: ${Object.entries(r.rows)
						.map(([t, n]) => `${t} ${n}`)
						.join(', ')}.`
				: 'Geen fouten gevonden (proefrun: er is niets ingelezen).'
		);
	else out.push(`Niet ingelezen: ${r.errors} fout${r.errors === 1 ? '' : 'en'}. De gegevens in de monitor zijn niet veranderd.`);
	return out.join('\n');
}
