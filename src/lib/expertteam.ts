/**
 * Row shapes of the expertteam and budget queries (queries/expertteam_*.sql, budget_*.sql), shared by
 * the server helpers, pages, section components and sentences. No figures are computed here.
 */
export interface ExpertteamKringRow {
	schooljaar: string;
	kring: string | null;
	totaal: boolean;
	formatie_uren: number | null;
	expertteam_uren: number;
	benutting_pct: number | null;
	leerlingen: number | null;
	uren_per_100_leerlingen: number | null;
	arrangementen: number;
	aandeel_uren_pct: number | null;
	aandeel_leerlingen_pct: number | null;
	aandeel_arrangementen_pct: number | null;
	uren_vs_leerlingen: number | null;
	uren_vs_arrangementen: number | null;
	bereik: number;
	uren_per_bereikte_leerling: number | null;
	uren_hele_kring: number;
	peildatum: string;
	peildatum_soort: 'laatste boeking' | 'einde schooljaar';
	verstreken_pct: number;
	tempo_uren: number | null;
	tempo_pct: number | null;
	achter_op_tempo: boolean;
	uren_zonder_formatie: boolean;
	referentie_teldatum: string | null;
}

export interface BurnupRow {
	schooljaar: string;
	maand: string;
	maand_einde: string;
	uren: number;
	cumulatief_uren: number | null;
	formatie_uren: number | null;
	tempo_uren: number | null;
	peildatum: string;
}

export interface VerdelingRow {
	schooljaar: string;
	dimensie: 'organisatie' | 'expertise' | 'activiteit' | 'niveau';
	waarde: string;
	expertteam_uren: number;
	aandeel_pct: number | null;
	bereik: number;
	uren_per_bereikte_leerling: number | null;
}

export interface ExpertteamSchoolRow {
	schooljaar: string;
	school: string;
	naam: string;
	soort: string;
	kring: string;
	leerlingen: number | null;
	expertteam_uren: number;
	uren_per_100_leerlingen: number | null;
	bereik: number;
	uren_per_bereikte_leerling: number | null;
	aandeel_kring_pct: number | null;
	geen_uren: boolean;
}

/** One school next to its kring and the SWV (queries/expertteam_school.sql). */
export interface ExpertteamEenSchoolRow {
	schooljaar: string;
	school: string;
	naam: string;
	kring: string | null;
	leerlingen: number | null;
	expertteam_uren: number;
	bereik: number;
	uren_per_100_leerlingen: number | null;
	kring_uren_per_100_leerlingen: number | null;
	swv_uren_per_100_leerlingen: number | null;
}

export interface BudgetSchoolRow {
	schooljaar: string;
	school: string;
	naam: string;
	soort: string;
	kring: string | null;
	budget_toegekend: number | null;
	budget_besteed: number;
	uitputting_pct: number | null;
	saldo: number;
	leerlingen: number | null;
	budget_per_leerling: number | null;
	ondersteunde_leerlingen: number;
	kosten_per_ondersteunde_leerling: number | null;
	besteed_personeel: number | null;
	besteed_professionalisering: number | null;
	besteed_materialen: number | null;
	besteed_externe_inzet: number | null;
	besteed_arrangementen: number | null;
	besteed_overig: number | null;
	signaal: 'onderbesteding' | 'overbesteding' | 'geen budget' | null;
}

export interface BudgetKringRow {
	schooljaar: string;
	kring: string | null;
	totaal: boolean;
	budget_toegekend: number | null;
	budget_besteed: number;
	uitputting_pct: number | null;
	saldo: number;
	leerlingen: number | null;
	budget_per_leerling: number | null;
	ondersteunde_leerlingen: number;
	kosten_per_ondersteunde_leerling: number | null;
	scholen_met_budget: number;
	scholen_onderbesteding: number;
	scholen_overbesteding: number;
}

export interface WatervalRow {
	schooljaar: string;
	stap: number;
	label: string;
	soort: 'toegekend' | 'besteding' | 'saldo';
	bedrag: number;
	van: number;
	tot: number;
	aandeel_besteed_pct: number | null;
}

/** One school's budget per schooljaar next to its kring and the SWV (queries/budget_school.sql). */
export interface BudgetEenSchoolRow
	extends Pick<
		BudgetSchoolRow,
		| 'schooljaar' | 'school' | 'naam' | 'kring' | 'budget_toegekend' | 'budget_besteed' | 'uitputting_pct' | 'saldo'
		| 'leerlingen' | 'budget_per_leerling' | 'ondersteunde_leerlingen' | 'kosten_per_ondersteunde_leerling'
	> {
	kring_uitputting_pct: number | null;
	kring_budget_per_leerling: number | null;
	kring_kosten_per_ondersteunde_leerling: number | null;
	swv_uitputting_pct: number | null;
	swv_budget_per_leerling: number | null;
	swv_kosten_per_ondersteunde_leerling: number | null;
}

/** What loadExpertteamSection / loadBudgetSection (src/lib/server/sections.ts) return. */
export interface SectionOptions {
	/** Default: the newest schooljaar with data. */
	schooljaar?: string | null;
	kring?: string | null;
	/** brin + vestiging, e.g. 12AB00. */
	school?: string | null;
	/** The date the pace is measured on (default: today); tests fix it. */
	vandaag?: string;
}

export interface ExpertteamSectionData {
	schooljaar: string | null;
	kring: string | null;
	school: string | null;
	/** The kring's row of expertteam_kringen (null without a kring). */
	kringRow: ExpertteamKringRow | null;
	/** The SWV row (totaal) of expertteam_kringen: the comparison. */
	swvRow: ExpertteamKringRow | null;
	/** Burn-up of the kring (or of the SWV without a kring). */
	burnup: BurnupRow[];
	verdeling: VerdelingRow[];
	/** The kring's schools; null on a school page, for a school account or without a kring. */
	scholen: ExpertteamSchoolRow[] | null;
	/** The school's rows per schooljaar (trend) next to kring and SWV; null without a school. */
	schoolRows: ExpertteamEenSchoolRow[] | null;
}

export interface BudgetSectionData {
	schooljaar: string | null;
	kring: string | null;
	school: string | null;
	/** Rows of budget_kringen for every schooljaar: the kring's rows and the SWV rows (totaal). */
	kringRows: BudgetKringRow[];
	waterval: WatervalRow[];
	/** The kring's schools for the schooljaar; null on a school page, for a school account or without a kring. */
	scholen: BudgetSchoolRow[] | null;
	/** The school's rows per schooljaar next to kring and SWV; null without a school. */
	schoolRows: BudgetEenSchoolRow[] | null;
}

/** Thresholds of the budget signal, as in queries/budget_scholen.sql (stated on screen). */
export const ONDERBESTEDING_PCT = 70;
export const OVERBESTEDING_PCT = 110;

/** A query string for /api/q links, leaving out empty filters. */
export function queryString(params: Record<string, string | null | undefined>): string {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
	return q.toString();
}
