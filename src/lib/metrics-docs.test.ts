import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cijfersDoc } from './metrics-docs';
import { METRICS } from './metrics';

describe('docs/cijfers.md', () => {
	it('is what the metric catalogue generates (run `npm run docs` after changing a metric)', () => {
		expect(readFileSync('docs/cijfers.md', 'utf8')).toBe(cijfersDoc());
	});
	it('holds every metric with its definition, and the rules for every figure', () => {
		const doc = cijfersDoc();
		for (const m of Object.values(METRICS)) {
			expect(doc).toContain(`### ${m.label} (\`${m.id}\`)`);
			expect(doc).toContain(m.definition);
			if ('vo' in m && m.vo) expect(doc).toContain(`In een VO-samenwerkingsverband: ${m.vo}`);
		}
		expect(doc).toContain('In een VO-samenwerkingsverband: Post afdracht vso ÷ aantal verschillende leerlingen met een geldige vso-TLV');
		expect(doc).toContain('## Regels voor elk cijfer');
		expect(doc).toContain('"<5"');
	});
});
