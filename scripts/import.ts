/**
 * `npm run import -- [--db FILE] [--dry-run] [--json] [--user NAME] PATH...`
 * Exit 0 when loaded (or valid, with --dry-run), 1 with the full problem report when not.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { MonitorDb, DEFAULT_DB } from '../src/lib/server/db';
import { runImport } from '../src/lib/server/import/importer';
import { reportText } from '../src/lib/server/import/report';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, user: { type: 'string' } }
});
const file = values.db ?? process.env.MONITOR_DB ?? DEFAULT_DB;
if (positionals.length === 0) {
	console.error('Gebruik: npm run import -- [--db BESTAND] [--dry-run] [--json] PAD...');
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
		console.error(`De database ${file} is in gebruik door een ander proces${pid ? ` (procesnummer ${pid})` : ''}, waarschijnlijk de draaiende monitor.\n` +
			'Stop de monitor en probeer het opnieuw, of lees de bestanden in via de webpagina Beheer → Importeren.');
	} else console.error(`De database ${file} kan niet geopend worden: ${msg.split('\n')[0]}`);
	process.exit(1);
}
// Progress goes to stderr, so `--json` output on stdout stays clean.
const report = await runImport(db, positionals, {
	dryRun: values['dry-run'],
	user: values.user ?? process.env.USER ?? 'cli',
	onProgress: (m) => process.stderr.write(`${m}…\n`)
});
db.close();
console.log(values.json ? JSON.stringify(report, null, 2) : reportText(report));
process.exit(report.ok ? 0 : 1);
