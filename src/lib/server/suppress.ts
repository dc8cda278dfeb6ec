/**
 * Small-count suppression for the school role, as DUO does in its open data (docs/cijfers.md, Privacy):
 * a count of 1–4 becomes "<5", a rate built on a hidden count becomes "verborgen", and where the other
 * shown values would give a hidden one away (a total minus its other parts), one more value is
 * hidden ("complementary suppression"). A row about fewer than 5 schools (a small kring) shows no
 * counts or rates at all: with its own figures a school could work out the others'. The registry
 * applies this to every result for the school
 * role; which columns are counts, rates and totals is declared in the query's header
 * (queries.ts explains the annotations).
 */
import { HIDDEN, SUPPRESSED } from '../format';
import type { QueryResult, Row } from './db';

export interface SuppressionRules {
	/** Columns holding a count of pupils (or TLVs, arrangements …). */
	counts: string[];
	/** A rate column and the counts it is built on. */
	rates: { column: string; from: string[] }[];
	/** Within one row: total = sum of parts. */
	totals: { total: string; parts: string[] }[];
	/** Across rows: the rows of `column` (per value of `by`, if given) add up to a total shown elsewhere. */
	sums: { column: string; by: string[] }[];
	/** The column with the number of schools a row aggregates: under 5, its counts and rates are hidden. */
	schools: string | null;
	/**
	 * Part of a row about a group of schools (e.g. the kring next to one school's own figures): when
	 * `schools` is under 5, only these counts (and the rates built on them) are hidden.
	 */
	schoolGroups: { schools: string; counts: string[] }[];
}

const MIN_SCHOOLS = 5;

const isSmall = (v: unknown) => typeof v === 'number' && v >= 1 && v <= 4;
const isPositive = (v: unknown) => typeof v === 'number' && v > 0;

/** Of `candidates` not yet hidden, the one with the smallest positive value (ties: the first). */
function smallest<T>(candidates: T[], value: (c: T) => unknown, hidden: (c: T) => boolean): T | null {
	let best: T | null = null;
	let bestValue = Infinity;
	for (const c of candidates) {
		const v = value(c);
		if (hidden(c) || !isPositive(v)) continue;
		if ((v as number) < bestValue) {
			best = c;
			bestValue = v as number;
		}
	}
	return best;
}

export function suppress(result: QueryResult, rules: SuppressionRules): QueryResult {
	if (!rules.counts.length) return result;
	// Rows about fewer than 5 schools: every count hidden (and so every rate).
	const fewSchools = result.rows.map((row) => {
		const n = rules.schools ? row[rules.schools] : null;
		return typeof n === 'number' && n < MIN_SCHOOLS;
	});
	// Which cells are hidden, per row: primary (1–4), then complementary until nothing changes.
	const fewInGroup = (row: Row, c: string) =>
		rules.schoolGroups.some((g) => g.counts.includes(c) && typeof row[g.schools] === 'number' && (row[g.schools] as number) < MIN_SCHOOLS);
	const hidden: Set<string>[] = result.rows.map((row, i) => new Set(rules.counts.filter((c) => fewSchools[i] || fewInGroup(row, c) || isSmall(row[c]))));
	for (let changed = true; changed;) {
		changed = false;
		result.rows.forEach((row, i) => {
			for (const { total, parts } of rules.totals) {
				const members = [total, ...parts];
				if (members.filter((m) => hidden[i].has(m)).length !== 1) continue;
				const next =
					smallest(
						parts,
						(p) => row[p],
						(p) => hidden[i].has(p)
					) ?? (hidden[i].has(total) ? null : total);
				if (next) {
					hidden[i].add(next);
					changed = true;
				}
			}
		});
		for (const { column, by } of rules.sums) {
			const groups = new Map<string, number[]>();
			result.rows.forEach((row, i) => {
				const key = JSON.stringify(by.map((b) => row[b]));
				groups.set(key, [...(groups.get(key) ?? []), i]);
			});
			for (const rowsOfGroup of groups.values()) {
				if (rowsOfGroup.filter((i) => hidden[i].has(column)).length !== 1) continue;
				const next = smallest(
					rowsOfGroup,
					(i) => result.rows[i][column],
					(i) => hidden[i].has(column)
				);
				if (next !== null) {
					hidden[next].add(column);
					changed = true;
				}
			}
		}
	}
	const rows: Row[] = result.rows.map((row, i) => {
		if (!hidden[i].size) return row;
		const out: Row = { ...row };
		// "<5" only where it is true (a count of 1–4); every other hidden value reads "verborgen".
		for (const c of hidden[i]) out[c] = !fewSchools[i] && !fewInGroup(row, c) && isSmall(row[c]) ? SUPPRESSED : HIDDEN;
		for (const { column, from } of rules.rates) if (from.some((c) => hidden[i].has(c))) out[column] = HIDDEN;
		return out;
	});
	return { columns: result.columns, rows };
}
