/**
 * Privacy by pattern (docs/cijfers.md, Privacy): the monitor stores no data that identifies a pupil. A file
 * is refused when a column is named like such data (BSN, name, birth date, address, e-mail) or holds
 * it: 9-digit numbers that pass the elfproef, "Voornaam Achternaam" in the pseudonymous pupil code,
 * dates that look like birth dates, postcodes, street addresses or e-mail addresses. The report names
 * the column and the first row, never the value itself.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { normaliseHeader } from './parse';
import { ident, parseExpr } from './parse';
import type { StagedFile } from './read';

export const WHAT = {
	bsn: 'een burgerservicenummer (BSN)',
	naam: 'de naam van een leerling',
	geboorte: 'een geboortedatum',
	adres: 'het adres van een leerling',
	contact: 'contactgegevens (e-mail of telefoon)'
} as const;
export type Soort = keyof typeof WHAT;

const PERSON = /^(leerling|leerlingen|kind|ouder|ouders|verzorger|verzorgers|vader|moeder|volledige|roep|achter|voor)$/;

/**
 * What a header says the column holds, or null. Word parts count too: "leerling_bsn", "B.S.N.",
 * "bsn_own", "e-mail ouder", "sleutel_beschikking_gebdat". `pupilTable`: a bare "naam" is the pupil's.
 */
export function privacyOfHeader(header: string, pupilTable: boolean): Soort | null {
	const norm = normaliseHeader(header);
	const words = norm.split(/[^a-z0-9]+/).filter(Boolean);
	const compact = words.join('');
	const has = (...w: string[]) => words.some((x) => w.includes(x));
	if (/bsn|burgerservice|sofinummer|sofinr|persoonsgebondennummer/.test(compact) || compact === 'pgn') return 'bsn';
	if (/email|mailadres|telefoon|telnr/.test(compact) || has('mail', 'tel', 'mobiel', 'gsm')) return 'contact';
	if (/geboortedat|geboortedag|gebdat|dateofbirth|birthdate|birthday/.test(compact) || has('dob')) return 'geboorte';
	if (has('voornaam', 'voornamen', 'achternaam', 'roepnaam', 'tussenvoegsel', 'tussenvoegsels', 'geslachtsnaam', 'familienaam', 'leerlingnaam')) return 'naam';
	if (has('naam') && (words.some((w) => PERSON.test(w)) || (pupilTable && words.length === 1))) return 'naam';
	if (/adres|straat|huisnummer|huisnr|postcode|woonplaats/.test(compact)) return 'adres';
	return null;
}

/** Tables with one row per pupil (or per pupil's arrangement): their values are scanned too. */
const isPupilTable = (s: StagedFile) => !!s.spec?.columns.some((c) => c.name === 'leerling');

/** 9 digits (or 8, a leading zero lost in Excel) passing the elfproef of a BSN. */
function elfproef(x: string): string {
	const p = `lpad(${x}, 9, '0')`;
	const sum = [9, 8, 7, 6, 5, 4, 3, 2, -1].map((w, i) => `${w} * try_cast(substr(${p}, ${i + 1}, 1) AS INTEGER)`).join(' + ');
	return `coalesce(regexp_full_match(${x}, '\\d{8,9}') AND ${p} <> '000000000' AND (${sum}) % 11 = 0, false)`;
}
const NAME = `'\\p{Lu}[\\p{Ll}''’-]+( [\\p{Ll}''’]+)*( \\p{Lu}[\\p{Ll}''’-]+)+'`;
const DATE = `'\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}'`;
const EMAIL = `'[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}'`;
const POSTCODE = `'\\d{4} ?[A-Za-z]{2}'`;
const STREET = `'\\p{L}[\\p{L}.''’ -]*(straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg|markt) \\d+ ?[A-Za-z]?(-\\d+)?'`;

interface Rule {
	soort: Soort;
	/** SQL condition on the trimmed value `x` (and the row's reference date `ref`). */
	hit: string;
	/** Refuse when hits ≥ min and hits / base > share (base: SQL condition of the values that count). */
	min: number;
	share: number;
	base?: string;
	says: (n: number) => string;
}

const dots = (n: number) => n.toLocaleString('nl-NL');
const waarden = (n: number) => (n === 1 ? '1 waarde is' : `${dots(n)} waarden zijn`);

/**
 * Scan the values of a pupil-level file, column by column, and add a refusal for every column that
 * holds identifying data. `headers[i]` is the header of raw column c{i}.
 */
