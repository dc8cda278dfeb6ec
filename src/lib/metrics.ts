/**
 * The metric catalogue: every figure the monitor shows, defined once (DOMAIN.md, "Figures").
 * Tiles, tables, charts, sentences and CSV headers take label, unit, format and definition from here.
 */
import { formatValue, type Unit } from './format';

export interface Metric {
	id: string;
	/** Short Dutch label, as on a tile or a column header. */
	label: string;
	unit: Unit;
	/** Decimals on screen. */
	decimals: number;
	/** True when a lower value is the better one (used by the sentences and the tile colours). */
	lowerIsBetter: boolean | null;
	/** How it is computed, in plain Dutch, shown behind "Hoe berekend?". */
	definition: string;
	/** The figure as a clause after "Op <datum>", with {v} for the value ("zat {v} van de leerlingen op het sbo"). */
	phrase?: string;
}

const m = (x: Metric) => x;

export const METRICS = {
	leerlingen_bao: m({
		id: 'leerlingen_bao', label: 'Leerlingen bao', unit: 'count', decimals: 0, lowerIsBetter: null,
		definition: 'Aantal leerlingen op de teldatum op de basisscholen (bao) van het samenwerkingsverband.'
	}),
	leerlingen_sbo: m({
		id: 'leerlingen_sbo', label: 'Leerlingen sbo', unit: 'count', decimals: 0, lowerIsBetter: null,
		definition: 'Aantal leerlingen op de teldatum op de sbo-scholen van het samenwerkingsverband.'
	}),
	leerlingen_so: m({
		id: 'leerlingen_so', label: 'Leerlingen met so-TLV', unit: 'count', decimals: 0, lowerIsBetter: null,
		definition:
			'Aantal verschillende leerlingen met een geldige so-TLV van het samenwerkingsverband op de teldatum (ingangsdatum op of voor de teldatum, einddatum leeg of op of na de teldatum).'
	}),
	deelname_sbo_pct: m({
		id: 'deelname_sbo_pct', label: 'Deelname sbo', unit: 'pct', decimals: 1, lowerIsBetter: true,
		phrase: 'zat {v} van de leerlingen op het sbo',
		definition:
			'100 × leerlingen sbo ÷ (leerlingen bao + leerlingen sbo), op de teldatum. Dit is de landelijke definitie van het deelnamepercentage (Vensters): de noemer is het aantal leerlingen waarvoor het samenwerkingsverband bekostigd wordt.'
	}),
	deelname_so_pct: m({
		id: 'deelname_so_pct', label: 'Deelname so', unit: 'pct', decimals: 1, lowerIsBetter: true,
		phrase: 'had {v} van de leerlingen een so-TLV',
		definition:
			'100 × leerlingen met een geldige so-TLV ÷ (leerlingen bao + leerlingen sbo), op de teldatum. So-leerlingen tellen niet mee in de noemer.'
	}),
	rugzak_pct: m({
		id: 'rugzak_pct', label: 'Rugzak / arrangement', unit: 'pct', decimals: 2, lowerIsBetter: null,
		phrase: 'had {v} van de leerlingen een rugzak of individueel arrangement op een basisschool',
		definition:
			'100 × verschillende leerlingen met een geldig arrangement van soort rugzak of individueel op een basisschool (bao) op de teldatum ÷ (leerlingen bao + leerlingen sbo).'
	}),

	// ── deelname, verwijzingen, arrangementen (issue 4) ─────────────────────────

	// ── expertteam (issue 5) ────────────────────────────────────────────────────

	// ── budget (issue 5) ────────────────────────────────────────────────────────

	// ── end of catalogue ────────────────────────────────────────────────────────
} satisfies Record<string, Metric>;

export type MetricId = keyof typeof METRICS;

export function metric(id: string): Metric {
	const found = (METRICS as Record<string, Metric>)[id];
	if (!found) throw new Error(`Onbekend cijfer: ${id}`);
	return found;
}

export function formatMetric(id: string, v: number | null | undefined): string {
	const mt = metric(id);
	return formatValue(v, mt.unit, mt.decimals);
}
