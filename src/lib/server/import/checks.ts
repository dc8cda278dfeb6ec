/**
 * The checks of an import: what makes a staged row wrong (fout) or worth a look (waarschuwing), as
 * SQL over the normalised rows (norm_<table>, importer.ts). Per column from its spec (required,
 * type, allowed characters, ranges), and per table the rules across columns and tables (references
 * to scholen, date order, keys). Every message is Dutch and names the fix (data/README.md).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { runOn } from '../db';
import { SECTOR_SOORTEN, VERVOLG_TLV, sectorOfSoort, type ColumnSpec, type TableSpec } from '../schema';
import { ident, typeHint } from './parse';
import { NAAM_MAX, NAAM_REGEL, STUURTEKENS_SQL, VERBODEN_IN_NAAM_SQL } from '../../naam';
import { EXAMPLES_KEPT, type Level, type Problem, type ProblemGroup } from './report';

export interface Check {
	kind: string;
	level: Level;
	column: string | null;
	/** SQL condition on norm rows that marks a problem. */
	where: string;
	/** SQL for the value shown in the message. */
	value: string;
	problem: string;
	fix: string;
	/** Examples one per distinct value (a school is named once, with its first row), and how many there are. */
	perWaarde?: boolean;
	/**
	 * For a check over a window (`count(*) OVER (PARTITION BY cols)`, which cannot be counted beside the
	 * others): the partition's columns and the rows it is over. runChecks first groups the hashes of
	 * those values once; only when some hash occurs twice is the window run, on the rows of those hashes.
	 */
	dubbel?: { cols: string; where: string };
	/**
	 * The columns the condition depends on, and nothing else: the counting pass then tests each distinct
	 * value once instead of every row (a regular expression over a few hundred kring names, not millions).
	 */
	perWaardeVan?: string[];
}

function columnChecks(spec: TableSpec, mapped: Set<string>): Check[] {
	const checks: Check[] = [];
	for (const c of spec.columns) {
		if (!mapped.has(c.name) && c.type !== 'vestiging') continue;
		const raw = ident(`${c.name}__raw`);
		const val = ident(c.name);
		if (c.required && c.type !== 'vestiging') {
			checks.push({
				kind: 'verplicht_leeg',
				level: 'fout',
				column: c.name,
				where: `${raw} IS NULL`,
				value: 'NULL',
				problem: `Het verplichte veld ${c.name} is leeg.`,
				fix: `Vul ${c.name} in: ${c.description}.`
			});
		}
		if (c.alleenCodes) {
			// Free text about a child (e.g. a reason in words) is refused and never repeated in the report.
			checks.push({
				kind: 'vrije_tekst',
				level: 'fout',
				column: c.name,
				where: `${raw} IS NOT NULL AND ${val} IS NULL`,
				value: `'(niet getoond)'`,
				problem: `${c.name} bevat iets anders dan een code; vrije tekst over een leerling neemt de monitor niet op (de waarde wordt hier niet herhaald).`,
				fix: `Vervang de tekst door een van de codes (${(c.values ?? []).join(', ')}) of laat ${c.name} leeg.`
			});
		} else {
			checks.push({
				kind: `${c.type}_ongeldig`,
				level: 'fout',
				column: c.name,
				where: `${raw} IS NOT NULL AND ${val} IS NULL`,
				value: raw,
				problem: invalidText(c),
				fix: typeHint(c)
			});
		}
		if (c.type === 'text' && !c.values) {
			// Names go into pages, filters, URLs and the jaarverslag: one rule for all of them ($lib/naam).
			checks.push({
				kind: 'tekens_ongeldig',
				level: 'fout',
				column: c.name,
				where: `regexp_matches(${raw}, '${VERBODEN_IN_NAAM_SQL}')`,
				perWaardeVan: [raw],
				// Control characters made visible (·); < and > are shown as they are (the report escapes them).
				value: `regexp_replace(${raw}, '${STUURTEKENS_SQL}', '·', 'g')`,
				problem: `${c.name} bevat een teken dat in een naam niet mag: ${NAAM_REGEL} (onzichtbare tekens getoond als ·).`,
				fix: `Haal dat teken uit ${c.name} en lees het bestand opnieuw in. Letters, cijfers en tekens als ’ ' + & ( ) / - . , mogen.`
			});
			checks.push({
				kind: 'te_lang',
				level: 'fout',
				column: c.name,
				where: `length(${raw}) > ${NAAM_MAX}`,
				value: `left(${raw}, 60) || '…'`,
				problem: `${c.name} is langer dan ${NAAM_MAX} tekens.`,
				fix: `Kort ${c.name} in tot hoogstens ${NAAM_MAX} tekens en lees het bestand opnieuw in.`
			});
		}
		if (c.min !== undefined) {
			checks.push({
				kind: 'te_klein',
				level: 'fout',
				column: c.name,
				where: `${val} ${c.minExclusive ? '<=' : '<'} ${c.min}`,
				value: raw,
				problem: `${c.name} moet ${c.minExclusive ? 'groter dan' : 'minstens'} ${String(c.min).replace('.', ',')} zijn.`,
				fix: `Corrigeer de waarde: ${c.description}.`
			});
		}
		if (c.max !== undefined) {
			checks.push({
				kind: 'te_groot',
				level: 'fout',
				column: c.name,
				where: `${val} > ${c.max}`,
				value: raw,
				problem: `${c.name} mag hoogstens ${String(c.max).replace('.', ',')} zijn.`,
				fix: `Corrigeer de waarde: ${c.description}.`
			});
		}
	}
	return checks;
}

