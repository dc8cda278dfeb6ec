import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discardUpload, maxUploadBytes, openUpload, saveUpload, startUploadHousekeeping, sweepUploads, tooLargeMessage } from './uploads';

describe('uploads waiting for confirmation', () => {
	let root: string;
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'pm-uploads-'));
		process.env.IMPORT_UPLOAD_DIR = root;
	});
	afterEach(() => {
		delete process.env.IMPORT_UPLOAD_DIR;
		delete process.env.IMPORT_MAX_MB;
		rmSync(root, { recursive: true, force: true });
	});

	it('keeps the files under a token with their original names, until discarded', async () => {
		const u = await saveUpload([new File(['brin,naam\n'], 'Scholen export.CSV'), new File(['x'], '../../etc/passwd')], 'beheerder');
		const again = openUpload(u.token)!;
		expect(again.user).toBe('beheerder');
		expect([...again.names.values()]).toEqual(['Scholen export.CSV', '.._.._etc_passwd']);
		expect(again.paths.every((p) => p.startsWith(join(root, u.token)))).toBe(true);
		expect(readFileSync(again.paths[0], 'utf8')).toBe('brin,naam\n');
		expect(again.paths[0].endsWith('.csv')).toBe(true);
		discardUpload(u.token);
		expect(openUpload(u.token)).toBeNull();
	});

	it('refuses tokens that are not its own', () => {
		expect(openUpload('../../etc')).toBeNull();
		expect(openUpload('3b241101-e2bb-4255-8caf-4136c566a962')).toBeNull();
		discardUpload('..');
		expect(existsSync(root)).toBe(true);
	});

	it('sweeps uploads left unconfirmed for more than 30 minutes (pupil-level exports wait no longer)', async () => {
		const u = await saveUpload([new File(['a'], 'telling.csv')], 'b');
		const recent = await saveUpload([new File(['a'], 'telling.csv')], 'c');
		const old = (Date.now() - 31 * 60_000) / 1000;
		utimesSync(join(root, u.token), old, old);
		sweepUploads();
		expect(openUpload(u.token)).toBeNull();
		expect(openUpload(recent.token)).not.toBeNull();
	});

	it("removes a user's unconfirmed upload at that user's next upload; others' stay", async () => {
		const first = await saveUpload([new File(['a'], 'telling.csv')], 'beheerder');
		const other = await saveUpload([new File(['a'], 'telling.csv')], 'tweede');
		const next = await saveUpload([new File(['b'], 'tlv.csv')], 'beheerder');
		expect(existsSync(join(root, first.token))).toBe(false);
		expect(openUpload(other.token)).not.toBeNull();
		expect(openUpload(next.token)).not.toBeNull();
	});

	it('removes every upload and staged import left behind at server start', async () => {
		const u = await saveUpload([new File(['a'], 'telling.csv')], 'b');
		mkdirSync(join(root, 'controle-1234'));
		startUploadHousekeeping();
		expect(existsSync(join(root, u.token))).toBe(false);
		expect(existsSync(join(root, 'controle-1234'))).toBe(false);
	});

	it('has a size limit from IMPORT_MAX_MB (default 100 MB) and says it in Dutch', () => {
		expect(maxUploadBytes()).toBe(100 * 1024 * 1024);
		process.env.IMPORT_MAX_MB = '2,5';
		expect(maxUploadBytes()).toBe(100 * 1024 * 1024);
		process.env.IMPORT_MAX_MB = '2.5';
		expect(maxUploadBytes()).toBe(2.5 * 1024 * 1024);
		expect(tooLargeMessage(3 * 1024 * 1024)).toBe(
			'De bestanden zijn samen 3 MB; de webpagina neemt hoogstens 2,5 MB tegelijk aan. Lees de bestanden in delen in (bijvoorbeeld per schooljaar), of laat de beheerder van de server ze inlezen met npm run import.'
		);
	});
});

describe('the upload folder', () => {
	it("is one per database, so a second monitor starting on the same machine never clears the first one's uploads", async () => {
		const { importWorkRoot } = await import('./uploads');
		const saved = { db: process.env.MONITOR_DB, dir: process.env.IMPORT_UPLOAD_DIR };
		try {
			delete process.env.IMPORT_UPLOAD_DIR;
			process.env.MONITOR_DB = '/srv/swv-a/monitor.duckdb';
			const a = importWorkRoot();
			process.env.MONITOR_DB = '/srv/swv-b/monitor.duckdb';
			const b = importWorkRoot();
			expect(a).not.toBe(b);
			process.env.MONITOR_DB = '/srv/swv-a/monitor.duckdb';
			expect(importWorkRoot()).toBe(a);
			process.env.IMPORT_UPLOAD_DIR = '/var/tmp/eigen-map';
			expect(importWorkRoot()).toBe('/var/tmp/eigen-map');
		} finally {
			if (saved.db === undefined) delete process.env.MONITOR_DB;
			else process.env.MONITOR_DB = saved.db;
			if (saved.dir === undefined) delete process.env.IMPORT_UPLOAD_DIR;
			else process.env.IMPORT_UPLOAD_DIR = saved.dir;
		}
	});
});
