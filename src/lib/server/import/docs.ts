/**
 * data/README.md, generated from the table specs so the documentation cannot drift from what the
 * importer accepts (`npm run docs` writes it; a unit test fails when the committed file differs).
 */
import { TABLES, type ColumnSpec, type TableSpec } from '../schema';

const TYPE_TEXT: Record<ColumnSpec['type'], string> = {
	text: 'tekst',
	date: 'datum',
	integer: 'geheel getal',
	decimal: 'getal',
	euro: 'bedrag in euro',
	schooljaar: 'schooljaar',
	brin: 'BRIN-nummer',
	vestiging: 'vestigingsnummer'
};

const REPLACES: Record<TableSpec['replaces'], (t: TableSpec) => string> = {
	key: (t) => `de regels met dezelfde ${t.key!.join(' + ')} worden vervangen; andere regels blijven staan`,
	teldatum: () => 'alle regels van elke teldatum in het bestand worden vervangen; andere teldata blijven staan',
	schooljaar_kring: () => 'alle regels van elk (schooljaar, kring) in het bestand worden vervangen; andere blijven staan',
	schooljaar_school: () => 'alle regels van elk (schooljaar, school) in het bestand worden vervangen; andere blijven staan',
	jaar: () => 'alle regels van elk jaar in het bestand worden vervangen; andere jaren blijven staan'
};

const cellText = (s: string) => s.replace(/\|/g, '\\|');

function range(c: ColumnSpec): string {
	const parts: string[] = [];
	if (c.min !== undefined) parts.push(`${c.minExclusive ? 'meer dan' : 'minstens'} ${String(c.min).replace('.', ',')}`);
	if (c.max !== undefined) parts.push(`hoogstens ${String(c.max).replace('.', ',')}`);
	return parts.join(' en ');
}

function columnRow(c: ColumnSpec): string {
	const rule = [c.description, c.values ? `toegestaan: ${c.values.map((v) => `\`${v}\``).join(', ')}` : '', range(c)].filter(Boolean).join('; ');
	const aliases = c.aliases.map((a) => `\`${a}\``).join(', ');
	return `| \`${c.name}\` | ${TYPE_TEXT[c.type]} | ${c.required ? 'ja' : 'nee'} | ${cellText(rule)} | ${aliases} |`;
}