function invalidText(c: ColumnSpec): string {
	switch (c.type) {
		case 'date':
			return 'Dit is geen geldige datum.';
		case 'integer':
			return 'Dit is geen geheel getal.';
		case 'decimal':
			return 'Dit is geen getal.';
		case 'euro':
			return 'Dit is geen bedrag.';
		case 'schooljaar':
			return 'Dit is geen schooljaar.';
		case 'brin':
			return 'Dit is geen geldig BRIN-nummer.';
		case 'vestiging':
			return 'Dit is geen geldig vestigingsnummer.';
		case 'text':
			return c.values ? `Deze waarde is niet toegestaan voor ${c.name}.` : 'Ongeldige waarde.';
	}
}

/** The sector of a soort in SQL (schema.ts SECTOR_SOORTEN): 'po', 'vo' or NULL. */
const sectorOf = (soort: string) =>
	`CASE WHEN ${soort} IN (${SECTOR_SOORTEN.po.map((x) => `'${x}'`).join(', ')}) THEN 'po' WHEN ${soort} IN (${SECTOR_SOORTEN.vo.map((x) => `'${x}'`).join(', ')}) THEN 'vo' END`;
/**
 * The sector the database has after this import: that of the schools that stay (not replaced by the
 * file), else the sector of most schools in the file. Rows of the other sector are the mistake.
 */
const DATABASE_SECTOR = `(SELECT sec FROM (
	SELECT sec, max(blijft) AS blijft, count(*) AS n FROM (
		SELECT ${sectorOf('soort')} AS sec, 1 AS blijft FROM scholen
		WHERE brin || coalesce(vestiging, '00') NOT IN (SELECT brin || vestiging FROM norm_scholen WHERE brin IS NOT NULL AND vestiging IS NOT NULL)
		UNION ALL SELECT ${sectorOf('soort')}, 0 FROM norm_scholen
	) WHERE sec IS NOT NULL GROUP BY sec
) ORDER BY blijft DESC, n DESC, sec LIMIT 1)`;
const SECTOR_WORDS = { po: 'PO (bao, sbo, so)', vo: 'VO (vo, pro, vso)' } as const;

function sectorChecks(table: 'scholen' | 'tlv'): Check[] {
	return (['po', 'vo'] as const).map((sector) => {
		const other = sector === 'po' ? 'vo' : 'po';
		const wat = table === 'scholen' ? `een ${other.toUpperCase()}-school` : `een TLV voor het ${other === 'vo' ? 'vso' : 'sbo of so'}`;
		return {
			kind: 'sector_gemengd',
			level: 'fout',
			column: 'soort',
			where: `soort IS NOT NULL AND ${sectorOf('soort')} = '${other}' AND ${DATABASE_SECTOR} = '${sector}'`,
			value: table === 'scholen' ? `soort || ' (' || coalesce(naam, '') || ')'` : `soort || ' (' || tlv_id || ')'`,
			problem: `Dit is ${wat}, maar de database is ${SECTOR_WORDS[sector]}. Een database is PO of VO, niet beide; er is niets veranderd.`,
			fix: `Lees de gegevens van een ${other.toUpperCase()}-samenwerkingsverband in een eigen database in (npm run import -- --db data/${other}.duckdb MAP), of corrigeer soort als die verkeerd is.`
		} satisfies Check;
	});
}

