/**
 * The jaarverslag: which sections it has, which figures each section tells, and how a figure's
 * comparisons are picked from the query rows (last year, the kring, the SWV, the country, the rank
 * among kringen, the trend). The page only lays this out; the sentences come from $lib/vertellen.
 */
import { sectorWoorden, type Sector } from './sector';
import type { KerncijfersRow, RateId } from './kerncijfers';
import { RATE_IDS, national, nationalNote } from './kerncijfers';
import { formatDate, formatValue, isSuppressed, previousSchooljaar, type Suppressed } from './format';
import type { Column } from './components/DataTable.svelte';
import { vertel, vertelRang, vertelVerborgen, type Bereik, type Comparison } from './vertellen';
import { bereik as bereikVan } from './kerncijfers';
import { metric } from './metrics';
import { kolom } from './kolommen';
import type { ToelichtingenData, Niveau } from './toelichting';
import type { FinancienModel } from './financien';

export type Cell = string | number | boolean | null;
export type Rij = Record<string, Cell>;
export type Bron = 'deelname' | 'verwijzingen' | 'arrangementen' | 'expertteam' | 'budget';

export interface JaarverslagData {
	schooljaar: string;
	schooljaren: string[];
	niveau: Niveau;
	/** '' for the SWV, the kring's name, or the school code. */
	sleutel: string;
	/** The kring's or school's name ('' for the SWV). */
	naam: string;
	/** For a school: its kring. */
	kring: string | null;
	kringen: string[];
	swvNaam: string;
	demo: boolean;
	bronnen: Record<Bron, Rij[]>;
	kerncijfers: KerncijfersRow[];
	toelichtingen: ToelichtingenData;
	/** The role can choose another kring or school (not the school role). */
	magKiezen: boolean;
	/** Financiën and doelmatigheid (issue 18): the SWV's report only; `jaar` null when the boekjaar has no accounts. */
	geld?: FinancienModel | null;
	/** Thuiszitters (issue 17), only when a thuiszitterslijst was loaded: the sentences, and per schooljaar the rows to draw. */
	thuiszitters?: JaarverslagThuiszitters | null;
	/** PO or VO (issue 16): a VO report has its own deelname chapter; PO-only figures say so. */
	sector?: Sector;
	/** VO (issue 16): the vso-TLVs per schooljaar up to this one (vo_tlv_vso; a kring's own), for the verwijzingen chapter. */
	vsoTlv?: Rij[] | null;
}

export interface JaarverslagThuiszitters {
	/** Whose figures: the whole SWV (also in a kring's report: the list has no kring), or the school's own counts. */
	wie: string;
	zinnen: string[];
	reeks: { schooljaar: string; thuiszitters: Cell; per_1000: number | null; nieuw: Cell }[];
}

export interface Sectie {
	id: Bron;
	titel: string;
	vraag: string;
	/** Figures per teldatum (the reference teldatum of the schooljaar) or per schooljaar. */
	wanneer: 'teldatum' | 'schooljaar';
	metrics: string[];
	/** The denominator column of a ratio and how a sentence names it. */
	noemers?: Record<string, { kolom: string; label: string }>;
	tabel: Column[];
}

const LEERLINGEN = { kolom: 'noemer', label: 'het aantal leerlingen' };

/**
 * The chapters whose figures are the primary school's (sbo, so, rugzak; TLV's naar sbo en so): a VO
 * SWV's jaarverslag tells its own deelname and vso-TLVs there instead (issue 16), so it has no note
 * to write for these figures.
 */
export const PO_ALLEEN: ReadonlySet<Bron> = new Set<Bron>(['deelname', 'verwijzingen']);

/**
 * The appendix columns of a chapter for rows of one level. A kring's or school's deelname sbo is its
 * sbo location figure (the chapter tells it labelled, without a verdict): its column reads that
 * figure, named so, instead of an empty deelname_sbo_pct shown as "geen gegevens".
 */
export function bijlageKolommen(s: Sectie, niveau: Niveau): Column[] {
	if (niveau === 'swv') return s.tabel;
	return s.tabel.map((c) => (c.key === 'deelname_sbo_pct' ? { ...c, key: 'deelname_sbo_locatie_pct', label: 'Deelname sbo (locatie)' } : c));
}