function tableSection(t: TableSpec): string {
	return [
		`## ${t.label} (\`${t.name}\`)`,
		'',
		t.description,
		'',
		`- Voorbeeld: [\`demo/${t.name}.csv\`](demo/${t.name}.csv)`,
		`- Herkend aan de bestandsnaam: ${[...new Set([t.name, ...t.fileNames])].map((w) => `\`${w}\``).join(', ')} (of aan de kopregel)`,
		`- Opnieuw inlezen: ${REPLACES[t.replaces](t)}.`,
		'',
		'| kolom | soort | verplicht | uitleg | ook herkend als |',
		'|---|---|---|---|---|',
		...t.columns.map(columnRow),
		''
	].join('\n');
}

export function dataReadme(): string {
	return `<!-- Gemaakt door \`npm run docs\` uit src/lib/server/schema.ts. Niet met de hand bewerken. -->
# Exportbestanden voor de Passend Monitor

De monitor leest de exports uit uw registratiesystemen (Kindkans, TOP-dossier, Onderwijs Transparant,
Indigo) en uit Excel. Dit document beschrijft per tabel welke kolommen de monitor verwacht. In
[\`demo/\`](demo/) staat van elke tabel een voorbeeldbestand.

## Inlezen

- Op de website: **Beheer → Importeren**. U kiest een of meer bestanden, de monitor controleert ze en
  laat alle problemen tegelijk zien. Pas als u bevestigt, worden de gegevens ingelezen.
- Op de opdrachtregel: \`npm run import -- [--db BESTAND] [--dry-run] [--json] PAD...\` (bestanden of mappen).
  Met \`--dry-run\` wordt alleen gecontroleerd.

Een import wordt eerst helemaal gecontroleerd en daarna in één keer ingelezen: alles, of niets. Bij een
fout verandert er niets aan de gegevens in de monitor. Wat in de monitor zelf is geschreven
(toelichtingen, gebruikers) verandert nooit door een import. Elke import komt in het importlogboek
(Beheer → Importlog): wanneer, door wie, welke bestanden, hoeveel regels per tabel.

## Welke bestanden

- **CSV** met komma, puntkomma of tab als scheidingsteken; UTF-8 (met of zonder BOM) of Windows-1252
  (zoals oudere Excel-versies opslaan). Waarden met het scheidingsteken erin staan tussen aanhalingstekens.
- **Excel (.xlsx)**: één tabel per werkblad, met de naam van de tabel als naam van het werkblad, of één
  tabel per bestand. Echte Excel-datums en -getallen worden goed gelezen. Oude .xls-bestanden niet:
  sla die op als .xlsx.
- **Parquet**, met dezelfde kolomnamen.
- **DUO open data**: de bestanden \`01.-leerlingen-po-soort-po-cluster-leeftijd*.csv\` en
  \`03.-leerlingen-po-per-gemeente-postcode-leerling-leeftijd\` (één per gemeente, \`<gemeente> afgeschermd.csv\`)
  worden gelezen als leerlingtelling: alle regels van één peildatum en vestiging (so en vso, de postcodes
  van de leerlingen) en de leeftijdskolommen opgeteld. Scholen die niet in \`scholen\` staan worden
  overgeslagen; een bestand zonder scholen van het samenwerkingsverband (of een leeg bestand) ook, met één
  melding, zodat de hele landelijke set in één keer kan. DUO schrijft 1 tot 4 leerlingen als \`<5\`: een
  totaal met zulke cellen is een schatting. De monitor bewaart dan de ondergrens (elke \`<5\` als 1) in
  \`leerlingen\` en \`leerlingen_min\`, de bovengrens (elke \`<5\` als 4) in \`leerlingen_max\`, en meldt het.
- **Exports van registratiesystemen** (zoals de TLV-export van Indigo): een kolom met één bekende
  andere naam wordt vanzelf gelezen (\`beschikkingsnummer\` als \`tlv_id\`, \`lokaal_leerlingnummer\` als
  \`leerling\`, \`datum_besluit\` als \`besluitdatum\`), \`Categorie 1/2/3\` als laag/midden/hoog. Ontbreekt
  \`ingangsdatum\`, dan is die gelijk aan \`besluitdatum\`; een kolom \`duur_in_jaren\` geeft \`einddatum\`:
  31 juli van het laatste schooljaar (vanaf 1-9-2024 voor 2 jaar: 31-7-2026). Het rapport noemt wat zo gelezen is.

## Hoe waarden geschreven mogen worden

- Kolomnamen: hoofdletters, spaties, streepjes en liggende streepjes maken niet uit (\`Herkomst-BRIN\` =
  \`herkomst_brin\`). Onbekende kolommen worden overgeslagen, met een melding.
- Datums: \`2024-10-01\`, \`01-10-2024\`, \`1-10-2024\`, \`01/10/2024\`, \`20241001\`, een echte Excel-datum, of het datumgetal van Excel (\`45566\` = 1-10-2024).
- Getallen: \`2,5\` en \`2.5\`. Bedragen: \`€ 1.234,50\`, \`1234,50\`, \`1234.50\`, \`1.234,50\`.
- Schooljaar: \`2024-2025\` of \`2024/2025\`.
- Een school is \`brin\` + \`vestiging\`. \`12AB00\` in de kolom brin mag ook; een lege vestiging is \`00\`.
- Elke school in een andere tabel moet in \`scholen\` staan (in dezelfde import of eerder ingelezen);
  elke kring ook.

## Privacy

De monitor bewaart geen gegevens die een leerling direct identificeren. Een bestand met een kolom voor
BSN, naam van een leerling, geboortedatum, adres of postcode wordt geweigerd, met de naam van die kolom.
Gebruik voor leerlingen alleen de pseudonieme leerlingcode uit uw registratiesysteem.

${TABLES.map(tableSection).join('\n')}`;
}
