/**
 * Table columns for the figure kit (Grafiek, DataTable, SchoolTabel): a metric's column takes its
 * label, unit and decimals from the metric catalogue, so a header and its cells say what the tile
 * and the definition say. A table may shorten the label, never change the decimals: a figure shows
 * one number of decimals everywhere (issue 12). The columns that are no metric (schooljaar, kring,
 * school) have short makers.
 */
import type { Column } from '$lib/components/DataTable.svelte';
import { formatDate, formatMonth, formatValue, isSuppressed } from './format';
import { METRICS, type MetricId } from './metrics';

/** The column of a metric whose key is its id (or `anders.key`). */
export function kolom(id: MetricId, anders: Partial<Omit<Column, 'unit' | 'decimals'>> = {}): Column {
	const m = METRICS[id];
	return { key: id, label: m.label, unit: m.unit, decimals: m.decimals, ...anders };
}

export const tekst = (key: string, label: string): Column => ({ key, label, unit: 'text' });
export const aantal = (key: string, label: string): Column => ({ key, label, unit: 'count' });
export const datum = (key: string, label: string): Column => ({ key, label, unit: 'date' });
export const maand = (key: string, label: string): Column => ({ key, label, unit: 'month' });
export const euro = (key: string, label: string, decimals?: number): Column => ({ key, label, unit: 'euro', decimals });
export const pct = (key: string, label: string, decimals?: number): Column => ({ key, label, unit: 'pct', decimals });

/** The three columns of a spread: P25, mediaan and P75 (`doorlooptijd` → doorlooptijd_p25, …; '' → p25, …). */
export function spreiding(voor: string, unit: Column['unit']): Column[] {
	const k = (x: string) => (voor ? `${voor}_${x}` : x);
	return [
		{ key: k('p25'), label: 'P25', unit },
		{ key: k('mediaan'), label: 'Mediaan', unit },
		{ key: k('p75'), label: 'P75', unit }
	];
}

/** A column of numbers: right-aligned in a table. */
export const rechts = (c: Column): boolean => Boolean(c.unit && c.unit !== 'text' && c.unit !== 'date' && c.unit !== 'month');

/** A row's cell under a column, in Dutch: the same text in every table of the kit. */
export function celTekst(row: object, c: Column): string {
	const v = (row as Record<string, unknown>)[c.key];
	if (c.unit === 'date') return typeof v === 'string' ? formatDate(v) : 'geen gegevens';
	if (c.unit === 'month') return typeof v === 'string' ? formatMonth(v) : 'geen gegevens';
	if (c.unit === 'text' || c.unit === undefined) return v === null || v === undefined ? '' : String(v);
	return formatValue(typeof v === 'number' || isSuppressed(v) ? v : null, c.unit, c.decimals);
}

/** The columns of deelname per teldatum (deelname_per_teldatum): the deelname page and a kring's page. */
export function deelnameKolommen(leerlingenSo = METRICS.leerlingen_so.label): Column[] {
	return [
		datum('teldatum', 'Teldatum'),
		...(['leerlingen_bao', 'leerlingen_sbo'] as const).map((id) => kolom(id)),
		kolom('leerlingen_so', { label: leerlingenSo }),
		kolom('deelname_sbo_pct'),
		kolom('deelname_so_pct'),
		kolom('deelname_sbo_tlv_pct', { label: 'Met sbo-TLV' })
	];
}

/** The figures of the schoolbudget in a table of kringen or schools (budget_kringen, budget_scholen). */
export function budgetKolommen(): Column[] {
	return [
		kolom('budget_toegekend'),
		kolom('budget_besteed'),
		kolom('uitputting_pct'),
		kolom('saldo'),
		kolom('budget_per_leerling'),
		kolom('kosten_per_ondersteunde_leerling', { label: 'Per ondersteunde leerling' })
	];
}

/** Baten and lasten per post of the jaarrekening (financien_posten): the page Financiën and the jaarverslag. */
export function postenKolommen(): Column[] {
	return [
		tekst('kant', 'Soort'),
		tekst('post', 'Post'),
		euro('begroting', 'Begroot'),
		euro('realisatie', 'Gerealiseerd'),
		kolom('realisatie_pct'),
		pct('aandeel_pct', 'Aandeel in baten of lasten', 1)
	];
}

/** Pupils, TLV's sbo and so and verwijzingen per 1.000 (`label`: what the last column says here). */
export function verwijzingenKolommen(label: string): Column[] {
	return [kolom('leerlingen'), kolom('tlv_sbo'), kolom('tlv_so'), kolom('verwijzingen_per_1000', { label })];
}

/** A VO school in a table of schools: its name, soort (vo or pro) and regio (vo_deelname_per_school). */
export function voSchoolKolommen(): Column[] {
	return [tekst('naam', 'School'), tekst('soort', 'Soort'), tekst('kring', 'Regio')];
}

/** The pupils of vo, pro and lwoo and those with a vso-TLV on a teldatum (kerncijfers, vo_deelname_per_kring). */
export function voLeerlingenKolommen(leerlingenVso = METRICS.leerlingen_vso.label): Column[] {
	return [
		kolom('leerlingen_vo'),
		kolom('leerlingen_pro'),
		kolom('leerlingen_lwoo', { label: 'Leerlingen lwoo' }),
		kolom('leerlingen_vso', { label: leerlingenVso })
	];
}

/** A VO school's vaste AB'er with the formatie, the hours delivered and the vaste AB'er's share (vo_ab_per_school, vo_ab_school). */
export function vasteAbKolommen(): Column[] {
	return [
		tekst('vaste_ab', 'Vaste AB’er'),
		kolom('formatie_uren', { label: 'Formatie (uur)' }),
		kolom('expertteam_uren', { label: 'Geleverd (uur)' }),
		kolom('vaste_ab_pct')
	];
}

/** Pupils, those with a rugzak or individueel arrangement and their share (arrangementen_per_kring, arrangementen_per_school). */
export function rugzakKolommen(): Column[] {
	return [kolom('leerlingen'), aantal('leerlingen_rugzak', 'Met arrangement'), kolom('rugzak_pct')];
}
