/**
 * The schema: every table in the monitor's database, in one module that the database (db.ts) and
 * the import (import/) both read.
 *
 *  - The canonical tables, one per export file (data/README.md): their specs are the one definition of
 *    those tables. They drive parsing (aliases, types), validation (required, allowed values, ranges,
 *    keys), the DuckDB DDL, the user documentation (data/README.md) and the demo files. Validated
 *    with zod at module load, so a typo in a spec fails loudly and early.
 *  - The tables the monitor writes itself (meta, import log, accounts, sessions, audit log, the
 *    national reference, toelichtingen): imports never touch them.
 *  - The SQL macros the queries in queries/ share, created after the tables they read.
 *
 * Plain relative imports only: the CLI scripts (import, demo, bench, rows) load this module outside Vite.
 */
import { z } from 'zod';
import { REFERENTIE } from './vooraf';
import { EXPERTTEAM_SCHOOL } from './vooraf-uren';
import { TLV_SCHOOL_MAAND } from './vooraf-deelname';

const columnType = z.enum(['text', 'date', 'integer', 'decimal', 'euro', 'schooljaar', 'brin', 'vestiging']);
export type ColumnType = z.infer<typeof columnType>;

const columnSpec = z.object({
	name: z.string().regex(/^[a-z_]+$/),
	type: columnType,
	required: z.boolean(),
	/** Dutch description for the user documentation. */
	description: z.string(),
	/** Accepted header spellings besides the name (compared after normalising case and separators). */
	aliases: z.array(z.string()).default([]),
	/** Allowed canonical values; `synonyms` maps other spellings onto them. */
	values: z.array(z.string()).optional(),
	synonyms: z.record(z.string(), z.string()).optional(),
	min: z.number().optional(),
	minExclusive: z.boolean().optional(),
	max: z.number().optional(),
	/** False for columns that are seldom filled (e.g. the range of an estimate): left out of the example files. */
	inExamples: z.boolean().default(true),
	/**
	 * A code column that someone may fill with free text about a child (verzuim.reden): a value that is
	 * not one of the codes is refused without repeating it in the import report.
	 */
	alleenCodes: z.boolean().optional()
});
export type ColumnSpec = z.infer<typeof columnSpec>;

const tableSpec = z.object({
	name: z.string().regex(/^[a-z_]+$/),
	label: z.string(),
	description: z.string(),
	columns: z.array(columnSpec).min(1),
	/** Columns that together identify a row (unique within a file). */
	key: z.array(z.string()).optional(),
	/** How a new file replaces what is loaded (data/README.md). */
	replaces: z.enum(['key', 'teldatum', 'schooljaar_kring', 'schooljaar_school', 'jaar']),
	/** Words in a file name that recognise this table. */
	fileNames: z.array(z.string())
});
export type TableSpec = z.infer<typeof tableSpec>;

const brin = (required: boolean, prefix = ''): z.input<typeof columnSpec>[] => [
	{
		name: `${prefix}brin`,
		type: 'brin',
		required,
		description: 'BRIN-nummer: 2 cijfers en 2 hoofdletters, bijvoorbeeld 12AB',
		aliases: prefix ? [`${prefix}instellingscode`, `${prefix}brinnummer`] : ['instellingscode', 'brinnummer', 'brin nummer', 'brincode'],
		values: undefined,
		synonyms: undefined
	},
	{
		name: `${prefix}vestiging`,
		type: 'vestiging',
		required: false,
		description: 'vestigingsnummer: 2 cijfers; leeg betekent 00',
		aliases: prefix ? [`${prefix}vestigingscode`, `${prefix}vestigingsnummer`] : ['vestigingscode', 'vestigingsnummer', 'vestigingsnr'],
		values: undefined,
		synonyms: undefined
	}
];

const SCHOOLSOORT_SYNONYMS: Record<string, string> = {
	bao: 'bao',
	bo: 'bao',
	basisonderwijs: 'bao',
	basisschool: 'bao',
	sbo: 'sbo',
	sbao: 'sbo',
	'speciaal basisonderwijs': 'sbo',
	so: 'so',
	'(v)so': 'so',
	'so/vso': 'so',
	'so-vso': 'so',
	'so en vso': 'so',
	'speciaal onderwijs': 'so',
	'speciaal en voortgezet speciaal onderwijs': 'so',
	// VO (docs/cijfers.md): regular secondary schools, praktijkonderwijs, voortgezet speciaal onderwijs.
	vo: 'vo',
	'voortgezet onderwijs': 'vo',
	vmbo: 'vo',
	havo: 'vo',
	vwo: 'vo',
	scholengemeenschap: 'vo',
	pro: 'pro',
	praktijkonderwijs: 'pro',
	vso: 'vso',
	'voortgezet speciaal onderwijs': 'vso'
};

// A database is PO or VO: its sector follows from the soorten in scholen (docs/cijfers.md); the import
// refuses a mix (import/checks.ts). One list, shared with the pages' words ($lib/sector).
export { SECTOR_SOORTEN, VERVOLG_TLV, sectorOfSoort, type Sector } from '../sector';
/** What followed an arrangement (docs/cijfers.md). */
export const VERVOLG = ['basisondersteuning', 'verlenging', 'ander_arrangement', 'tlv_sbo', 'tlv_so', 'tlv_vso', 'verhuisd', 'overig'] as const;

