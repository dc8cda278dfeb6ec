/**
 * Issue 13: the server crashed with "write EPIPE" when it logged a line after the reader of its output
 * had gone (the bench closed its end of the pipe while a page was rendered in the background). The
 * condition itself in a child process — its stdout is a pipe whose reading end the test closes, then it
 * logs again — with and without the guard; and that the server's init (hooks.server.ts) installs it.
 */
import { describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MODULE = pathToFileURL(resolve('src/lib/server/gesloten-pijp.ts')).href;

/**
 * A process that logs a line every 5 ms for 400 ms, then says on stderr that it still runs and ends
 * with 0. The test reads its first line and closes the pipe: every later line fails with EPIPE.
 */
function logtNaGeslotenPijp(guard: boolean): Promise<{ code: number | null; stderr: string }> {
	const script = `
		${guard ? `const { negeerGeslotenPijp } = await import(${JSON.stringify(MODULE)}); negeerGeslotenPijp();` : ''}
		const t = setInterval(() => console.log('regel ' + Date.now()), 5);
		setTimeout(() => { clearInterval(t); process.stderr.write('nog in leven\\n'); process.exit(0); }, 400);
	`;
	const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	// The reader goes away after the first line.
	child.stdout.once('data', () => child.stdout.destroy());
	return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
}

describe('a closed stdout pipe (EPIPE)', () => {
	it('without the guard, a log line after the reader went away ends the process with "write EPIPE" (the crash)', async () => {
		const r = await logtNaGeslotenPijp(false);
		expect(r.stderr).toContain('EPIPE');
		expect(r.stderr).not.toContain('nog in leven');
		expect(r.code).not.toBe(0);
	});

	it('with the guard, the process logs on and keeps running', async () => {
		const r = await logtNaGeslotenPijp(true);
		expect(r.stderr).not.toContain('EPIPE');
		expect(r.stderr).toContain('nog in leven');
		expect(r.code).toBe(0);
	});
});

// The server's init without a database: only whether it guards its output.
vi.mock('$lib/server/context', () => ({ context: async () => ({}) }));
vi.mock('$lib/server/plot-document', () => ({ installPlotDocument: () => {} }));

describe('the server start (hooks.server.ts init)', () => {
	it('guards stdout and stderr: EPIPE is ignored there, any other error is still thrown', async () => {
		const { init } = await import('../../src/hooks.server');
		const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
		const other = Object.assign(new Error('write EIO'), { code: 'EIO' });
		// The listeners init adds (the test runner may have its own on these streams).
		const before = [process.stdout, process.stderr].map((s) => s.listeners('error'));
		await init();
		for (const [i, stream] of [process.stdout, process.stderr].entries()) {
			const added = stream.listeners('error').filter((l) => !before[i].includes(l)) as ((e: Error) => void)[];
			expect(added).toHaveLength(1);
			expect(() => added[0](epipe)).not.toThrow();
			expect(() => added[0](other)).toThrow('write EIO');
		}
	});
});
