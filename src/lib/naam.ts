/**
 * One rule for names (school, kring, gemeente, bestuur and every other free text from an export), from
 * the import to the URL: what the import accepts, a filter or page parameter accepts too, so every
 * kring that is loaded has a working page, filter and jaarverslag (also "Kring Zuid’s + West").
 * Refused are `<` and `>` (never markup in a name) and control characters (line breaks, tabs, …);
 * every other character of any script is a name's own. Plain module: used by the importer (CLI too).
 */
import { z } from 'zod';

export const NAAM_MAX = 200;
/** Characters no name may hold. */
export const VERBODEN_IN_NAAM = /[<>\p{Cc}]/u;
/** The same, as a DuckDB (RE2) pattern for the import's checks. */
export const VERBODEN_IN_NAAM_SQL = '[<>\\x00-\\x1F\\x7F-\\x9F]';
export const STUURTEKENS_SQL = '[\\x00-\\x1F\\x7F-\\x9F]';

export const naamSchema = z
	.string()
	.min(1)
	.max(NAAM_MAX, `hoogstens ${NAAM_MAX} tekens`)
	.refine((s) => !VERBODEN_IN_NAAM.test(s), 'ongeldige tekens (<, > of een stuurteken)');
