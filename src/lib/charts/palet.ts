/**
 * The one palette of every chart and legend. Colours carry meaning and match app.css: sbo blue, so
 * orange-brown, rugzak purple; the SWV blue, a kring (or "deze school") orange, the country grey;
 * red for a figure that needs attention. `KLEUR` holds literal colours (a legend swatch, a PDF);
 * `VAR` the CSS variables a server-drawn SVG uses, so a theme change reaches both.
 */
import { metric } from '$lib/metrics';
import { VO_DEELNAME } from '$lib/sector';

export const KLEUR = {
	sbo: '#154273',
	so: '#b34700',
	rugzak: '#7a2d8c',
	individueel: '#b07cc6',
	groep: '#2d7a1f',
	kring: '#e17000',
	swv: '#154273',
	land: '#6b6b6b',
	/** A quantity to compare against (formatie, toegekend budget). */
	grijs: '#8a8a8a',
	groen: '#2d7a1f',
	/** The band of the middle half of the schools (P25–P75). */
	band: '#dbe6f3',
	tekst: '#1a1a1a'
} as const;

export const VAR = {
	swv: 'var(--kleur-swv)',
	regio: 'var(--kleur-regio)',
	land: 'var(--kleur-land)',
	slechter: 'var(--kleur-slechter)',
	tekst: 'var(--tekst)'
} as const;

/**
 * The colour of each deelname figure in every chart, legend and sparkline, as a key of KLEUR (and of
 * app.css's --kleur-*): VO's vso as sbo, pro as so, lwoo as rugzak.
 */
export const DEELNAME_KLEUR: Record<string, 'sbo' | 'so' | 'rugzak'> = {
	deelname_sbo_pct: 'sbo',
	deelname_so_pct: 'so',
	rugzak_pct: 'rugzak',
	deelname_vso_pct: 'sbo',
	deelname_pro_pct: 'so',
	deelname_lwoo_pct: 'rugzak'
};

/** The three VO series (vso, pro, lwoo) by the label the VO charts give them. */
export const VO_KLEUREN: Record<string, string> = Object.fromEntries(VO_DEELNAME.map((id) => [metric(id).label, KLEUR[DEELNAME_KLEUR[id]]]));

/** Two series that are sbo and so. */
export const SOORT_KLEUREN = { sbo: KLEUR.sbo, so: KLEUR.so } as const;
