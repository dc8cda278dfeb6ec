/** The row shape of queries/kerncijfers.sql, and small helpers to pick from it (no figures computed here). */
import type { Bereik, Comparison } from './vertellen';
/** The row of queries/kerncijfers.sql, generated from the query (`npm run rows`). */
export type { KerncijfersRow } from './rows.generated';
import type { KerncijfersRow } from './rows.generated';

export const RATE_IDS = ['deelname_sbo_pct', 'deelname_so_pct', 'rugzak_pct'] as const;
export type RateId = (typeof RATE_IDS)[number];

/** Column prefixes of the national reference per rate. */
const LANDELIJK: Record<RateId, 'deelname_sbo' | 'deelname_so' | 'rugzak'> = {
	deelname_sbo_pct: 'deelname_sbo',
	deelname_so_pct: 'deelname_so',
	rugzak_pct: 'rugzak'
};

/**
 * The national figure for a rate on a row's teldatum. `sameDefinition`: the same definition and the
 * same kind of teldatum (national figures are counted on 1 oktober); only then may a page judge
 * against it (docs/cijfers.md, "Regels voor elk cijfer").
 */
export function national(
	row: KerncijfersRow,
	id: RateId
): { value: number | null; year: number | null; sameDefinition: boolean; definition: string | null; otherDefinition: boolean; otherTeldatum: boolean } {
	const p = LANDELIJK[id];
	const r = row as unknown as Record<string, unknown>;
	const definitie = id === 'rugzak_pct' ? true : ((r[`landelijk_${p}_zelfde_definitie`] as boolean | null) ?? false);
	const otherTeldatum = row.teldatum_soort !== 'oktober';
	return {
		value: (r[`landelijk_${p}_pct`] as number | null) ?? null,
		year: (r[`landelijk_${p}_jaar`] as number | null) ?? null,
		sameDefinition: definitie && !otherTeldatum,
		definition: (r[`landelijk_${p}_definitie`] as string | null) ?? null,
		otherDefinition: !definitie,
		otherTeldatum
	};
}

/** "in 2013"; "in 2021, gemeten over alle po-leerlingen, ook so"; "in 2013, geteld op 1 oktober" — the label a national figure needs. */
export function nationalNote(n: ReturnType<typeof national>): string {
	if (n.value === null) return '';
	const parts = [`in ${n.year}`];
	if (n.otherDefinition) parts.push('gemeten over alle po-leerlingen, ook so');
	if (n.otherTeldatum) parts.push('geteld op 1 oktober');
	return parts.join(', ');
}

/** The national figure as a comparison for a sentence: judged only with the same definition and teldatum. */
export function nationalComparison(row: KerncijfersRow, id: RateId): Comparison | null {
	const n = national(row, id);
	if (n.value === null) return null;
	return { value: n.value, label: 'landelijk', note: nationalNote(n), andereDefinitie: !n.sameDefinition };
}

/** The range of an estimated rate on a row (DUO's <5 cells), or null when its counts are exact. */
export function bereik(row: object | null | undefined, key: string): Bereik | null {
	const r = row as Record<string, unknown> | null | undefined;
	const lo = r?.[`${key}_min`];
	const hi = r?.[`${key}_max`];
	return typeof lo === 'number' && typeof hi === 'number' ? [lo, hi] : null;
}

export function previous(row: KerncijfersRow, id: RateId): number | null {
	return (row as unknown as Record<string, number | null>)[`vorig_${id}`] ?? null;
}
