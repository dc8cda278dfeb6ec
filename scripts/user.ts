/**
 * `npm run user -- [--db FILE] add|remove|list|reset ...`: accounts of the monitor, for the beheerder.
 *   add NAAM --rol beheerder|bestuur|adviseur|school [--school 12AB00 ...] [--wachtwoord W]
 *   remove NAAM
 *   list
 *   reset NAAM [--wachtwoord W]
 * Without --wachtwoord a random password is made and printed once (a password typed on the command
 * line stays in the shell history). Stop the monitor first: DuckDB allows one writing process.
 */
import { parseArgs } from 'node:util';
import { MonitorDb, DEFAULT_DB } from '../src/lib/server/db';
import { AccountError, addUser, listUsers, removeUser, setPassword } from '../src/lib/server/auth/accounts';
import { randomPassword } from '../src/lib/server/auth/password';
import { audit } from '../src/lib/server/audit';

const USAGE = `Gebruik:
  npm run user -- add NAAM --rol beheerder|bestuur|adviseur|school [--school 12AB00 ...] [--wachtwoord W]
  npm run user -- remove NAAM
  npm run user -- list
  npm run user -- reset NAAM [--wachtwoord W]
  (optie --db BESTAND, standaard MONITOR_DB of ${DEFAULT_DB})`;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		db: { type: 'string' },
		rol: { type: 'string' },
		school: { type: 'string', multiple: true },
		wachtwoord: { type: 'string' }
	}
});
const [command, name] = positionals;
if (!command || !['add', 'remove', 'list', 'reset'].includes(command) || (command !== 'list' && !name)) {
	console.error(USAGE);
	process.exit(2);
}
const file = values.db ?? process.env.MONITOR_DB ?? DEFAULT_DB;
let db: MonitorDb;
try {
	db = await MonitorDb.open(file, { poolSize: 1 });
} catch (e) {
	const msg = (e as Error).message;
	console.error(
		/lock/i.test(msg)
			? `De database ${file} is in gebruik door een ander proces (waarschijnlijk de draaiende monitor). Stop de monitor en probeer het opnieuw.`
			: `De database ${file} kan niet geopend worden: ${msg.split('\n')[0]}`
	);
	process.exit(1);
}
const by = `${process.env.USER ?? 'cli'} (opdrachtregel)`;
let exit = 0;
try {
	if (command === 'list') {
		const users = await listUsers(db);
		if (!users.length) console.log('Er zijn nog geen accounts.');
		for (const u of users) console.log([u.name.padEnd(24), u.role.padEnd(10), u.schools.join(','), u.demo ? '(demo)' : ''].join(' ').trimEnd());
	} else if (command === 'add') {
		const pw = values.wachtwoord ?? randomPassword();
		const schools = (values.school ?? [])
			.flatMap((s) => s.split(','))
			.map((s) => s.trim().toUpperCase())
			.filter(Boolean);
		const u = await addUser(db, { name, role: values.rol ?? '', schools, password: pw });
		const known = await db.query(`SELECT brin || vestiging AS s FROM scholen`);
		const unknown = u.schools.filter((s) => known.rows.length && !known.rows.some((r) => r.s === s));
		await audit(db, { user: by, event: 'account_toegevoegd', details: `${u.name} (${u.role}${u.schools.length ? ' ' + u.schools.join(',') : ''})` });
		console.log(`Account ${u.name} (${u.role}${u.schools.length ? `, ${u.schools.join(', ')}` : ''}) toegevoegd.`);
		if (unknown.length) console.log(`Let op: ${unknown.join(', ')} staat niet in de scholentabel van deze database.`);
		if (!values.wachtwoord) console.log(`Wachtwoord (wordt niet nog eens getoond): ${pw}`);
	} else if (command === 'remove') {
		if (await removeUser(db, name)) {
			await audit(db, { user: by, event: 'account_verwijderd', details: name });
			console.log(`Account ${name} verwijderd; de sessies ervan zijn beëindigd.`);
		} else {
			console.error(`Er is geen account "${name}".`);
			exit = 1;
		}
	} else if (command === 'reset') {
		const pw = values.wachtwoord ?? randomPassword();
		await setPassword(db, name, pw);
		await audit(db, { user: by, event: 'wachtwoord_gereset', details: name });
		console.log(
			`Nieuw wachtwoord voor ${name}${values.wachtwoord ? ' ingesteld' : ` (wordt niet nog eens getoond): ${pw}`}. Alle sessies van ${name} zijn beëindigd.`
		);
	}
} catch (e) {
	if (!(e instanceof AccountError)) throw e;
	console.error(e.message);
	exit = 1;
} finally {
	db.close();
}
process.exit(exit);