const schooljaar: z.input<typeof columnSpec> = {
	name: 'schooljaar',
	type: 'schooljaar',
	required: true,
	aliases: ['jaar'],
	description: 'schooljaar als 2024-2025 (ook 2024/2025)'
};

const rawSpecs: z.input<typeof tableSpec>[] = [
	{
		name: 'scholen',
		label: 'Scholen',
		description: 'Eén regel per schoolvestiging.',
		key: ['brin', 'vestiging'],
		replaces: 'key',
		fileNames: ['scholen', 'school', 'vestigingen'],
		columns: [
			...brin(true),
			{ name: 'naam', type: 'text', required: true, description: 'naam van de school', aliases: ['schoolnaam', 'instellingsnaam vestiging', 'vestigingsnaam'] },
			{
				name: 'soort',
				type: 'text',
				required: true,
				description: 'bao, sbo of so (PO); vo, pro of vso (VO). Een database is PO of VO: de soorten mengen kan niet',
				aliases: ['soort po', 'soort vo', 'schoolsoort', 'onderwijssoort'],
				values: ['bao', 'sbo', 'so', 'vo', 'pro', 'vso'],
				synonyms: SCHOOLSOORT_SYNONYMS
			},
			{ name: 'gemeente', type: 'text', required: true, description: 'gemeente van de vestiging', aliases: ['gemeentenaam', 'plaats', 'plaatsnaam'] },
			{
				name: 'kring',
				type: 'text',
				required: false,
				description: 'de kring van de school; verplicht voor bao en sbo',
				aliases: ['cluster', 'regio', 'netwerk']
			},
			{ name: 'bestuur', type: 'text', required: false, description: 'schoolbestuur', aliases: ['bevoegd gezag', 'schoolbestuur'] }
		]
	},
	{
		name: 'telling',
		label: 'Leerlingtelling',
		description: 'Aantal leerlingen per schoolvestiging per teldatum.',
		key: ['teldatum', 'brin', 'vestiging'],
		replaces: 'teldatum',
		fileNames: ['telling', 'leerlingaantallen', 'leerlingen'],
		columns: [
			{ name: 'teldatum', type: 'date', required: true, description: 'teldatum, meestal 1 oktober of 1 februari', aliases: ['peildatum', 'datum'] },
			...brin(true),
			{
				name: 'leerlingen',
				type: 'integer',
				required: true,
				min: 0,
				description: 'aantal leerlingen (geheel getal, 0 of meer)',
				aliases: ['aantal', 'aantal leerlingen', 'totaal']
			},
			{
				name: 'leerlingen_min',
				type: 'integer',
				required: false,
				min: 0,
				description: 'alleen bij een schatting: het kleinst mogelijke aantal (DUO publiceert 1 tot 4 leerlingen als <5); leeg = exact aantal',
				aliases: ['ondergrens'],
				inExamples: false
			},
			{
				name: 'leerlingen_max',
				type: 'integer',
				required: false,
				min: 0,
				description: 'alleen bij een schatting: het grootst mogelijke aantal; leeg = exact aantal',
				aliases: ['bovengrens'],
				inExamples: false
			},
			{
				name: 'lwoo',
				type: 'integer',
				required: false,
				min: 0,
				description: 'VO: leerlingen met leerwegondersteuning (lwoo) onder hen, op een vo-school; hoogstens leerlingen',
				aliases: ['leerwegondersteuning', 'aantal lwoo', 'lwoo leerlingen'],
				inExamples: false
			}
		]
	},
	{
		name: 'tlv',
		label: 'Toelaatbaarheidsverklaringen',
		description: 'Eén regel per toelaatbaarheidsverklaring (TLV).',
		key: ['tlv_id'],
		replaces: 'key',
		fileNames: ['tlv', 'toelaatbaarheid'],
		columns: [
			{
				name: 'tlv_id',
				type: 'text',
				required: true,
				description: 'uniek nummer van de TLV',
				aliases: ['id', 'tlv nummer', 'tlvnummer', 'dossiernummer', 'beschikkingsnummer']
			},
			{
				name: 'leerling',
				type: 'text',
				required: true,
				description: 'pseudoniem leerlingcode (geen naam of BSN)',
				aliases: ['leerlingcode', 'leerling id', 'leerlingnummer', 'lokaal leerlingnummer']
			},
			{
				name: 'soort',
				type: 'text',
				required: true,
				description: 'sbo of so (PO); vso (VO)',
				values: ['sbo', 'so', 'vso'],
				synonyms: SCHOOLSOORT_SYNONYMS,
				aliases: ['soort tlv', 'type']
			},
			{
				name: 'categorie',
				type: 'text',
				required: false,
				description: 'laag, midden of hoog (ook 1, 2, 3); verplicht voor so, ook gebruikt voor vso',
				values: ['laag', 'midden', 'hoog'],
				synonyms: {
					'1': 'laag',
					'2': 'midden',
					'3': 'hoog',
					laag: 'laag',
					midden: 'midden',
					hoog: 'hoog',
					'categorie 1': 'laag',
					'categorie 2': 'midden',
					'categorie 3': 'hoog'
				},
				aliases: ['bekostigingscategorie', 'zwaarte']
			},
			...brin(false, 'herkomst_'),
			{ name: 'aanvraagdatum', type: 'date', required: false, description: 'datum waarop de aanvraag binnenkwam', aliases: ['datum aanvraag'] },
			{ name: 'besluitdatum', type: 'date', required: true, description: 'datum van het besluit', aliases: ['datum besluit', 'afgiftedatum'] },
			{ name: 'ingangsdatum', type: 'date', required: true, description: 'begin van de geldigheid', aliases: ['startdatum', 'begindatum'] },
			{ name: 'einddatum', type: 'date', required: false, description: 'einde van de geldigheid; leeg = open', aliases: ['geldig tot'] },
			{
				name: 'geboortejaar',
				type: 'integer',
				required: false,
				min: 1990,
				max: 2030,
				description: 'geboortejaar van de leerling (alleen het jaar)',
				aliases: []
			}
		]
	},
	{
		name: 'arrangementen',
		label: 'Arrangementen',
		description: 'Eén regel per arrangement, rugzakken inbegrepen.',
		key: ['arrangement_id'],
		replaces: 'key',
		fileNames: ['arrangement', 'rugzak'],
		columns: [
			{ name: 'arrangement_id', type: 'text', required: true, description: 'uniek nummer van het arrangement', aliases: ['id', 'arrangementnummer'] },
			{
				name: 'leerling',
				type: 'text',
				required: false,
				description: 'pseudoniem leerlingcode; leeg bij een groepsarrangement',
				aliases: ['leerlingcode', 'leerling id']
			},
			...brin(true),
			{
				name: 'soort',
				type: 'text',
				required: true,
				description: 'rugzak, individueel of groep',
				values: ['rugzak', 'individueel', 'groep'],
				synonyms: {
					rugzak: 'rugzak',
					lgf: 'rugzak',
					individueel: 'individueel',
					'individueel arrangement': 'individueel',
					groep: 'groep',
					groepsarrangement: 'groep'
				},
				aliases: ['soort arrangement', 'type']
			},
			{
				name: 'naam',
				type: 'text',
				required: false,
				description: 'naam van het arrangement, bijvoorbeeld TOP-groep',
				aliases: ['arrangement', 'omschrijving']
			},
			{ name: 'aanvraagdatum', type: 'date', required: false, description: 'datum van het MDO waar het is afgesproken', aliases: ['mdo datum', 'datum mdo'] },
			{ name: 'startdatum', type: 'date', required: true, description: 'startdatum', aliases: ['begindatum', 'ingangsdatum'] },
			{ name: 'einddatum', type: 'date', required: false, description: 'einddatum; leeg = loopt nog', aliases: [] },
			{ name: 'evaluatiedatum', type: 'date', required: false, description: 'datum van de evaluatie', aliases: ['evaluatie'] },
			{ name: 'bedrag', type: 'euro', required: false, description: 'kosten in euro', aliases: ['kosten', 'bedrag euro'] },
			{
				name: 'vervolg',
				type: 'text',
				required: false,
				values: [...VERVOLG],
				description:
					'wat volgde toen het arrangement eindigde (doelmatigheid); leeg = onbekend of loopt nog; een TLV is in PO tlv_sbo of tlv_so, in VO tlv_vso',
				synonyms: {
					basisondersteuning: 'basisondersteuning',
					'terug naar basisondersteuning': 'basisondersteuning',
					basis: 'basisondersteuning',
					verlenging: 'verlenging',
					verlengd: 'verlenging',
					ander_arrangement: 'ander_arrangement',
					'ander arrangement': 'ander_arrangement',
					tlv_sbo: 'tlv_sbo',
					'tlv sbo': 'tlv_sbo',
					sbo: 'tlv_sbo',
					tlv_so: 'tlv_so',
					'tlv so': 'tlv_so',
					so: 'tlv_so',
					tlv_vso: 'tlv_vso',
					'tlv vso': 'tlv_vso',
					vso: 'tlv_vso',
					verhuisd: 'verhuisd',
					verhuizing: 'verhuisd',
					overig: 'overig',
					anders: 'overig'
				},
				aliases: ['vervolg na arrangement', 'uitstroom', 'resultaat']
			}
		]
	},
	{
		name: 'expertteam_inzet',
		label: 'Inzet expertteam',
		description: 'Geleverde uren van het expertteam.',
		replaces: 'schooljaar_kring',
		fileNames: ['inzet', 'uren', 'expertteam inzet'],
		columns: [
			{ name: 'datum', type: 'date', required: true, description: 'datum van de inzet', aliases: [] },
			{ name: 'kring', type: 'text', required: true, description: 'de kring waarvoor gewerkt is', aliases: [] },
			...brin(false),
			{ name: 'expert', type: 'text', required: true, description: 'code of naam van de deskundige', aliases: ['deskundige', 'medewerker'] },
			{ name: 'organisatie', type: 'text', required: true, description: 'werkgever, bijvoorbeeld AED, SBO De Vlieger, SWV', aliases: ['werkgever'] },
			{ name: 'expertise', type: 'text', required: false, description: 'bijvoorbeeld gedrag, leren, taal en communicatie', aliases: ['deskundigheid'] },
			{
				name: 'activiteit',
				type: 'text',
				required: true,
				description: 'consultatie, observatie, begeleiding, mdo, scholing of overig',
				values: ['consultatie', 'observatie', 'begeleiding', 'mdo', 'scholing', 'overig'],
				aliases: ['soort inzet']
			},
			{
				name: 'niveau',
				type: 'text',
				required: false,
				description: 'leerling, groep, leerkracht of school',
				values: ['leerling', 'groep', 'leerkracht', 'school'],
				aliases: []
			},
			{
				name: 'uren',
				type: 'decimal',
				required: true,
				min: 0,
				minExclusive: true,
				max: 12,
				description: 'uren, meer dan 0 en hoogstens 12 per regel',
				aliases: ['aantal uren']
			},
			{ name: 'leerlingen', type: 'integer', required: false, min: 0, description: 'aantal bereikte leerlingen', aliases: ['bereik', 'aantal leerlingen'] }
		]
	},
	{
		name: 'expertteam_formatie',
		label: 'Formatie expertteam',
		description: 'Toegekende uren van het expertteam per kring per schooljaar; in het VO ook per school, met haar vaste ambulant ondersteuner.',
		replaces: 'schooljaar_kring',
		fileNames: ['formatie', 'toewijzing uren'],
		columns: [
			schooljaar,
			{
				name: 'kring',
				type: 'text',
				required: false,
				description: 'de kring; mag leeg als de uren aan één school zijn toegekend (dan geldt de kring van die school)',
				aliases: []
			},
			{ name: 'organisatie', type: 'text', required: false, description: 'organisatie die de uren levert', aliases: ['werkgever'] },
			// VO only: the PO example files leave them out (the VO demo, data/demo-vo/, fills them).
			...brin(false).map((c) => ({ ...c, inExamples: false })),
			{
				name: 'expert',
				type: 'text',
				required: false,
				inExamples: false,
				description: 'VO: de vaste ambulant ondersteuner (AB’er) van de school, zoals in expertteam_inzet',
				aliases: ['vaste ab', 'vaste expert', 'ambulant ondersteuner']
			},
			{ name: 'uren', type: 'decimal', required: true, min: 0, description: 'toegekende uren (0 of meer)', aliases: ['formatie', 'aantal uren'] }
		]
	},
	{
		name: 'budget_toekenning',
		label: 'Schoolbudget: toekenning',
		description: 'Toegekend schoolbudget per school per schooljaar.',
		replaces: 'schooljaar_school',
		fileNames: ['toekenning', 'budget toekenning'],
		columns: [
			schooljaar,
			...brin(true),
			{ name: 'onderdeel', type: 'text', required: true, description: 'bijvoorbeeld basisbedrag per leerling, schooldeel rugzak', aliases: ['omschrijving'] },
			{ name: 'bedrag', type: 'euro', required: true, description: 'bedrag in euro', aliases: ['bedrag euro'] }
		]
	},
	{
		name: 'budget_besteding',
		label: 'Schoolbudget: besteding',
		description: 'Besteed schoolbudget per school per schooljaar.',
		replaces: 'schooljaar_school',
		fileNames: ['besteding', 'budget besteding', 'uitgaven'],
		columns: [
			schooljaar,
			...brin(true),
			{
				name: 'categorie',
				type: 'text',
				required: true,
				description: 'personeel, professionalisering, materialen, externe inzet, arrangementen of overig',
				values: ['personeel', 'professionalisering', 'materialen', 'externe inzet', 'arrangementen', 'overig'],
				aliases: ['kostensoort']
			},
			{ name: 'bedrag', type: 'euro', required: true, description: 'bedrag in euro; negatief mag (correctie)', aliases: ['bedrag euro'] }
		]
	},
	// ── verzuim (issue 17): thuiszitters and vrijstellingen, one row per melding ──
	{
		name: 'verzuim',
		label: 'Verzuim en thuiszitters',
		description: 'Eén regel per melding van een leerling die thuiszit of vrijgesteld is (thuiszitterslijst of leerplichtregistratie).',
		key: ['melding_id'],
		replaces: 'key',
		fileNames: ['verzuim', 'thuiszitter', 'leerplicht'],
		columns: [
			{
				name: 'melding_id',
				type: 'text',
				required: true,
				description: 'uniek nummer van de melding',
				aliases: ['id', 'meldingnummer', 'melding nummer', 'meldingsnummer']
			},
			{ name: 'leerling', type: 'text', required: true, description: 'pseudoniem leerlingcode (geen naam of BSN)', aliases: ['leerlingcode', 'leerling id'] },
			{ name: 'gemeente', type: 'text', required: true, description: 'woongemeente van de leerling', aliases: ['woongemeente'] },
			...brin(false),
			{
				name: 'soort',
				type: 'text',
				required: true,
				description: 'absoluut, langdurig_relatief, vrijstelling_5a, vrijstelling_5b, vrijstelling_5c, vrijstelling_15 of overig',
				values: ['absoluut', 'langdurig_relatief', 'vrijstelling_5a', 'vrijstelling_5b', 'vrijstelling_5c', 'vrijstelling_15', 'overig'],
				synonyms: {
					'absoluut verzuim': 'absoluut',
					'langdurig relatief': 'langdurig_relatief',
					'langdurig relatief verzuim': 'langdurig_relatief',
					'vrijstelling 5a': 'vrijstelling_5a',
					'vrijstelling 5b': 'vrijstelling_5b',
					'vrijstelling 5c': 'vrijstelling_5c',
					'vrijstelling 15': 'vrijstelling_15',
					'5a': 'vrijstelling_5a',
					'5b': 'vrijstelling_5b',
					'5c': 'vrijstelling_5c',
					'15': 'vrijstelling_15'
				},
				aliases: ['soort verzuim', 'soort melding', 'type']
			},
			{ name: 'startdatum', type: 'date', required: true, description: 'eerste dag thuis of van de vrijstelling', aliases: ['begindatum', 'datum melding'] },
			{ name: 'einddatum', type: 'date', required: false, description: 'laatste dag; leeg = zit nog thuis', aliases: ['datum einde'] },
			{
				name: 'reden',
				type: 'text',
				required: false,
				alleenCodes: true,
				description: 'een code, nooit vrije tekst over het kind: gedrag, psychisch, lichamelijk, geen_passend_aanbod, wachtlijst of overig',
				values: ['gedrag', 'psychisch', 'lichamelijk', 'geen_passend_aanbod', 'wachtlijst', 'overig'],
				synonyms: { 'geen passend aanbod': 'geen_passend_aanbod' },
				aliases: ['reden verzuim']
			},
			{
				name: 'uitkomst',
				type: 'text',
				required: false,
				description: 'bij een einde: passende_plek, terug_naar_school, vrijstelling, verhuisd of overig',
				values: ['passende_plek', 'terug_naar_school', 'vrijstelling', 'verhuisd', 'overig'],
				synonyms: { 'passende plek': 'passende_plek', 'terug naar school': 'terug_naar_school' },
				aliases: ['resultaat']
			}
		]
	}
];

