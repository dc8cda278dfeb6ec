/**
 * The web import checks the uploaded files in a child process (apart.ts) and, once the beheerder
 * confirms, loads them. The load uses the rows the check read when the files, their names and the
 * column mappings are the same, instead of reading every file again in a new child process; the rows
 * read stay in the upload's own folder and go with it. The child can be started ahead, when the
 * beheerder opens the import page: the check then does not wait for Node and DuckDB to start.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonitorDb } from '../../src/lib/server/db';
import { runImport } from '../../src/lib/server/import/importer';
import { discardUpload, saveUpload } from '../../src/lib/server/import/uploads';
import { childrenStarted, prepareChild, stopSpareChild } from '../../src/lib/server/import/apart';

const SCHOLEN = 'brin,vestiging,naam,soort,gemeente,kring,bestuur\n11AA,00,Basisschool De Linde,bao,Lindeveen,Kring Noord,Stichting A\n';
const telling = (n: number) => `teldatum,brin,vestiging,leerlingen\n2024-10-01,11AA,00,${n}\n`;

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'pm-gelezen-'));
	vi.stubEnv('IMPORT_UPLOAD_DIR', join(dir, 'uploads'));
});
afterEach(() => {
	stopSpareChild();
	vi.unstubAllEnvs();
	rmSync(dir, { recursive: true, force: true });
});

async function schoolDb() {
	const db = await MonitorDb.open(':memory:');
	const f = join(dir, 'scholen.csv');
	writeFileSync(f, SCHOLEN);
	expect((await runImport(db, [f], { user: 'test' })).ok).toBe(true);
	return db;
}
/** A telling file of one school with `n` pupils, at `naam` in the test's folder. */
function tellingBestand(n = 212, naam = 'telling.csv') {
	const file = join(dir, naam);
	writeFileSync(file, telling(n));
	return file;
}
const leerlingen = async (db: MonitorDb) => (await db.query('SELECT leerlingen FROM telling')).rows;

