/**
 * Row shapes of the queries behind the deelname, verwijzingen, arrangementen, kring and school pages
 * (queries/*.sql). Types only: every figure is computed in SQL.
 */
export type TeldatumSoort = 'oktober' | 'februari' | 'overig';

export interface DeelnameRow {
	teldatum: string;
	schooljaar: string;
	teldatum_soort: TeldatumSoort;
	leerlingen_bao: number;
	leerlingen_sbo: number;
	leerlingen_so: number;
	leerlingen_sbo_tlv: number;
	deelname_sbo_pct: number | null;
	deelname_so_pct: number | null;
	deelname_sbo_tlv_pct: number | null;
	vorig_teldatum: string | null;
	vorig_deelname_sbo_pct: number | null;
	vorig_deelname_so_pct: number | null;
	vorig_deelname_sbo_tlv_pct: number | null;
}
export interface KringVerwijzingRow {
	schooljaar: string;
	kring: string;
	referentie_teldatum: string | null;
	leerlingen: number | null;
	tlv_sbo: number;
	tlv_so: number;
	verwijzingen: number;
	verwijzingen_per_1000: number | null;
	rang: number | null;
	vorig_verwijzingen_per_1000: number | null;
	swv_leerlingen: number | null;
	swv_verwijzingen: number;
	swv_verwijzingen_per_1000: number | null;
	vorig_swv_verwijzingen_per_1000: number | null;
}
export interface SchoolVerwijzingRow {
	schooljaar: string;
	school: string;
	naam: string;
	soort: string;
	kring: string | null;
	gemeente: string;
	referentie_teldatum: string | null;
	leerlingen: number | null;
	tlv_sbo: number;
	tlv_so: number;
	verwijzingen: number;
	verwijzingen_per_1000: number | null;
	kring_verwijzingen_per_1000: number | null;
}
export interface VerdelingRow {
	schooljaar: string;
	verwijzingen_per_1000: number;
	p25: number | null;
	mediaan: number | null;
	p75: number | null;
	scholen: number;
}
export interface SoSamenstellingRow {
	teldatum: string;
	schooljaar: string;
	teldatum_soort: TeldatumSoort;
	indeling: 'categorie' | 'leeftijd';
	groep: string;
	leerlingen: number;
	leerlingen_so: number;
	aandeel_pct: number | null;
}
export interface InstroomRow {
	schooljaar: string;
	instroom_sbo: number;
	instroom_so: number;
	landelijk_instroom_sbo: number | null;
	landelijk_instroom_so: number | null;
	landelijk_bron: string | null;
}
export interface TlvSchooljaarRow {
	schooljaar: string;
	tlv_sbo: number;
	tlv_so: number;
	tlv_totaal: number;
	/** TLVs with a herkomstschool in the SWV (docs/cijfers.md `verwijzingen`); the rest is zonder_herkomst. */
	verwijzingen: number;
	verwijzingen_sbo: number;
	verwijzingen_so: number;
	zonder_herkomst: number;
	referentie_teldatum: string | null;
	leerlingen: number | null;
	verwijzingen_per_1000: number | null;
	doorlooptijd_p25: number | null;
	doorlooptijd_mediaan: number | null;
	doorlooptijd_p75: number | null;
	zonder_aanvraagdatum: number;
	aanvragen: number;
	aanvragen_mei_juli: number;
	aanvragen_mei_juli_pct: number | null;
}
export interface TlvMaandRow {
	maand: string;
	schooljaar: string;
	soort: 'sbo' | 'so';
	tlv: number;
}
export interface TlvAflopendRow {
	peildatum: string;
	maand: string;
	soort: 'sbo' | 'so';
	tlv: number;
	tlv_totaal: number;
	tlv_maand: number;
}
export interface RugzakRow {
	teldatum: string;
	schooljaar: string;
	teldatum_soort: TeldatumSoort;
	leerlingen: number | null;
	leerlingen_rugzak: number;
	met_rugzak: number;
	met_individueel: number;
	rugzak_pct: number | null;
	soort_label: string | null;
}
export interface ArrangementActiefRow {
	teldatum: string;
	schooljaar: string;
	soort: string;
	naam: string;
	arrangementen: number;
	leerlingen: number | null;
}
export interface ArrangementKostenRow {
	schooljaar: string;
	soort: string;
	arrangementen: number;
	kosten: number | null;
	kosten_per_arrangement: number | null;
}
export interface ArrangementProcesRow {
	schooljaar: string;
	arrangementen: number;
	met_aanvraagdatum: number;
	zonder_aanvraagdatum: number;
	binnen_2_weken: number;
	start_binnen_2_weken_pct: number | null;
	liepen_13_weken: number;
	op_tijd_geevalueerd: number;
	evaluatie_op_tijd_pct: number | null;
	peildatum: string | null;
}
export interface ArrangementTeLaatRow {
	arrangement_id: string;
	school: string;
	schoolnaam: string;
	kring: string | null;
	soort: string;
	naam: string | null;
	aanvraagdatum: string | null;
	startdatum: string;
	evaluatiedatum: string | null;
	dagen_tot_start: number | null;
	dagen_tot_evaluatie: number | null;
	reden: string;
}
export interface KringArrangementRow {
	schooljaar: string;
	referentie_teldatum: string | null;
	kring: string;
	leerlingen: number | null;
	leerlingen_rugzak: number;
	rugzak_pct: number | null;
	arrangementen: number;
	groepsarrangementen: number;
	kosten: number;
	swv_rugzak_pct: number | null;
	swv_kosten: number;
}
export interface SchoolArrangementRow {
	schooljaar: string;
	referentie_teldatum: string | null;
	school: string;
	naam: string;
	soort: string;
	kring: string | null;
	gemeente: string;
	leerlingen: number | null;
	leerlingen_rugzak: number;
	rugzak_pct: number | null;
	arrangementen: number;
	groepsarrangementen: number;
	kosten: number;
}
export interface SchoolVerloopRow {
	schooljaar: string;
	referentie_teldatum: string;
	school: string;
	naam: string;
	soort: string;
	kring: string | null;
	leerlingen: number | null;
	tlv_sbo: number;
	tlv_so: number;
	verwijzingen: number;
	verwijzingen_per_1000: number | null;
	kring_verwijzingen_per_1000: number | null;
	swv_verwijzingen_per_1000: number | null;
	scholen_p25: number | null;
	scholen_mediaan: number | null;
	scholen_p75: number | null;
	scholen: number;
}
export interface SchoolArrangementVerloopRow {
	schooljaar: string;
	referentie_teldatum: string;
	school: string;
	naam: string;
	soort: string;
	kring: string | null;
	leerlingen: number | null;
	leerlingen_rugzak: number;
	rugzak_pct: number | null;
	kring_rugzak_pct: number | null;
	swv_rugzak_pct: number | null;
	arrangementen: number;
	kosten: number;
	met_aanvraagdatum: number;
	binnen_2_weken: number;
	start_binnen_2_weken_pct: number | null;
	kring_start_binnen_2_weken_pct: number | null;
	swv_start_binnen_2_weken_pct: number | null;
	liepen_13_weken: number;
	op_tijd_geevalueerd: number;
	evaluatie_op_tijd_pct: number | null;
	kring_evaluatie_op_tijd_pct: number | null;
	swv_evaluatie_op_tijd_pct: number | null;
}