/** The jaarverslag's figures that take a note (a Toelichting), per chapter, for the database's sector. */
export function secties(sector: 'po' | 'vo'): Sectie[] {
	return sector === 'vo' ? SECTIES.filter((s) => !PO_ALLEEN.has(s.id)) : SECTIES;
}

export const SECTIES: Sectie[] = [
	{
		id: 'deelname',
		titel: 'Deelname',
		vraag:
			'Hoeveel leerlingen gaan naar het sbo of het so, en hoeveel krijgen een arrangement op de basisschool? Gemeten op de eerste teldatum van het schooljaar.',
		wanneer: 'teldatum',
		// deelname_sbo_pct tells the whole SWV; a kring or school is judged on its own pupils' sbo-TLVs
		// (deelname_sbo_tlv_pct), see `getoond`.
		metrics: ['deelname_sbo_pct', 'deelname_sbo_tlv_pct', 'deelname_so_pct', 'rugzak_pct'],
		noemers: { deelname_sbo_pct: LEERLINGEN, deelname_sbo_tlv_pct: LEERLINGEN, deelname_so_pct: LEERLINGEN, rugzak_pct: LEERLINGEN },
		tabel: [
			{ key: 'schooljaar', label: 'Schooljaar', unit: 'text' },
			{ key: 'teldatum', label: 'Teldatum', unit: 'date' },
			kolom('leerlingen_bao'),
			kolom('leerlingen_sbo'),
			kolom('leerlingen_so', { label: 'Met so-TLV' }),
			kolom('deelname_sbo_pct'),
			kolom('deelname_sbo_tlv_pct', { label: 'Met sbo-TLV' }),
			kolom('deelname_so_pct'),
			kolom('rugzak_pct')
		]
	},
	{
		id: 'verwijzingen',
		titel: 'Verwijzingen',
		vraag: 'Hoeveel leerlingen kregen een toelaatbaarheidsverklaring (TLV) voor het sbo of het so?',
		wanneer: 'schooljaar',
		metrics: ['verwijzingen', 'verwijzingen_per_1000'],
		noemers: { verwijzingen_per_1000: { kolom: 'leerlingen', label: 'het aantal leerlingen' } },
		tabel: [
			{ key: 'schooljaar', label: 'Schooljaar', unit: 'text' },
			kolom('tlv_sbo', { label: 'Verwijzingen sbo' }),
			kolom('tlv_so', { label: 'Verwijzingen so' }),
			kolom('verwijzingen'),
			{ key: 'zonder_herkomst', label: 'Zonder herkomstschool', unit: 'count' },
			kolom('leerlingen'),
			kolom('verwijzingen_per_1000', { label: 'Per 1.000 leerlingen' })
		]
	},
	{
		id: 'arrangementen',
		titel: 'Arrangementen',
		vraag: 'Hoeveel arrangementen zijn gestart, begonnen ze snel na het MDO, en werden ze op tijd geëvalueerd?',
		wanneer: 'schooljaar',
		metrics: ['arrangementen_gestart', 'start_binnen_2_weken_pct', 'evaluatie_op_tijd_pct'],
		noemers: {
			start_binnen_2_weken_pct: { kolom: 'met_aanvraag', label: 'het aantal arrangementen met een bekende MDO-datum' },
			evaluatie_op_tijd_pct: { kolom: 'liep_13_weken', label: 'het aantal arrangementen dat 13 weken liep' }
		},
		tabel: [
			{ key: 'schooljaar', label: 'Schooljaar', unit: 'text' },
			{ key: 'rugzak', label: 'Rugzak', unit: 'count' },
			{ key: 'individueel', label: 'Individueel', unit: 'count' },
			{ key: 'groep', label: 'Groep', unit: 'count' },
			kolom('arrangementen_gestart', { label: 'Totaal' }),
			{ key: 'kosten', label: 'Kosten', unit: 'euro' },
			kolom('start_binnen_2_weken_pct', { label: 'Start ≤ 2 weken' }),
			kolom('evaluatie_op_tijd_pct')
		]
	},
	{
		id: 'expertteam',
		titel: 'Expertteam',
		vraag: 'Hoeveel uur werkte het expertteam, hoeveel van de toegekende formatie is gebruikt, en hoeveel leerlingen zijn bereikt?',
		wanneer: 'schooljaar',
		metrics: ['expertteam_uren', 'benutting_pct', 'uren_per_100_leerlingen', 'bereik'],
		noemers: {
			benutting_pct: { kolom: 'formatie_uren', label: 'de toegekende formatie' },
			uren_per_100_leerlingen: { kolom: 'leerlingen', label: 'het aantal leerlingen' }
		},
		tabel: [
			{ key: 'schooljaar', label: 'Schooljaar', unit: 'text' },
			kolom('expertteam_uren'),
			kolom('formatie_uren'),
			kolom('benutting_pct'),
			kolom('uren_per_100_leerlingen'),
			kolom('bereik', { label: 'Bereik' })
		]
	},
	{
		id: 'budget',
		titel: 'Schoolbudget',
		vraag: 'Hoeveel schoolbudget kregen de scholen, en hoeveel hebben ze ervan besteed?',
		wanneer: 'schooljaar',
		metrics: ['budget_toegekend', 'budget_besteed', 'uitputting_pct', 'budget_per_leerling'],
		noemers: {
			uitputting_pct: { kolom: 'budget_toegekend', label: 'het toegekende budget' },
			budget_per_leerling: { kolom: 'leerlingen', label: 'het aantal leerlingen' }
		},
		tabel: [
			{ key: 'schooljaar', label: 'Schooljaar', unit: 'text' },
			kolom('budget_toegekend'),
			kolom('budget_besteed'),
			kolom('uitputting_pct'),
			kolom('budget_per_leerling', { label: 'Per leerling' })
		]
	}
];

