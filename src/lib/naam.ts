/**
 * One rule for names (school, kring, gemeente, bestuur and every other free text from an export), from
 * the import to the URL: what the import accepts, a filter or page parameter accepts too, so every
 * kring that is loaded has a working page, filter and jaarverslag (also "Kring Zuid’s + West").
 * Letters of any script, digits, spaces and punctuation such as ’ ' + & ( ) / - . , are a name's own.
 * Refused: < and > (never markup in a name), = and ; (no formulas or statements), control characters
 * (line breaks, tabs), invisible ones (zero-width, bidi overrides) and look-alike forms (ＡＢ, 𝟙).
 * Plain module: used by the importer (CLI too), the query registry and the toelichtingen.
 */
import { z } from 'zod';

export const NAAM_MAX = 200;

/** Code point ranges no name may hold. */
const ONZICHTBAAR: [number, number][] = [
	[0x00, 0x1f],
	[0x7f, 0x9f],
	[0xad, 0xad],
	[0x200b, 0x200f],
	[0x202a, 0x202e],
	[0x2060, 0x206f],
	[0xfeff, 0xfeff]
];
const VERBODEN: [number, number][] = [
	[0x3b, 0x3b],
	[0x3c, 0x3e],
	...ONZICHTBAAR,
	// Look-alike forms: fullwidth letters and digits, enclosed and mathematical alphanumerics.
	[0xff00, 0xffef],
	[0x2460, 0x24ff],
	[0x1d400, 0x1d7ff]
];
const hex = (n: number) => n.toString(16).toUpperCase();
const js = (r: [number, number][]) => new RegExp(`[${r.map(([a, b]) => `\\u{${hex(a)}}-\\u{${hex(b)}}`).join('')}]`, 'u');
const re2 = (r: [number, number][]) => `[${r.map(([a, b]) => `\\x{${hex(a)}}-\\x{${hex(b)}}`).join('')}]`;

/** Characters no name may hold. */
export const VERBODEN_IN_NAAM = js(VERBODEN);
/** The same, as a DuckDB (RE2) pattern for the import's checks. */
export const VERBODEN_IN_NAAM_SQL = re2(VERBODEN);
/** Control and invisible characters (shown as · in a report). */
export const STUURTEKENS_SQL = re2(ONZICHTBAAR);
export const NAAM_REGEL = '<, >, = of ;, een regeleinde, tab of ander onzichtbaar teken, of een opgemaakte letter of cijfer (zoals ＡＢ of 𝟙)';

export const naamSchema = z
	.string()
	.min(1)
	.max(NAAM_MAX, `hoogstens ${NAAM_MAX} tekens`)
	.refine((s) => !VERBODEN_IN_NAAM.test(s), 'ongeldige tekens in de naam');
