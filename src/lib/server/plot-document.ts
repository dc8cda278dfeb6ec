/**
 * A DOM for drawing Plot charts on the server, so a page's charts arrive as SVG in its HTML: drawn
 * before any script runs, readable without JS, and in print and PDF. Installed once at start-up
 * (hooks.server.ts); PlotChart.svelte picks it up during server rendering. linkedom 0.16 is used
 * because later versions depend on a package this project's registry does not carry.
 */
import { parseHTML } from 'linkedom';

export function installPlotDocument(): void {
	const g = globalThis as { __plotDocument?: Document };
	g.__plotDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}