/**
 * The SWV's own money (issue 18, docs/cijfers.md): not about pupils, one file per boekjaar.
 * A block of its own so other tables can be added beside it without touching it.
 */
export const FINANCIEN_SOORTEN = ['baten', 'lasten', 'begroting_baten', 'begroting_lasten', 'eigen_vermogen'] as const;
const geldSpecs: z.input<typeof tableSpec>[] = [
	{
		name: 'financien',
		label: 'Financiën van het samenwerkingsverband',
		description: 'De jaarrekening en begroting van het samenwerkingsverband zelf: één regel per post per boekjaar (kalenderjaar).',
		key: ['jaar', 'soort', 'post'],
		replaces: 'jaar',
		fileNames: ['financien', 'financiën', 'jaarrekening', 'begroting'],
		columns: [
			{
				name: 'jaar',
				type: 'integer',
				required: true,
				min: 2000,
				max: 2100,
				description: 'boekjaar (kalenderjaar), bijvoorbeeld 2025',
				aliases: ['boekjaar', 'kalenderjaar']
			},
			{
				name: 'soort',
				type: 'text',
				required: true,
				values: [...FINANCIEN_SOORTEN],
				description: 'baten, lasten, begroting_baten, begroting_lasten of eigen_vermogen',
				synonyms: {
					baten: 'baten',
					lasten: 'lasten',
					'begroting baten': 'begroting_baten',
					begroting_baten: 'begroting_baten',
					'begroting lasten': 'begroting_lasten',
					begroting_lasten: 'begroting_lasten',
					'eigen vermogen': 'eigen_vermogen',
					eigen_vermogen: 'eigen_vermogen'
				},
				aliases: ['soort post', 'type']
			},
			{
				name: 'post',
				type: 'text',
				required: true,
				aliases: ['omschrijving', 'rubriek', 'grootboek'],
				description:
					'bijvoorbeeld ondersteuningsbekostiging zwaar, afdracht so, afdracht sbo (VO: afdracht vso; de monitor rekent met deze namen de afdracht per TLV), schoolbudgetten, arrangementen, expertteam, organisatie'
			},
			{ name: 'bedrag', type: 'euro', required: true, description: 'bedrag in euro (lasten als positief bedrag)', aliases: ['bedrag euro', 'waarde'] }
		]
	}
];

