/**
 * Ambulante ondersteuning nieuwe stijl over the whole VO SWV (issue 16): vaste_ab_pct as a ratio of
 * sums over the schools that have a vaste AB'er in that schooljaar — Σ hours by the school's own vaste
 * AB'er ÷ Σ all expert hours at those schools — this year and last year (each over its own schools).
 * Unrounded; null when those schools had no hours ("geen gegevens", never 0 %).
 */
export interface AbRij {
	vaste_ab: string | null;
	expertteam_uren: number | null;
	vaste_ab_uren: number | null;
	vorig_vaste_ab: string | null;
	vorig_expertteam_uren: number | null;
	vorig_vaste_ab_uren: number | null;
}

export interface VasteAbSwv {
	/** Schools with a vaste AB'er this schooljaar. */
	scholen: number;
	pct: number | null;
	vorig: number | null;
}

export function vasteAbSwv(rows: AbRij[]): VasteAbSwv | null {
	const nu = rows.filter((r) => r.vaste_ab !== null);
	const vorig = rows.filter((r) => r.vorig_vaste_ab !== null);
	if (nu.length === 0) return null;
	const som = <R>(rs: R[], f: (r: R) => number | null) => rs.reduce((a, r) => a + (f(r) ?? 0), 0);
	const aandeel = (deel: number, geheel: number) => (geheel > 0 ? (100 * deel) / geheel : null);
	return {
		scholen: nu.length,
		pct: aandeel(
			som(nu, (r) => r.vaste_ab_uren),
			som(nu, (r) => r.expertteam_uren)
		),
		vorig: aandeel(
			som(vorig, (r) => r.vorig_vaste_ab_uren),
			som(vorig, (r) => r.vorig_expertteam_uren)
		)
	};
}