/** The figures the summary shows, one line each. */
export const KERNCIJFERS_SAMENVATTING = [
	'deelname_sbo_pct',
	'deelname_sbo_tlv_pct',
	'deelname_so_pct',
	'verwijzingen',
	'arrangementen_gestart',
	'expertteam_uren',
	'benutting_pct',
	'budget_besteed',
	'uitputting_pct'
];

export function sectieVan(metricId: string): Sectie {
	const s = SECTIES.find((x) => x.metrics.includes(metricId));
	if (!s) throw new Error(`Geen sectie voor ${metricId}`);
	return s;
}

/**
 * The figures a place's report tells. Deelname sbo counts pupils at the sbo schools, which take pupils
 * from every kring: it judges the whole SWV only. A kring or school is judged on its own pupils'
 * sbo-TLVs (herkomst) instead, and a kring's sbo location figure is told apart (`vertelLocatie`).
 * Benutting is a kring's figure (formatie is given per kring), not a school's.
 */
export function getoond(d: Pick<JaarverslagData, 'niveau'>, s: Sectie): string[] {
	return s.metrics.filter((id) => {
		if (id === 'deelname_sbo_pct') return d.niveau === 'swv';
		if (id === 'deelname_sbo_tlv_pct') return d.niveau !== 'swv';
		return !(d.niveau === 'school' && id === 'benutting_pct');
	});
}

/**
 * A kring's sbo location figure, told without a verdict: "Op de sbo-scholen in Kring Noord zaten op
 * 1 oktober 2024 leerlingen ter grootte van 3,23% van de leerlingen van de kring. …"
 * Null for the SWV and a school; a kring without an sbo school says so.
 */
export function vertelLocatie(d: JaarverslagData): { value: number | null; zin: string } | null {
	if (d.niveau !== 'kring') return null;
	const eigen = rij(d, 'deelname', 'kring', d.sleutel, d.schooljaar);
	if (!eigen) return null;
	const v = eigen.deelname_sbo_locatie_pct;
	if (isSuppressed(v)) return { value: null, zin: vertelVerborgen('deelname_sbo_pct', String(eigen.teldatum), { wie: `in ${d.naam}`, hoe: v }) };
	const value = num(v);
	const m = metric('deelname_sbo_pct');
	const wanneer = typeof eigen.teldatum === 'string' ? ` op ${formatDate(eigen.teldatum, true)}` : '';
	if (value === null) return { value, zin: `${d.naam} heeft geen sbo-school: het sbo-locatiecijfer is er niet.` };
	return {
		value,
		zin: `De sbo-scholen in ${d.naam} hadden${wanneer} ${formatValue(value, m.unit, m.decimals)} van de leerlingen van de kring (leerlingen sbo ÷ leerlingen bao + sbo). Dat is een locatiecijfer: een sbo-school neemt leerlingen uit het hele samenwerkingsverband op. Daarom staat er geen oordeel bij; de kring wordt beoordeeld op de sbo-TLV's van zijn eigen leerlingen.`
	};
}

