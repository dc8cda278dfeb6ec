import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discardUpload, maxUploadBytes, openUpload, saveUpload, sweepUploads, tooLargeMessage } from './uploads';

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

	it('sweeps uploads older than two hours', async () => {
		const u = await saveUpload([new File(['a'], 'telling.csv')], 'b');
		const old = (Date.now() - 3 * 3600_000) / 1000;
		utimesSync(join(root, u.token), old, old);
		sweepUploads();
		expect(openUpload(u.token)).toBeNull();
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