/**
 * An arrangement that ended in a TLV of the other sector (vervolg tlv_vso in a PO database, tlv_sbo or
 * tlv_so in a VO one), as sectorChecks refuses such a TLV itself: naar_tlv_pct would count a TLV the SWV
 * cannot give.
 */
function vervolgSectorChecks(): Check[] {
	return (['po', 'vo'] as const).map((sector) => {
		const other = sector === 'po' ? 'vo' : 'po';
		const anders = Object.entries(VERVOLG_TLV).filter(([, soort]) => sectorOfSoort(soort) !== sector);
		const eigen = Object.keys(VERVOLG_TLV).filter((v) => !anders.some(([a]) => a === v));
		return {
			kind: 'sector_gemengd',
			level: 'fout',
			column: 'vervolg',
			where: `vervolg IN (${anders.map(([v]) => `'${v}'`).join(', ')}) AND ${DATABASE_SECTOR} = '${sector}'`,
			value: `vervolg || ' (' || arrangement_id || ')'`,
			problem: `Dit arrangement eindigde in een TLV voor het ${anders.map(([, soort]) => soort).join(' of ')}, maar de database is ${SECTOR_WORDS[sector]}. Een database is PO of VO, niet beide; er is niets veranderd.`,
			fix: `Corrigeer vervolg: in een ${sector.toUpperCase()}-samenwerkingsverband is een TLV ${eigen.join(' of ')}. Zijn het gegevens van een ${other.toUpperCase()}-samenwerkingsverband, lees ze dan in een eigen database in (npm run import -- --db data/${other}.duckdb MAP).`
		} satisfies Check;
	});
}

const SCHOOL_KEY = (p = '') => `${ident(`${p}brin`)} || ${ident(`${p}vestiging`)}`;