export const TABLES: TableSpec[] = [...rawSpecs, ...geldSpecs].map((s) => tableSpec.parse(s));
export function tableSpecByName(name: string): TableSpec | undefined {
	return TABLES.find((t) => t.name === name);
}

const SQL_TYPES: Record<ColumnType, string> = {
	text: 'VARCHAR',
	brin: 'VARCHAR',
	vestiging: 'VARCHAR',
	schooljaar: 'VARCHAR',
	date: 'DATE',
	integer: 'INTEGER',
	decimal: 'DOUBLE',
	euro: 'DECIMAL(14,2)'
};
function sqlType(t: ColumnType): string {
	return SQL_TYPES[t];
}

/**
 * Columns the monitor derives when loading: `schooljaar` for dated tables, so that
 * replacement by (schooljaar, kring) and the queries need no date arithmetic.
 */
export function derivedColumns(spec: TableSpec): { name: string; sql: string; type: string }[] {
	if (spec.name === 'expertteam_inzet') return [{ name: 'schooljaar', sql: 'schooljaar(datum)', type: 'VARCHAR' }];
	return [];
}

/** CREATE TABLE for a spec: the canonical table in DuckDB. */
export function ddl(spec: TableSpec): string {
	const cols = spec.columns.map((c) => `${c.name} ${sqlType(c.type)}${c.required ? ' NOT NULL' : ''}`);
	for (const d of derivedColumns(spec)) cols.push(`${d.name} ${d.type}`);
	return `CREATE TABLE IF NOT EXISTS ${spec.name} (${cols.join(', ')})`;
}

