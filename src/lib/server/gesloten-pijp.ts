/**
 * A log line written after whoever reads the server's output went away (a closed pipe: the bench, a
 * process manager restarting its logger, `node build | head`) must not stop the server. Node reports
 * the failed write as an 'error' event on stdout/stderr; without a listener that event is thrown and
 * the process ends with "write EPIPE" — it did, while a page was rendered in the background after an
 * import. A closed pipe is ignored (the lines are lost, the server runs on); any other error still is
 * one.
 */
export function negeerGeslotenPijp(streams: NodeJS.WritableStream[] = [process.stdout, process.stderr]): void {
	for (const stream of streams) {
		stream.on('error', (e: NodeJS.ErrnoException) => {
			if (e.code !== 'EPIPE') throw e;
		});
	}
}