/** Rules that involve more than one column, or other tables (references). */
function tableChecks(spec: TableSpec, mapped: Set<string>): Check[] {
	const checks: Check[] = [];
	const has = (c: string) => mapped.has(c);
	const known = `(SELECT brin || vestiging FROM scholen UNION SELECT brin || vestiging FROM norm_scholen)`;
	const kringen = `(SELECT kring FROM scholen WHERE kring IS NOT NULL UNION SELECT kring FROM norm_scholen WHERE kring IS NOT NULL)`;
	const schoolRef = (p = ''): Check => ({
		kind: 'school_onbekend',
		level: 'fout',
		column: `${p}brin`,
		where: `${ident(`${p}brin`)} IS NOT NULL AND ${ident(`${p}vestiging`)} IS NOT NULL AND ${SCHOOL_KEY(p)} NOT IN ${known}`,
		perWaardeVan: [ident(`${p}brin`), ident(`${p}vestiging`)],
		value: SCHOOL_KEY(p),
		problem: 'Deze school (brin + vestiging) staat niet in scholen.',
		perWaarde: true,
		fix: 'Voeg de school toe aan scholen (in deze import of eerder), of corrigeer brin en vestiging.'
	});
	const kringRef: Check = {
		kind: 'kring_onbekend',
		level: 'fout',
		column: 'kring',
		where: `kring IS NOT NULL AND kring NOT IN ${kringen}`,
		perWaardeVan: ['kring'],
		value: 'kring',
		problem: 'Deze kring komt in scholen niet voor.',
		fix: 'Gebruik de naam van de kring zoals in scholen, of voeg de scholen van de kring toe.'
	};
	const order = (from: string, to: string, level: Level = 'fout'): Check => ({
		kind: 'volgorde_datums',
		level,
		column: to,
		where: `${ident(to)} < ${ident(from)}`,
		value: `strftime(${ident(to)}, '%d-%m-%Y') || ' < ' || strftime(${ident(from)}, '%d-%m-%Y')`,
		problem: `${to} ligt vóór ${from}.`,
		fix: level === 'fout' ? `Maak ${to} gelijk aan of later dan ${from}, of laat ${to} leeg.` : `Controleer ${from} en ${to}; de regel wordt wel ingelezen.`
	});
	switch (spec.name) {
		case 'scholen':
			checks.push({
				kind: 'kring_ontbreekt',
				level: 'fout',
				column: 'kring',
				where: `soort IN ('bao', 'sbo') AND kring IS NULL`,
				value: 'naam',
				problem: 'Een bao- of sbo-school hoort bij een kring, maar kring is leeg.',
				fix: 'Vul de kring van de school in.'
			});
			checks.push(...sectorChecks('scholen'));
			break;
		case 'telling':
			checks.push(schoolRef());
			checks.push({
				kind: 'teldatum_ongebruikelijk',
				level: 'waarschuwing',
				column: 'teldatum',
				where: `teldatum IS NOT NULL AND NOT ((month(teldatum) = 10 OR month(teldatum) = 2) AND day(teldatum) = 1)`,
				value: `strftime(teldatum, '%d-%m-%Y')`,
				problem: 'De teldatum is niet 1 oktober of 1 februari.',
				fix: 'Controleer de teldatum; de telling wordt wel ingelezen.'
			});
			checks.push({
				kind: 'schatting',
				level: 'waarschuwing',
				column: 'leerlingen',
				where: 'leerlingen_min IS NOT NULL OR leerlingen_max IS NOT NULL',
				value: `coalesce(CAST(leerlingen_min AS VARCHAR), '?') || ' tot ' || coalesce(CAST(leerlingen_max AS VARCHAR), '?')`,
				problem:
					'Dit aantal is een schatting: er zaten cellen met <5 (1 tot 4 leerlingen) in. Opgeslagen is de ondergrens (elke <5 als 1), met de bovengrens erbij (elke <5 als 4); elk cijfer dat erop rust, toont die marge.',
				fix: 'Niets nodig; de monitor bewaart het aantal als schatting. Een exacte telling uit uw eigen administratie is nauwkeuriger.'
			});
			checks.push({
				kind: 'schatting_ongeldig',
				level: 'fout',
				column: 'leerlingen',
				where: 'leerlingen < leerlingen_min OR leerlingen > leerlingen_max OR leerlingen_min > leerlingen_max',
				value: `CAST(leerlingen AS VARCHAR) || ' (' || coalesce(CAST(leerlingen_min AS VARCHAR), '?') || ' tot ' || coalesce(CAST(leerlingen_max AS VARCHAR), '?') || ')'`,
				problem: 'leerlingen ligt niet tussen leerlingen_min en leerlingen_max.',
				fix: 'Corrigeer de onder- of bovengrens, of laat beide leeg bij een exact aantal.'
			});
			if (has('lwoo')) {
				checks.push({
					kind: 'lwoo_te_groot',
					level: 'fout',
					column: 'lwoo',
					where: 'lwoo > leerlingen',
					value: `CAST(lwoo AS VARCHAR) || ' lwoo van ' || CAST(leerlingen AS VARCHAR) || ' leerlingen'`,
					problem: 'Er zijn meer lwoo-leerlingen dan leerlingen.',
					fix: 'Corrigeer lwoo: het aantal leerlingen met leerwegondersteuning onder de leerlingen van deze school.'
				});
				checks.push({
					kind: 'lwoo_geen_vo',
					level: 'waarschuwing',
					column: 'lwoo',
					where: `lwoo > 0 AND brin || vestiging IN (SELECT brin || vestiging FROM norm_scholen WHERE soort <> 'vo' UNION SELECT brin || vestiging FROM scholen WHERE soort <> 'vo' AND brin || vestiging NOT IN (SELECT brin || vestiging FROM norm_scholen WHERE brin IS NOT NULL AND vestiging IS NOT NULL))`,
					value: 'brin || vestiging',
					problem: 'Deze school is geen vo-school; lwoo telt alleen op vo-scholen mee (deelname lwoo).',
					fix: 'Controleer soort van de school of laat lwoo leeg; de telling wordt wel ingelezen.'
				});
			}
			break;
		case 'tlv':
			if (has('einddatum')) checks.push(order('ingangsdatum', 'einddatum'));
			if (has('aanvraagdatum')) checks.push(order('aanvraagdatum', 'besluitdatum', 'waarschuwing'));
			if (has('herkomst_brin')) checks.push(schoolRef('herkomst_'));
			checks.push({
				kind: 'categorie_ontbreekt',
				level: 'fout',
				column: 'categorie',
				where: `soort = 'so' AND categorie IS NULL AND categorie__raw IS NULL`,
				value: 'tlv_id',
				problem: 'Een so-TLV heeft een categorie nodig.',
				fix: 'Vul categorie in: laag, midden of hoog (of 1, 2, 3).'
			});
			checks.push(...sectorChecks('tlv'));
			break;
		case 'arrangementen':
			checks.push(schoolRef());
			if (has('einddatum')) checks.push(order('startdatum', 'einddatum'));
			if (has('evaluatiedatum')) checks.push(order('startdatum', 'evaluatiedatum', 'waarschuwing'));
			if (has('vervolg')) checks.push(...vervolgSectorChecks());
			break;
		case 'expertteam_inzet':
			checks.push(schoolRef());
			checks.push({ ...kringRef, perWaarde: true });
			{
				const all = spec.columns.map((c) => ident(c.name)).join(', ');
				checks.push({
					kind: 'dubbele_regel',
					level: 'waarschuwing',
					column: null,
					where: `count(*) OVER (PARTITION BY ${all}) > 1`,
					dubbel: { cols: all, where: 'true' },
					value: `strftime(datum, '%d-%m-%Y') || ' ' || kring || ' ' || expert || ' ' || CAST(uren AS VARCHAR) || ' uur'`,
					problem: 'Deze regel komt meer dan eens voor, met precies dezelfde waarden.',
					fix: 'Controleer of de inzet echt twee keer geleverd is; zo niet, verwijder de dubbele regel. De regels worden wel ingelezen.'
				});
			}
			break;
		case 'expertteam_formatie':
			// VO: formatie for one school (with its vaste AB'er); its kring is the school's (importer.ts fills it).
			if (has('brin')) checks.push(schoolRef());
			checks.push({
				kind: 'kring_ontbreekt',
				level: 'fout',
				column: 'kring',
				where: `kring IS NULL`,
				value: `coalesce(brin || vestiging, '(leeg)')`,
				problem: has('brin') ? 'Deze formatie heeft geen kring, en geen school met een kring in scholen.' : 'De kring is leeg.',
				fix: 'Vul de kring in, of brin en vestiging van een school die in scholen een kring heeft.'
			});
			checks.push(kringRef);
			break;
		case 'budget_toekenning':
		case 'budget_besteding':
			checks.push(schoolRef());
			break;
		case 'verzuim':
			if (has('brin')) checks.push(schoolRef());
			if (has('einddatum')) checks.push(order('startdatum', 'einddatum'));
			if (has('uitkomst') && has('einddatum')) {
				checks.push({
					kind: 'uitkomst_zonder_einde',
					level: 'waarschuwing',
					column: 'uitkomst',
					where: 'uitkomst IS NOT NULL AND einddatum IS NULL',
					value: 'uitkomst',
					problem: 'Deze melding heeft een uitkomst maar geen einddatum; ze telt als nog lopend.',
					fix: 'Vul de einddatum in als de leerling niet meer thuiszit. De regel wordt wel ingelezen.'
				});
			}
			break;
	}
	if (spec.key) {
		const key = spec.key.map(ident).join(', ');
		checks.push({
			kind: 'dubbel',
			level: 'fout',
			column: spec.key.join(' + '),
			where: `${spec.key.map((k) => `${ident(k)} IS NOT NULL`).join(' AND ')} AND count(*) OVER (PARTITION BY ${key}) > 1`,
			dubbel: { cols: key, where: spec.key.map((k) => `${ident(k)} IS NOT NULL`).join(' AND ') },
			value: spec.key.map((k) => `CAST(${ident(k)} AS VARCHAR)`).join(` || ' ' || `),
			problem: `Dezelfde ${spec.key.join(' + ')} komt meer dan eens voor.`,
			fix: 'Houd één regel per sleutel over, of corrigeer de dubbele.'
		});
	}
	return checks;
}