/** SQL building blocks shared by queries/, created after the canonical tables they read. */
const MACRO_DDL = [
	// The reference teldatum of every schooljaar (vooraf.ts, rebuilt by every import): made here when
	// missing, because DuckDB looks up a macro's tables when the macro is made.
	`CREATE TABLE IF NOT EXISTS ${REFERENTIE.naam} AS ${REFERENTIE.sql}`,
	// The schoolbudget per school location and schooljaar (all schooljaren when \`gekozen\` is NULL):
	// toegekend, besteed, pupils at the reference teldatum and distinct pupils with an arrangement that
	// overlaps the schooljaar. One base for budget_kringen, budget_scholen and school_budget, so they cannot
	// drift apart: evaluated once per import, as vooraf_budget_per_school (vooraf-uren.ts), which they read.
	`CREATE OR REPLACE MACRO budget_per_school(gekozen) AS TABLE
	WITH jaren AS (
	SELECT sj, make_date(CAST(left(sj, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(sj, 4) AS INTEGER) + 1, 7, 31) AS einde
	FROM (SELECT schooljaar AS sj FROM budget_toekenning UNION SELECT schooljaar FROM budget_besteding)
	WHERE gekozen IS NULL OR sj = gekozen
),
toegekend AS (
	SELECT schooljaar AS sj, brin, vestiging, sum(bedrag) AS toegekend FROM budget_toekenning GROUP BY ALL
),
besteed AS (
	SELECT schooljaar AS sj, brin, vestiging, sum(bedrag) AS besteed FROM budget_besteding GROUP BY ALL
),
referentie AS (
	SELECT schooljaar AS sj, teldatum FROM vooraf_referentie_teldatum
),
ondersteund AS (
	SELECT j.sj, a.brin, a.vestiging, count(DISTINCT a.leerling) AS ondersteund
	FROM jaren j JOIN arrangementen a ON a.leerling IS NOT NULL AND a.startdatum <= j.einde AND (a.einddatum IS NULL OR a.einddatum >= j.begin)
	GROUP BY ALL
),
scholen_in_beeld AS (
	SELECT brin, vestiging FROM scholen WHERE soort IN ('bao', 'sbo') AND kring IS NOT NULL
	UNION SELECT brin, vestiging FROM toegekend UNION SELECT brin, vestiging FROM besteed
),
per_school AS (
	SELECT j.sj, s.brin, s.vestiging, s.kring, t.toegekend, coalesce(b.besteed, 0) AS besteed, tl.leerlingen, coalesce(o.ondersteund, 0) AS ondersteund
	FROM jaren j
	CROSS JOIN scholen_in_beeld x
	JOIN scholen s USING (brin, vestiging)
	LEFT JOIN toegekend t ON t.sj = j.sj AND t.brin = s.brin AND t.vestiging = s.vestiging
	LEFT JOIN besteed b ON b.sj = j.sj AND b.brin = s.brin AND b.vestiging = s.vestiging
	LEFT JOIN ondersteund o ON o.sj = j.sj AND o.brin = s.brin AND o.vestiging = s.vestiging
	LEFT JOIN referentie r ON r.sj = j.sj
	LEFT JOIN telling tl ON tl.teldatum = r.teldatum AND tl.brin = s.brin AND tl.vestiging = s.vestiging
)
	SELECT * FROM per_school`,
	// The peildatum of the thuiszitters figures (thuiszitters_lijst, _peildatum, _per_gemeente, _per_school,
	// _redenen): the schooljaar of a chosen peildatum, else the given schooljaar (else the newest with a
	// telling); the peildatum defaults to 1 October of it; the schooljaar's first and last day and its
	// reference teldatum (the first telling of the schooljaar). One row.
	`CREATE OR REPLACE MACRO thuiszitters_peil(gekozen_sj, gekozen_peildatum) AS TABLE
	WITH gekozen AS (
	SELECT coalesce(schooljaar(CAST(gekozen_peildatum AS DATE)), CAST(gekozen_sj AS VARCHAR), (SELECT max(schooljaar(teldatum)) FROM telling)) AS sj
)
	SELECT sj, coalesce(CAST(gekozen_peildatum AS DATE), make_date(CAST(left(sj, 4) AS INTEGER), 10, 1)) AS peildatum,
		make_date(CAST(left(sj, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(sj, 4) AS INTEGER) + 1, 7, 31) AS einde,
		(SELECT r.teldatum FROM vooraf_referentie_teldatum r WHERE r.schooljaar = sj) AS teldatum
	FROM gekozen`,
	// Every melding of absoluut or langdurig relatief verzuim against that peildatum: its days at home then,
	// whether it runs on the peildatum (lopend) and whether it started in the schooljaar (nieuw).
	`CREATE OR REPLACE MACRO thuiszitters_thuis(gekozen_sj, gekozen_peildatum) AS TABLE
	SELECT v.*, date_diff('day', v.startdatum, p.peildatum) AS dagen,
		v.startdatum <= p.peildatum AND (v.einddatum IS NULL OR v.einddatum >= p.peildatum) AS lopend,
		v.startdatum BETWEEN p.begin AND p.einde AS nieuw
	FROM verzuim v, thuiszitters_peil(gekozen_sj, gekozen_peildatum) p
	WHERE v.soort IN ('absoluut', 'langdurig_relatief')`,
	// TLV's per month from \`van\` to \`tot\` and per soort (sbo, so), a month without any as 0: of the besluit
	// (wat 'besluit', tlv_per_maand) or of the einddatum ('einde', tlv_aflopend); with a kring or gemeente
	// those that came from a school of it. Read from the TLVs per school and month (vooraf-deelname.ts,
	// rebuilt by every import), made here when missing, as above.
	`CREATE TABLE IF NOT EXISTS ${TLV_SCHOOL_MAAND.naam} AS ${TLV_SCHOOL_MAAND.sql}`,
	`CREATE OR REPLACE MACRO tlv_maanden(gekozen_wat, van, tot, gekozen_kring, gekozen_gemeente) AS TABLE
	WITH maanden AS (
	SELECT CAST(m AS DATE) AS maand FROM generate_series(CAST(van AS TIMESTAMP), CAST(tot AS TIMESTAMP), INTERVAL 1 MONTH) g(m)
),
soorten AS (SELECT * FROM (VALUES ('sbo'), ('so')) v(soort)),
per_maand AS (
	SELECT maand, soort, sum(tlv) AS tlv
	FROM vooraf_tlv_school_maand
	WHERE wat = gekozen_wat AND (gekozen_kring IS NULL OR kring = gekozen_kring) AND (gekozen_gemeente IS NULL OR gemeente = gekozen_gemeente)
	GROUP BY ALL
)
	SELECT m.maand, s.soort, coalesce(p.tlv, 0)::INTEGER AS tlv
	FROM maanden m CROSS JOIN soorten s
	LEFT JOIN per_maand p ON p.maand = m.maand AND p.soort = s.soort`,
	// The peildatum of the expertteam figures of a schooljaar (expertteam_burnup, expertteam_kringen): the
	// latest booking date of the schooljaar, or 31 July once the schooljaar is over (\`vandaag\`, default
	// today, is after it); the schooljaar's first and last day and its number of days. One row. The hours
	// per school (vooraf-uren.ts, rebuilt by every import) are made here when missing, as above.
	`CREATE TABLE IF NOT EXISTS ${EXPERTTEAM_SCHOOL.naam} AS ${EXPERTTEAM_SCHOOL.sql}`,
	`CREATE OR REPLACE MACRO expertteam_peil(gekozen_sj, gekozen_vandaag) AS TABLE
	WITH jaar AS (
	SELECT sj, make_date(CAST(left(sj, 4) AS INTEGER), 8, 1) AS begin, make_date(CAST(left(sj, 4) AS INTEGER) + 1, 7, 31) AS einde
	FROM (SELECT CAST(gekozen_sj AS VARCHAR) AS sj)
)
	SELECT j.*,
		(einde - begin + 1) AS dagen,
		CASE WHEN coalesce(CAST(gekozen_vandaag AS DATE), current_date) > einde THEN einde
			ELSE coalesce((SELECT max(laatste) FROM vooraf_expertteam_school i WHERE i.schooljaar = j.sj), begin) END AS peildatum,
		CASE WHEN coalesce(CAST(gekozen_vandaag AS DATE), current_date) > einde THEN 'einde schooljaar' ELSE 'laatste boeking' END AS peildatum_soort
	FROM jaar j`,
	// The expertteam bookings of a schooljaar under a filter on organisatie, expertise or activiteit (and
	// the kring, when given): expertteam_burnup, _kringen and _verdeling. Without such a filter no rows:
	// those queries then read the sums computed once per import (vooraf-uren.ts).
	`CREATE OR REPLACE MACRO expertteam_inzet_gefilterd(gekozen_sj, gekozen_kring, gekozen_organisatie, gekozen_expertise, gekozen_activiteit) AS TABLE
	SELECT i.* FROM expertteam_inzet i
	WHERE i.schooljaar = gekozen_sj AND NOT (gekozen_organisatie IS NULL AND gekozen_expertise IS NULL AND gekozen_activiteit IS NULL)
		AND (gekozen_kring IS NULL OR i.kring = gekozen_kring)
		AND (gekozen_organisatie IS NULL OR i.organisatie = gekozen_organisatie)
		AND (gekozen_expertise IS NULL OR i.expertise = gekozen_expertise)
		AND (gekozen_activiteit IS NULL OR i.activiteit = gekozen_activiteit)`,
	// VO, by herkomst (docs/cijfers.md): the pupils with a vso-TLV valid on a date who came from one school
	// location, and the vso-TLVs decided in a schooljaar that came from it; NULL (geen gegevens, never 0)
	// while no TLV is loaded at all. One definition for vo_deelname_per_school and vo_school_deelname.
	`CREATE OR REPLACE MACRO vso_leerlingen_van(van_brin, van_vestiging, op_datum) AS
	CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN (
		SELECT count(DISTINCT v.leerling) FROM tlv v
		WHERE v.soort = 'vso' AND v.herkomst_brin = van_brin AND v.herkomst_vestiging = van_vestiging
			AND v.ingangsdatum <= op_datum AND (v.einddatum IS NULL OR v.einddatum >= op_datum)
	)::INTEGER END`,
	`CREATE OR REPLACE MACRO vso_besluiten_van(van_brin, van_vestiging, in_schooljaar) AS
	CASE WHEN EXISTS (SELECT 1 FROM tlv) THEN (
		SELECT count(*) FROM tlv v
		WHERE v.soort = 'vso' AND v.herkomst_brin = van_brin AND v.herkomst_vestiging = van_vestiging AND schooljaar(v.besluitdatum) = in_schooljaar
	)::INTEGER END`
];