export async function scanPrivacy(conn: DuckDBConnection, s: StagedFile, headers: string[]): Promise<void> {
	if (!isPupilTable(s) || !s.spec) return;
	const spec = s.spec;
	const mappedTo = new Map([...s.mapping].map(([col, raw]) => [raw, spec.columns.find((c) => c.name === col)!]));
	const refused = new Set(s.problems.filter((p) => p.kind === 'privacy').map((p) => p.column));
	const refCol = ['ingangsdatum', 'startdatum', 'besluitdatum'].map((c) => s.mapping.get(c)).find(Boolean) ?? null;
	const ref = refCol ? parseExpr({ name: 'ref', type: 'date', required: false, description: '', aliases: [], inExamples: true }, refCol) : 'NULL::DATE';
	const asDate = (raw: string) => parseExpr({ name: 'd', type: 'date', required: false, description: '', aliases: [], inExamples: true }, raw);

	const targets: { i: number; header: string; code: boolean; rules: Rule[] }[] = [];
	headers.forEach((header, i) => {
		const col = mappedTo.get(`c${i}`);
		if (header === '' || refused.has(header) || (col && col.type !== 'text') || col?.values) return;
		const code = col?.name === 'leerling';
		const x = `nullif(trim(${ident(`c${i}`)}), '')`;
		const rules: Rule[] = [
			{
				soort: 'bsn',
				hit: elfproef(x),
				min: code ? 1 : 3,
				share: 0.5,
				base: `regexp_full_match(${x}, '\\d{8,9}')`,
				says: (n) => `${waarden(n)} 9 cijfers die de elfproef van een burgerservicenummer halen`
			},
			{ soort: 'contact', hit: `regexp_full_match(${x}, ${EMAIL})`, min: 1, share: code ? 0 : 0.5, says: (n) => `${waarden(n)} een e-mailadres` },
			{ soort: 'adres', hit: `regexp_full_match(${x}, ${POSTCODE})`, min: 1, share: code ? 0 : 0.5, says: (n) => `${waarden(n)} een postcode` },
			{
				soort: 'adres',
				hit: `regexp_full_match(${x}, ${STREET})`,
				min: 1,
				share: code ? 0 : 0.5,
				says: (n) => `${waarden(n)} een adres (straat en huisnummer)`
			}
		];
		if (code) {
			rules.push(
				{ soort: 'naam', hit: `regexp_full_match(${x}, ${NAME})`, min: 1, share: 0, says: (n) => `${waarden(n)} een naam (Voornaam Achternaam)` },
				{ soort: 'geboorte', hit: `regexp_full_match(${x}, ${DATE})`, min: 1, share: 0, says: (n) => `${waarden(n)} een datum` }
			);
		} else if (!col && refCol) {
			// Dates 2 to 20 years before the row's own start: the age of a pupil.
			rules.push({
				soort: 'geboorte',
				hit: `date_diff('year', ${asDate(`c${i}`)}, ${ref}) BETWEEN 2 AND 20`,
				base: `${x} IS NOT NULL`,
				min: 1,
				share: 0.5,
				says: (n) =>
					`${waarden(n)} een datum 2 tot 20 jaar vóór de ${refCol === s.mapping.get('besluitdatum') ? 'besluitdatum' : 'startdatum'} van de regel: een leeftijd`
			});
		}
		for (const r of rules) r.base ??= `${x} IS NOT NULL`;
		targets.push({ i, header, code, rules });
	});
	if (targets.length === 0) return;

	const aggs = targets.flatMap((t) =>
		t.rules.flatMap((r, k) => {
			const name = `${t.i}_${k}`;
			return [
				`count(*) FILTER (WHERE ${r.hit})::INTEGER AS ${ident(`h${name}`)}`,
				`count(*) FILTER (WHERE ${r.base})::INTEGER AS ${ident(`b${name}`)}`,
				`min(__rij) FILTER (WHERE ${r.hit})::INTEGER AS ${ident(`r${name}`)}`
			];
		})
	);
	const row = (await conn.runAndReadAll(`SELECT ${aggs.join(', ')} FROM ${s.raw}`)).getRowObjects()[0];
	for (const t of targets) {
		for (const [k, r] of t.rules.entries()) {
			const hits = Number(row[`h${t.i}_${k}`]);
			const base = Number(row[`b${t.i}_${k}`]);
			if (hits < r.min || hits / Math.max(1, base) <= r.share) continue;
			const rij = Number(row[`r${t.i}_${k}`]);
			// Refused, so not "skipped as unknown" as well.
			s.problems = s.problems.filter((p) => !(p.kind === 'kolom_genegeerd' && p.column === t.header));
			s.problems.push({
				level: 'fout',
				kind: 'privacy',
				file: s.info.name,
				row: rij,
				column: t.header,
				value: null,
				problem: `De kolom "${t.header}" lijkt ${WHAT[r.soort]} te bevatten: ${r.says(hits)} (de eerste op rij ${dots(rij)}). De monitor slaat geen gegevens op die een leerling direct identificeren.`,
				fix: t.code
					? `Vervang in de kolom "${t.header}" deze waarden door een pseudonieme leerlingcode (een nummer of code die niets over de leerling zegt, bijvoorbeeld LL0123) en lees het bestand opnieuw in.`
					: `Verwijder de kolom "${t.header}" uit de export en lees het bestand opnieuw in. Gebruik alleen een pseudonieme leerlingcode.`
			});
			break;
		}
	}
}