describe('the load after a check uses the rows the check read', () => {
	it('same files, names and mappings: no second child process, the checked rows are loaded', async () => {
		const db = await schoolDb();
		const file = tellingBestand(212, 'bestand-1.csv');
		const gelezen = join(dir, 'upload', 'gelezen');
		const names = new Map([[file, 'telling.csv']]);
		const check = await runImport(db, [file], { dryRun: true, isolate: true, names, gelezen, user: 'test' });
		expect(check.ok).toBe(true);
		expect(existsSync(join(gelezen, 'gelezen.json'))).toBe(true);
		expect(await leerlingen(db)).toEqual([]);
		// A child process started now would be stopped at once ("duurde langer dan …"), and the file on
		// disk says 999: only the rows the check read can give a load of 212.
		vi.stubEnv('IMPORT_CHECK_TIMEOUT_S', '0.001');
		writeFileSync(file, telling(999));
		const load = await runImport(db, [file], { isolate: true, names, gelezen, user: 'test' });
		expect(load.groups.map((g) => g.problem)).toEqual([]);
		expect(load.loaded).toBe(true);
		expect(load.files.map((f) => f.name)).toEqual(['telling.csv']);
		expect(await leerlingen(db)).toEqual([{ leerlingen: 212 }]);
	}, 60_000);

	it('another name or other mappings: the files are read again', async () => {
		const db = await schoolDb();
		const file = join(dir, 'bestand-1.csv');
		const kop = ['teldatum', 'brin', 'vestiging', 'leerlingen', 'herteld'];
		writeFileSync(file, `${kop.join(',')}\n2024-10-01,11AA,00,212,300\n`);
		const gelezen = join(dir, 'upload', 'gelezen');
		expect((await runImport(db, [file], { dryRun: true, isolate: true, names: new Map([[file, 'telling.csv']]), gelezen })).ok).toBe(true);
		writeFileSync(file, `${kop.join(',')}\n2024-10-01,11AA,00,999,300\n`);
		const names = new Map([[file, 'telling-2024.csv']]);
		const load = await runImport(db, [file], { isolate: true, names, gelezen });
		expect(load.loaded).toBe(true);
		expect(load.files.map((f) => f.name)).toEqual(['telling-2024.csv']);
		expect(await leerlingen(db)).toEqual([{ leerlingen: 999 }]);

		// A mapping given at the load that the check did not have: read again through it.
		const herteld = {
			tabel: 'telling',
			kop,
			kolommen: { teldatum: 'teldatum', brin: 'brin', vestiging: 'vestiging', leerlingen: null, herteld: 'leerlingen' },
			waarden: {}
		};
		const load2 = await runImport(db, [file], { isolate: true, names, gelezen, koppelingen: [herteld] });
		expect(load2.groups.filter((g) => g.level === 'fout').map((g) => g.problem)).toEqual([]);
		expect(load2.loaded).toBe(true);
		expect(await leerlingen(db)).toEqual([{ leerlingen: 300 }]);
	}, 60_000);

	it('without a folder to keep them (the command line), the rows read go when the import ends', async () => {
		const db = await schoolDb();
		const file = tellingBestand();
		expect((await runImport(db, [file], { dryRun: true, isolate: true })).ok).toBe(true);
		expect(existsSync(join(dir, 'uploads')) ? readdirSync(join(dir, 'uploads')) : []).toEqual([]);
	}, 60_000);

	it("an upload's rows read go with the upload (confirmed, cancelled or refused)", async () => {
		const db = await schoolDb();
		const upload = await saveUpload([new File([telling(212)], 'telling.csv')], 'beheerder');
		expect((await runImport(db, upload.paths, { dryRun: true, isolate: true, names: upload.names, gelezen: upload.gelezen })).ok).toBe(true);
		expect(readdirSync(upload.gelezen).some((f) => f.endsWith('.parquet'))).toBe(true);
		discardUpload(upload.token);
		expect(existsSync(upload.gelezen)).toBe(false);
		expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
	}, 60_000);
});

describe('a child started ahead', () => {
	it('the check uses it, with the limits of the moment of the check', async () => {
		const db = await schoolDb();
		const file = tellingBestand();
		prepareChild();
		const n = childrenStarted();
		prepareChild(); // the page opened again: the same child
		expect(childrenStarted()).toBe(n);
		expect((await runImport(db, [file], { isolate: true })).loaded).toBe(true);
		expect(childrenStarted()).toBe(n);
		expect(await leerlingen(db)).toEqual([{ leerlingen: 212 }]);

		// Started with the defaults, asked after a limit changed: the child applies the limit of now.
		prepareChild();
		const m = childrenStarted();
		vi.stubEnv('IMPORT_MAX_ROW_CHARS', '40');
		writeFileSync(file, `teldatum,brin,vestiging,leerlingen\n2024-10-01,11AA,00,${'1'.repeat(40)}\n`);
		const r = await runImport(db, [file], { isolate: true, dryRun: true });
		expect(childrenStarted()).toBe(m);
		expect(r.groups.find((g) => g.kind === 'bestand_te_groot')?.problem).toBe('Het bestand is te groot om te controleren: rij 2 is langer dan 40 tekens.');
	}, 60_000);

	it('used once: the next import starts a new one; a child of another heap is not used', async () => {
		const db = await schoolDb();
		const file = tellingBestand();
		prepareChild();
		const n = childrenStarted();
		await runImport(db, [file], { isolate: true, dryRun: true });
		await runImport(db, [file], { isolate: true, dryRun: true });
		expect(childrenStarted()).toBe(n + 1);

		prepareChild();
		vi.stubEnv('IMPORT_CHECK_HEAP_MB', '700');
		expect((await runImport(db, [file], { isolate: true, dryRun: true })).ok).toBe(true);
		expect(childrenStarted()).toBe(n + 3);
	}, 60_000);
});
