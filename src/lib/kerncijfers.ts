/** The row shape of queries/kerncijfers.sql, and small helpers to pick from it (no figures computed here). */
export interface KerncijfersRow {
	teldatum: string;
	schooljaar: string;
	teldatum_soort: 'oktober' | 'februari' | 'overig';
	leerlingen_bao: number;
	leerlingen_sbo: number;
	leerlingen_so: number;
	leerlingen_rugzak: number;
	/** Some bao/sbo counts of this teldatum are estimates (DUO's <5 cells). */
	telling_schatting: boolean;
	deelname_sbo_pct: number | null;
	deelname_so_pct: number | null;
	rugzak_pct: number | null;
	vorig_teldatum: string | null;
	vorig_leerlingen_bao: number | null;
	vorig_leerlingen_sbo: number | null;
	vorig_leerlingen_so: number | null;
	vorig_leerlingen_rugzak: number | null;
	vorig_deelname_sbo_pct: number | null;
	vorig_deelname_so_pct: number | null;
	vorig_rugzak_pct: number | null;
	landelijk_deelname_sbo_pct: number | null;
	landelijk_deelname_sbo_jaar: number | null;
	landelijk_deelname_sbo_definitie: string | null;
	landelijk_deelname_sbo_zelfde_definitie: boolean | null;
	landelijk_deelname_so_pct: number | null;
	landelijk_deelname_so_jaar: number | null;
	landelijk_deelname_so_definitie: string | null;
	landelijk_deelname_so_zelfde_definitie: boolean | null;
	landelijk_rugzak_pct: number | null;
	landelijk_rugzak_jaar: number | null;
	landelijk_rugzak_definitie: string | null;
	landelijk_bron: string | null;
}

export const RATE_IDS = ['deelname_sbo_pct', 'deelname_so_pct', 'rugzak_pct'] as const;
export type RateId = (typeof RATE_IDS)[number];

/** Column prefixes of the national reference per rate. */
const LANDELIJK: Record<RateId, 'deelname_sbo' | 'deelname_so' | 'rugzak'> = {
	deelname_sbo_pct: 'deelname_sbo',
	deelname_so_pct: 'deelname_so',
	rugzak_pct: 'rugzak'
};

export function national(row: KerncijfersRow, id: RateId): { value: number | null; year: number | null; sameDefinition: boolean; definition: string | null } {
	const p = LANDELIJK[id];
	const r = row as unknown as Record<string, unknown>;
	return {
		value: (r[`landelijk_${p}_pct`] as number | null) ?? null,
		year: (r[`landelijk_${p}_jaar`] as number | null) ?? null,
		sameDefinition: id === 'rugzak_pct' ? true : ((r[`landelijk_${p}_zelfde_definitie`] as boolean | null) ?? false),
		definition: (r[`landelijk_${p}_definitie`] as string | null) ?? null
	};
}

/** "in 2021, gemeten over alle po-leerlingen, ook so" — the label a national figure needs. */
export function nationalNote(n: ReturnType<typeof national>): string {
	if (n.value === null) return '';
	return n.sameDefinition ? `in ${n.year}` : `in ${n.year}, gemeten over alle po-leerlingen, ook so`;
}

export function previous(row: KerncijfersRow, id: RateId): number | null {
	return (row as unknown as Record<string, number | null>)[`vorig_${id}`] ?? null;
}
