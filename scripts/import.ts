/**
 * `npm run import -- [--db FILE] [--dry-run] [--json] [--user NAME] [--profiel NAAM | --profiel-opslaan NAAM] PATH...`
 * --profiel reads the files through that saved column profile (only); --profiel-opslaan saves the
 * suggested column mapping under that name, then imports with it. A file whose columns need mapping
 * is refused with the suggested mapping and how to save it.
 * Exit 0 when loaded (or valid, with --dry-run), 1 with the full problem report when not.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { MonitorDb, DEFAULT_DB } from '../src/lib/server/db';
import { runImport } from '../src/lib/server/import/importer';
import { reportText } from '../src/lib/server/import/report';
import { profiel, bewaarProfiel, profielen } from '../src/lib/server/import/profielen';
import { voorgesteld, voorstelTekst, type Profiel } from '../src/lib/server/import/koppeling';

const GEBRUIK = `Gebruik: npm run import -- [--db BESTAND] [--dry-run] [--json] [--user NAAM] [--profiel NAAM | --profiel-opslaan NAAM] PAD...

  --db BESTAND             de database (standaard MONITOR_DB of ${DEFAULT_DB})
  --dry-run                alleen controleren, niets inlezen
  --json                   het rapport als JSON
  --user NAAM              wie inleest (in het logboek)
  --profiel NAAM           lees de bestanden met dit bewaarde kolomprofiel
  --profiel-opslaan NAAM   bewaar de voorgestelde kolomkoppeling onder deze naam en lees ermee in
  PAD...                   exportbestanden (CSV, xlsx, DUO-bestanden) of mappen`;

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			db: { type: 'string' },
			'dry-run': { type: 'boolean' },
			json: { type: 'boolean' },
			user: { type: 'string' },
			profiel: { type: 'string' },
			'profiel-opslaan': { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
} catch (e) {
	// An unknown or incomplete option: say which, in Dutch, with the usage — not a stack trace.
	console.error(
		`${(e as Error).message
			.split('.')[0]
			.replace(/^Unknown option/, 'Onbekende optie')
			.replace(/^Option '([^']+)' argument missing/, "Bij optie '$1' hoort een waarde")}.\n\n${GEBRUIK}`
	);
	process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
	console.log(GEBRUIK);
	process.exit(0);
}
const file = values.db ?? process.env.MONITOR_DB ?? DEFAULT_DB;
if (positionals.length === 0) {
	console.error(GEBRUIK);
	process.exit(2);
}
const missing = positionals.filter((p) => !existsSync(p));
if (missing.length) {
	console.error(`Niet gevonden: ${missing.join(', ')}. Controleer het pad.`);
	process.exit(1);
}
let db: MonitorDb;
try {
	db = await MonitorDb.open(file, { poolSize: 1 });
} catch (e) {
	const msg = (e as Error).message;
	if (/lock/i.test(msg)) {
		const pid = /PID (\d+)/.exec(msg)?.[1];
		console.error(
			`De database ${file} is in gebruik door een ander proces${pid ? ` (procesnummer ${pid})` : ''}, waarschijnlijk de draaiende monitor.\n` +
				'Stop de monitor en probeer het opnieuw, of lees de bestanden in via de webpagina Beheer → Importeren.'
		);
	} else console.error(`De database ${file} kan niet geopend worden: ${msg.split('\n')[0]}`);
	process.exit(1);
}
const user = values.user ?? process.env.USER ?? 'cli';
const args = positionals.map((p) => (/\s/.test(p) ? `"${p}"` : p)).join(' ');
let koppelingen: Profiel[] | undefined;
if (values.profiel) {
	const p = await profiel(db, values.profiel);
	if (!p) {
		const namen = (await profielen(db)).map((x) => `"${x.naam}"`);
		console.error(
			`Er is geen kolomprofiel "${values.profiel}". ${namen.length ? `Bewaard zijn: ${namen.join(', ')}.` : 'Er zijn nog geen profielen.'} Bewaar er een op Beheer › Importeren of met --profiel-opslaan NAAM.`
		);
		db.close();
		process.exit(1);
	}
	koppelingen = [p];
}
if (values['profiel-opslaan']) {
	// The suggestion of every file that needs mapping, saved under the name (one file: the name itself).
	const proef = await runImport(db, positionals, { dryRun: true, user, geenProfielen: true });
	const vragen = proef.koppelen ?? [];
	if (vragen.length === 0) console.error('Geen bestand hoeft gekoppeld te worden; er is geen profiel bewaard.');
	for (const [i, v] of vragen.entries()) {
		const naam = vragen.length === 1 ? values['profiel-opslaan'] : `${values['profiel-opslaan']} ${i + 1}`;
		const fout = await bewaarProfiel(db, naam, voorgesteld(v), user, { hoe: `npm run import --profiel-opslaan voor ${v.bestand}` });
		if (fout) {
			console.error(fout);
			db.close();
			process.exit(1);
		}
		console.error(`Kolomprofiel "${naam}" bewaard voor ${v.bestand}:\n${voorstelTekst(v).split('\n').slice(1).join('\n')}`);
	}
}
// Progress goes to stderr, so `--json` output on stdout stays clean.
const report = await runImport(db, positionals, {
	dryRun: values['dry-run'],
	user,
	koppelingen,
	geenProfielen: !!koppelingen,
	onProgress: (m) => process.stderr.write(`${m}…\n`)
});
db.close();
console.log(values.json ? JSON.stringify(report, null, 2) : reportText(report));
if (!report.ok && report.koppelen?.length && !values.json) {
	// Ambiguous columns: refused, with the suggestion and how to keep it.
	for (const v of report.koppelen) console.log(`\n${voorstelTekst(v)}`);
	console.log(
		`\nKlopt de voorgestelde koppeling? Bewaar haar als profiel en lees opnieuw in:\n  npm run import -- --profiel-opslaan NAAM ${args}\n` +
			'Of koppel de kolommen zelf op de webpagina Beheer › Importeren en bewaar ze daar als profiel; daarna: npm run import -- --profiel NAAM ' +
			args
	);
}
process.exit(report.ok ? 0 : 1);
