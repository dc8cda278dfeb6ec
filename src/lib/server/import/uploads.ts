/**
 * Uploaded files wait on disk between the check and the confirmation, in a folder per upload named
 * by a random token, so "inlezen" loads exactly the files that were checked. They are pupil-level
 * exports, so they wait no longer than needed: a folder is removed when the check refuses, when the
 * import is loaded or cancelled, when the same user uploads again, after 30 minutes unconfirmed, and
 * all of them at server start (startUploadHousekeeping).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { z } from 'zod';
import { tooLargeMessage as tooLarge } from '../../upload';

const MB = 1024 * 1024;
const STALE_MS = 30 * 60 * 1000;

/** The largest upload the web import takes, in bytes (env IMPORT_MAX_MB, default 100). */
export function maxUploadBytes(): number {
	const mb = z.coerce
		.number()
		.positive()
		.catch(100)
		.parse(process.env.IMPORT_MAX_MB ?? 100);
	return Math.round(mb * MB);
}

export function tooLargeMessage(bytes: number, limit = maxUploadBytes()): string {
	return tooLarge(bytes, limit);
}

/**
 * One folder per database: two monitors on one machine (two SWVs, or a test server beside a real one)
 * must never clear each other's uploads when one of them starts.
 */
const root = () => {
	if (process.env.IMPORT_UPLOAD_DIR) return process.env.IMPORT_UPLOAD_DIR;
	const db = resolve(process.env.MONITOR_DB ?? 'data/monitor.duckdb');
	return join(tmpdir(), `passend-monitor-uploads-${createHash('sha256').update(db).digest('hex').slice(0, 12)}`);
};
/** Where uploads and the staged rows of a web import wait: pupil-level data, removed at server start. */
export const importWorkRoot = root;
const token = z.uuid();
const manifest = z.object({ user: z.string(), created: z.number(), files: z.array(z.object({ stored: z.string(), name: z.string() })) });

export interface Upload {
	token: string;
	paths: string[];
	/** stored path → the name the user gave the file. */
	names: Map<string, string>;
	user: string;
	/** Where the check keeps the rows it read for the load after it (apart.ts); goes with the upload. */
	gelezen: string;
}

export async function saveUpload(files: File[], user: string): Promise<Upload> {
	sweepUploads();
	// A user's earlier upload that was checked but never confirmed or cancelled goes now.
	if (existsSync(root())) for (const d of readdirSync(root())) if (openUpload(d)?.user === user) discardUpload(d);
	const t = randomUUID();
	const dir = join(root(), t);
	mkdirSync(dir, { recursive: true });
	const entries: { stored: string; name: string }[] = [];
	for (const [i, f] of files.entries()) {
		const ext = extname(f.name)
			.toLowerCase()
			.replace(/[^a-z.]/g, '');
		const stored = `bestand-${i + 1}${ext}`;
		writeFileSync(join(dir, stored), Buffer.from(await f.arrayBuffer()));
		entries.push({ stored, name: f.name.replace(/[\\/]/g, '_').slice(0, 200) });
	}
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ user, created: Date.now(), files: entries }));
	return toUpload(t, dir, { user, created: Date.now(), files: entries });
}

function toUpload(t: string, dir: string, m: z.infer<typeof manifest>): Upload {
	const paths = m.files.map((f) => join(dir, f.stored));
	return { token: t, paths, names: new Map(m.files.map((f, i) => [paths[i], f.name])), user: m.user, gelezen: join(dir, 'gelezen') };
}

/** The upload of a token, or null when it is unknown, expired or already used. */
export function openUpload(t: string): Upload | null {
	if (!token.safeParse(t).success) return null;
	const dir = join(root(), t);
	const file = join(dir, 'manifest.json');
	if (!existsSync(file)) return null;
	const m = manifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	return m.success ? toUpload(t, dir, m.data) : null;
}

export function discardUpload(t: string): void {
	if (token.safeParse(t).success) rmSync(join(root(), t), { recursive: true, force: true });
}

let housekeeping: ReturnType<typeof setInterval> | null = null;

/** At server start: remove every upload and staged import left behind, and sweep stale ones from now on. */
export function startUploadHousekeeping(): void {
	if (housekeeping) return;
	rmSync(root(), { recursive: true, force: true });
	housekeeping = setInterval(() => sweepUploads(), 5 * 60 * 1000);
	housekeeping.unref();
}

export function sweepUploads(now = Date.now()): void {
	if (!existsSync(root())) return;
	for (const d of readdirSync(root())) {
		const full = join(root(), d);
		if (now - statSync(full).mtimeMs > STALE_MS) rmSync(full, { recursive: true, force: true });
	}
}