/** Tables the monitor itself writes; imports never touch them. */
const META_DDL = [
	`CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)`,
	`CREATE SEQUENCE IF NOT EXISTS import_log_seq`,
	`CREATE TABLE IF NOT EXISTS import_log (
		id INTEGER DEFAULT nextval('import_log_seq') PRIMARY KEY,
		tijdstip TIMESTAMP NOT NULL, gebruiker VARCHAR NOT NULL, uitkomst VARCHAR NOT NULL,
		bestanden JSON NOT NULL, rijen JSON NOT NULL, meldingen INTEGER NOT NULL)`,
	// Accounts, sessions and the audit log (roles issue; src/lib/server/auth/). Imports never touch them.
	`CREATE TABLE IF NOT EXISTS gebruikers (
		naam VARCHAR PRIMARY KEY, rol VARCHAR NOT NULL, scholen VARCHAR NOT NULL DEFAULT '',
		wachtwoord VARCHAR NOT NULL, demo BOOLEAN NOT NULL DEFAULT false,
		aangemaakt TIMESTAMP NOT NULL, gewijzigd TIMESTAMP NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS sessies (
		token_hash VARCHAR PRIMARY KEY, gebruiker VARCHAR NOT NULL,
		aangemaakt TIMESTAMP NOT NULL, verloopt TIMESTAMP NOT NULL)`,
	// E-mail domains whose people get an account at their first OpenID Connect login (auth/oidc.ts).
	`CREATE TABLE IF NOT EXISTS oidc_domeinen (domein VARCHAR PRIMARY KEY, rol VARCHAR NOT NULL, door VARCHAR NOT NULL, tijdstip TIMESTAMP NOT NULL)`,
	`CREATE SEQUENCE IF NOT EXISTS audit_log_seq`,
	`CREATE TABLE IF NOT EXISTS audit_log (
		id INTEGER DEFAULT nextval('audit_log_seq') PRIMARY KEY,
		tijdstip TIMESTAMP NOT NULL, gebruiker VARCHAR, gebeurtenis VARCHAR NOT NULL,
		details VARCHAR NOT NULL DEFAULT '', ip VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS referentie_landelijk (
		jaar INTEGER NOT NULL, indicator VARCHAR NOT NULL, waarde DOUBLE NOT NULL, eenheid VARCHAR NOT NULL,
		definitie VARCHAR NOT NULL, zelfde_definitie BOOLEAN NOT NULL, bron VARCHAR NOT NULL)`,
	// Toelichtingen (notes beside a figure): one row per (metric, niveau, sleutel, schooljaar); every
	// edit is a new row in toelichting_versie, so nothing is ever lost. Deleting sets verwijderd_op.
	`CREATE SEQUENCE IF NOT EXISTS toelichting_seq`,
	`CREATE TABLE IF NOT EXISTS toelichting (
		id INTEGER NOT NULL, metric VARCHAR NOT NULL, niveau VARCHAR NOT NULL, sleutel VARCHAR NOT NULL,
		schooljaar VARCHAR NOT NULL, versie INTEGER NOT NULL, verwijderd_op TIMESTAMP, verwijderd_door VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS toelichting_versie (
		toelichting_id INTEGER NOT NULL, versie INTEGER NOT NULL, tekst VARCHAR NOT NULL, auteur VARCHAR NOT NULL,
		rol VARCHAR NOT NULL, tijdstip TIMESTAMP NOT NULL, hersteld_van INTEGER)`,
	// Column mappings saved as named profiles (import/koppeling.ts): applied to every later file with
	// the same header (kop: its normalised headers joined by |). Imports never touch them.
	`CREATE TABLE IF NOT EXISTS kolomprofielen (
		naam VARCHAR PRIMARY KEY, tabel VARCHAR NOT NULL, kop VARCHAR NOT NULL, koppeling JSON NOT NULL,
		door VARCHAR NOT NULL, tijdstip TIMESTAMP NOT NULL)`,
	// Own targets (streefwaarden, issue 19): every change is a new row with who and when, so the history
	// is kept; the current target of a figure is its newest row (both bounds null: removed).
	`CREATE SEQUENCE IF NOT EXISTS streefwaarde_seq`,
	`CREATE TABLE IF NOT EXISTS streefwaarde (
		id INTEGER DEFAULT nextval('streefwaarde_seq') PRIMARY KEY, metric VARCHAR NOT NULL, min DOUBLE, max DOUBLE,
		door VARCHAR NOT NULL, rol VARCHAR NOT NULL, tijdstip TIMESTAMP NOT NULL)`,
	// Schooljaar of a date: 1 August … 31 July, written '2024-2025'.
	`CREATE OR REPLACE MACRO schooljaar(d) AS
		CAST(year(d) - CASE WHEN month(d) < 8 THEN 1 ELSE 0 END AS VARCHAR) || '-' ||
		CAST(year(d) - CASE WHEN month(d) < 8 THEN 1 ELSE 0 END + 1 AS VARCHAR)`,
	// The first day (1 August) of the schooljaar of a date: schooljaar(schooljaar_begin(d)) = schooljaar(d).
	`CREATE OR REPLACE MACRO schooljaar_begin(d) AS make_date(year(d) - CASE WHEN month(d) < 8 THEN 1 ELSE 0 END, 8, 1)`
];

/**
 * Every statement that brings a database up to this schema, in order; each can run again on a
 * database that already has it. A database made by an older version gains the optional columns
 * added to the specs since.
 */
export function schemaStatements(): string[] {
	return [
		...META_DDL,
		...TABLES.map(ddl),
		...MACRO_DDL,
		...TABLES.flatMap((t) => t.columns.filter((c) => !c.required).map((c) => `ALTER TABLE ${t.name} ADD COLUMN IF NOT EXISTS ${c.name} ${sqlType(c.type)}`))
	];
}
