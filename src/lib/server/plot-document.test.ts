import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { installPlotDocument } from './plot-document';

/**
 * Server charts are put in the page with {@html}: the SVG must carry names (axis labels, tips,
 * the caption) as escaped text only. A school named like markup stays text.
 */
describe('server chart drawing', () => {
	it('escapes names in labels, titles and the caption', () => {
		installPlotDocument();
		const doc = (globalThis as { __plotDocument?: Document }).__plotDocument!;
		const naam = `</style><meta http-equiv=refresh content=0;url=https://aanvaller.example/><script>alert(1)</script>"'&`;
		const svg = (
			Plot.plot({
				document: doc,
				caption: naam,
				ariaLabel: naam,
				ariaDescription: naam,
				x: { label: naam },
				marks: [
					Plot.barY([{ school: naam, n: 3 }], { x: 'school', y: 'n', title: (d: { school: string }) => d.school, ariaLabel: naam }),
					Plot.text([naam], { x: 0, y: 0, text: (d: string) => d })
				]
			}) as unknown as { outerHTML: string }
		).outerHTML;
		// In text (labels, tips, caption) every < and > is escaped: the name cannot open an element.
		expect(svg).toContain(
			'<figcaption>&lt;/style&gt;&lt;meta http-equiv=refresh content=0;url=https://aanvaller.example/&gt;&lt;script&gt;alert(1)&lt;/script&gt;"\'&amp;</figcaption>'
		);
		expect(svg.match(/&lt;meta http-equiv/g)!.length).toBeGreaterThanOrEqual(4);
		// In attributes the quote is escaped, so the value cannot end early; a < inside a quoted value is text.
		expect(svg).toContain('aria-label="</style><meta http-equiv=refresh content=0;url=https://aanvaller.example/><script>alert(1)</script>&quot;\'&"');
		const outsideAttributes = svg.replace(/"[^"]*"/g, '""');
		expect(outsideAttributes).not.toMatch(/<(meta|script)\b/i);
		expect(outsideAttributes.match(/<\/style>/g)).toHaveLength(1);
	});
});