const num = (v: Cell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A value for a comparison: a number, or the marker of a value hidden for a school account (it exists: never "geen gegevens"). */
const waarde = (v: Cell | undefined): number | Suppressed | null => (isSuppressed(v) ? v : num(v));

/** One row of a source at a place and schooljaar. */
export function rij(d: JaarverslagData, bron: Bron, niveau: Niveau, sleutel: string, schooljaar: string): Rij | null {
	return d.bronnen[bron].find((r) => r.niveau === niveau && r.sleutel === sleutel && r.schooljaar === schooljaar) ?? null;
}

/** The rows of this report's place, oldest first, up to and including its schooljaar. */
export function reeksRijen(d: JaarverslagData, bron: Bron): Rij[] {
	return d.bronnen[bron]
		.filter((r) => r.niveau === d.niveau && r.sleutel === d.sleutel && String(r.schooljaar) <= d.schooljaar)
		.sort((a, b) => String(a.schooljaar).localeCompare(String(b.schooljaar)));
}

/** The kring rows of a source in this schooljaar. */
export function kringRijen(d: JaarverslagData, bron: Bron): Rij[] {
	return d.bronnen[bron].filter((r) => r.niveau === 'kring' && r.schooljaar === d.schooljaar);
}

export interface VerteldFiguur {
	id: string;
	value: number | null;
	/** The marker shown instead of a value hidden for privacy, else null. */
	verborgen: string | null;
	vorigJaar: number | null;
	/** The marker of last year's value when it is hidden for a school account, else null. */
	vorigJaarVerborgen: Suppressed | null;
	wanneer: string;
	zinnen: string[];
	/** The decimals the figure's first sentence shows it with: the card shows the same (one figure, one number of decimals). */
	decimalen: number;
	/** An estimate (DUO's <5 cells): its smallest and largest possible value, else null. */
	bereik: Bereik | null;
	/** Last year's range, when that was an estimate. */
	vorigJaarBereik: Bereik | null;
}

/**
 * The question above the thuiszitters chapter; in a kring's report (a regio's in VO) also that the
 * thuiszitterslijst knows no kring, so the figures are the SWV's. One text for the page and the Word file.
 */
export function thuiszittersVraag(d: Pick<JaarverslagData, 'niveau' | 'sector'>): string {
	const vraag = 'Hoeveel kinderen zitten thuis, hoe lang, en voor hoeveel is een plek gevonden?';
	return d.niveau === 'kring'
		? `${vraag} De thuiszitterslijst kent geen ${sectorWoorden(d.sector ?? 'po').kring}: dit zijn de cijfers van het hele samenwerkingsverband.`
		: vraag;
}

/** "in Kring Noord", "bij Basisschool De Regenboog", or nothing for the SWV. */
export function wie(d: JaarverslagData): string | undefined {
	if (d.niveau === 'kring') return `in ${d.naam}`;
	if (d.niveau === 'school') return `bij ${d.naam}`;
	return undefined;
}

/** Everything the report tells about one figure at its place and schooljaar. */
export function vertelMetric(d: JaarverslagData, metricId: string): VerteldFiguur {
	const s = sectieVan(metricId);
	const eigen = rij(d, s.id, d.niveau, d.sleutel, d.schooljaar);
	const vorig = rij(d, s.id, d.niveau, d.sleutel, previousSchooljaar(d.schooljaar));
	const value = num(eigen?.[metricId]);
	const wanneer = s.wanneer === 'teldatum' && typeof eigen?.teldatum === 'string' ? eigen.teldatum : d.schooljaar;

	const vorigJaarVerborgen = isSuppressed(vorig?.[metricId]) ? (vorig[metricId] as Suppressed) : null;
	const bereik = bereikVan(eigen, metricId);
	const vergelijkingen: Comparison[] = [{ value: waarde(vorig?.[metricId]), label: 'vorig jaar', bereik: bereikVan(vorig, metricId) }];
	// A total (pupils, hours, euros) of a school or kring is not comparable with a larger whole's total;
	// a rate is. Totals are compared with last year only.
	const isTotaal = ['count', 'hours', 'euro'].includes(metric(metricId).unit) && !metricId.includes('_per_');
	if (!isTotaal && d.niveau === 'school' && d.kring) {
		const k = rij(d, s.id, 'kring', d.kring, d.schooljaar);
		vergelijkingen.push({ value: waarde(k?.[metricId]), label: d.kring, bereik: bereikVan(k, metricId) });
	}
	if (!isTotaal && d.niveau !== 'swv') {
		const swv = rij(d, s.id, 'swv', '', d.schooljaar);
		vergelijkingen.push({ value: waarde(swv?.[metricId]), label: 'het samenwerkingsverband', bereik: bereikVan(swv, metricId) });
	}
	if (d.niveau === 'swv' && (RATE_IDS as readonly string[]).includes(metricId)) {
		const k = d.kerncijfers.find((r) => r.teldatum === wanneer);
		const n = k ? national(k, metricId as RateId) : null;
		if (n && n.value !== null) vergelijkingen.push({ value: n.value, label: 'landelijk', note: nationalNote(n), andereDefinitie: !n.sameDefinition });
	}

	const noemer = s.noemers?.[metricId];
	const m = metric(metricId);
	// The catalogue's decimals, as vertelFiguur and every page show the value.
	const decimalen = m.decimals;
	const peers = kringRijen(d, s.id).map((r) => ({ naam: String(r.sleutel), value: num(r[metricId]) }));
	// The rank among the kringen, in the sector's word ("de drie regio’s" in VO).
	const kringen = sectorWoorden(d.sector ?? 'po').kringen;
	if (isSuppressed(eigen?.[metricId])) {
		return {
			id: metricId,
			value: null,
			verborgen: String(eigen?.[metricId]),
			vorigJaar: num(vorig?.[metricId]),
			vorigJaarVerborgen,
			wanneer,
			zinnen: [vertelVerborgen(metricId, wanneer, { wie: wie(d), hoe: eigen?.[metricId] as Suppressed })],
			decimalen,
			bereik: null,
			vorigJaarBereik: null
		};
	}
	const zinnen = vertel({
		id: metricId,
		value,
		wanneer,
		wie: wie(d),
		noemer: noemer ? num(eigen?.[noemer.kolom]) : undefined,
		noemerLabel: noemer?.label,
		bereik,
		vergelijkingen,
		rang: d.niveau === 'kring' ? { naam: d.sleutel, groep: kringen, peers } : undefined,
		reeks: reeksRijen(d, s.id).map((r) => ({
			wanneer: s.wanneer === 'teldatum' ? String(r.teldatum) : String(r.schooljaar),
			value: isSuppressed(r[metricId]) ? r[metricId] : num(r[metricId])
		}))
	});
	// For the whole SWV: which kring stands out (aggregates only, never schools).
	if (d.niveau === 'swv' && peers.filter((p) => p.value !== null).length >= 2) {
		const top = [...peers].filter((p) => p.value !== null).sort((a, b) => b.value! - a.value!)[0];
		const r = vertelRang(metricId, top.naam, peers, kringen);
		if (r) zinnen.splice(1, 0, r);
	}
	return {
		id: metricId,
		value,
		verborgen: null,
		vorigJaar: num(vorig?.[metricId]),
		vorigJaarVerborgen,
		wanneer,
		zinnen,
		decimalen,
		bereik,
		vorigJaarBereik: bereikVan(vorig, metricId)
	};
}

/**
 * A CSS string holding any text: every character other than a letter, digit or space is written as
 * a CSS escape (`<` → `\3c `), so a name cannot end the string, the rule or the <style> element.
 */
export function cssString(text: string): string {
	return `"${[...text].map((c) => (/^[\p{L}\p{N} ]$/u.test(c) && c !== '\\' ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/** The print stylesheet: A4, the running header `kopregel` top left, page numbers bottom right. */
export function printCss(kopregel: string): string {
	return `@page { size: A4; margin: 20mm 16mm 18mm 16mm;
	@top-left { content: ${cssString(kopregel)}; font: 9pt sans-serif; color: #555; }
	@bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 9pt sans-serif; color: #555; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }`;
}