/**
 * Run every check of a table: first one pass over norm_<table> that counts, per check, the rows it
 * marks (a check of one column's values tests each distinct value once, Check.perWaardeVan; a window
 * check groups the hashes of its partition once, Check.dubbel); then only the checks that mark a row
 * are run again for their examples. A clean file of millions of rows is read a few times, not once
 * per check.
 */
export async function runChecks(conn: DuckDBConnection, table: string, checks: Check[]): Promise<ProblemGroup[]> {
	// A window check without `dubbel` cannot be counted beside the others: it is simply run.
	const windowOnly = checks.filter((c) => !c.dubbel && c.where.includes(' OVER '));
	const flat = checks.filter((c) => !c.dubbel && !windowOnly.includes(c));
	const hits = new Set<Check>(windowOnly);
	if (flat.length) {
		// Per row in one pass (the inner SELECT), per distinct value in a pass over its columns each (as a
		// FILTER: a WHERE would be pushed below the DISTINCT and test every row again).
		const perRow = flat.flatMap((c, i) => (c.perWaardeVan ? [] : [`count(*) FILTER (WHERE ${c.where}) AS c${i}`]));
		const perValue = flat.flatMap((c, i) =>
			c.perWaardeVan ? [`(SELECT count(*) FILTER (WHERE ${c.where}) FROM (SELECT DISTINCT ${c.perWaardeVan.join(', ')} FROM norm_${table})) AS c${i}`] : []
		);
		const counts = (
			await conn.runAndReadAll(
				`SELECT * ${perValue.map((v) => `, ${v}`).join('')} FROM (SELECT count(*) AS __n ${perRow.map((v) => `, ${v}`).join('')} FROM norm_${table})`
			)
		).getRowObjects()[0];
		flat.forEach((c, i) => Number(counts[`c${i}`]) > 0 && hits.add(c));
	}
	const candidates = new Map<Check, string>();
	const groups: ProblemGroup[] = [];
	try {
		for (const [i, c] of checks.entries()) {
			if (!c.dubbel) continue;
			// Rows alike have the same hash; grouping one number is cheaper than grouping their columns. Every
			// row the window marks has a hash seen twice (and rarely a row only shares the hash: the window decides).
			const hashes = `norm_${table}__dubbel_${i}`;
			await conn.run(`CREATE OR REPLACE TEMP TABLE ${hashes} AS
				SELECT hash(${c.dubbel.cols}) AS h FROM norm_${table} WHERE ${c.dubbel.where} GROUP BY 1 HAVING count(*) > 1`);
			if (Number((await conn.runAndReadAll(`SELECT count(*) FROM ${hashes}`)).getRows()[0][0]) > 0) {
				hits.add(c);
				candidates.set(c, `${c.dubbel.where} AND hash(${c.dubbel.cols}) IN (SELECT h FROM ${hashes})`);
			}
		}
		for (const c of checks) if (hits.has(c)) groups.push(...(await runCheck(conn, table, c, candidates.get(c))));
	} finally {
		for (const [i, c] of checks.entries()) if (c.dubbel) await conn.run(`DROP TABLE IF EXISTS norm_${table}__dubbel_${i}`);
	}
	return groups;
}

