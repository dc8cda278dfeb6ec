/**
 * A Plot drawing becomes one labelled image: role="img" with the page's Dutch label, its parts
 * (the groups Plot labels "rule", "dot", …) hidden from screen readers, as on the server.
 */
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { alsAfbeelding, STANDAARD_LABEL } from './toegankelijk';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const teken = (o: Plot.PlotOptions) => Plot.plot({ ...o, document: document as unknown as Document }) as unknown as Element;

describe('alsAfbeelding', () => {
	it('makes the chart an image named by its label, with every part hidden', () => {
		const svg = alsAfbeelding(teken({ ariaLabel: 'Deelname sbo per jaar', marks: [Plot.dot([1, 2, 3], { x: (d: number) => d }), Plot.ruleX([0])] }));
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-label')).toBe('Deelname sbo per jaar');
		const parts = Array.from(svg.children);
		expect(parts.length).toBeGreaterThan(2);
		for (const p of parts) expect(p.getAttribute('aria-hidden'), p.outerHTML.slice(0, 60)).toBe('true');
		// Every element Plot labelled lies inside a hidden part (or is the chart itself).
		for (const el of Array.from(svg.querySelectorAll('[aria-label]')))
			expect(el.closest('[aria-hidden="true"]'), el.getAttribute('aria-label')!).not.toBeNull();
		// The mark names stay, so a test can still count dots.
		expect(svg.querySelectorAll('g[aria-label="dot"] circle').length).toBe(3);
	});

	it('names a chart without a label "Grafiek" rather than leaving an unnamed image', () => {
		expect(alsAfbeelding(teken({ marks: [Plot.ruleX([0])] })).getAttribute('aria-label')).toBe(STANDAARD_LABEL);
		expect(alsAfbeelding(teken({ marks: [Plot.ruleX([0])] }), 'Uren per maand').getAttribute('aria-label')).toBe('Uren per maand');
	});

	it('a chart whose bars lead to the kring pages is a labelled group (an image may hold no links), its links out of the tab order', () => {
		const svg = alsAfbeelding(
			teken({ ariaLabel: 'Verwijzingen per kring', marks: [Plot.barX([{ k: 'Kring Oost', v: 3 }], { y: 'k', x: 'v', href: () => '/kringen/Kring%20Oost' })] })
		);
		expect(svg.getAttribute('role')).toBe('group');
		const links = Array.from(svg.querySelectorAll('a'));
		expect(links.length).toBe(1);
		expect(links[0].getAttribute('tabindex')).toBe('-1');
	});
});