/**
 * Run one check on norm_<table>: the rows it marks, grouped per file with the first examples.
 * `candidates`: a condition every row a window check can mark meets (the window then runs on those only).
 */
export async function runCheck(conn: DuckDBConnection, table: string, c: Check, candidates?: string): Promise<ProblemGroup[]> {
	const window = c.where.includes(' OVER ');
	// A window over the candidates only counts the same: rows alike are candidates together.
	const base = window
		? `(SELECT *, (${c.where}) AS __hit FROM norm_${table}${candidates ? ` WHERE ${candidates}` : ''}) WHERE __hit`
		: `norm_${table} WHERE ${c.where}`;
	// Per distinct value: the first row of each value is an example, and the values are counted.
	const r = await runOn(
		conn,
		`SELECT __file AS file, count(*)::INTEGER AS n, count(DISTINCT __v)::INTEGER AS d,
			to_json(list({'rij': __rij, 'waarde': __v} ORDER BY __rij) FILTER (WHERE __eerste)[1:${EXAMPLES_KEPT}]) AS ex
		 FROM (SELECT __file, __rij, CAST(${c.value} AS VARCHAR) AS __v,
				${c.perWaarde ? `row_number() OVER (PARTITION BY __file, CAST(${c.value} AS VARCHAR) ORDER BY __rij) = 1` : 'true'} AS __eerste
			FROM ${base})
		 GROUP BY __file ORDER BY __file`
	);
	return r.rows.map((row) => {
		const file = String(row.file);
		const examples: Problem[] = (JSON.parse(String(row.ex)) as { rij: number; waarde: string | null }[]).map((e) => ({
			level: c.level,
			kind: c.kind,
			file,
			row: e.rij,
			column: c.column,
			value: e.waarde,
			problem: c.problem,
			fix: c.fix
		}));
		if (c.perWaarde)
			return { level: c.level, kind: c.kind, file, column: c.column, count: Number(row.n), problem: c.problem, fix: c.fix, examples, distinct: Number(row.d) };
		return { level: c.level, kind: c.kind, file, column: c.column, count: Number(row.n), problem: c.problem, fix: c.fix, examples };
	});
}

/** Every check of a table whose staged files fill the columns in `mapped`. */
export function checksOf(spec: TableSpec, mapped: Set<string>): Check[] {
	return [...columnChecks(spec, mapped), ...tableChecks(spec, mapped)];
}
