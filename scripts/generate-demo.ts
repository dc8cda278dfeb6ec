/**
 * Writes the demo exports: `npm run demo -- [--out DIR] [--seed N] [--scale N] [--years N]`.
 * Default: data/demo/ at scale 1 (the files committed in the repository).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemo } from '../src/lib/server/demo/generate';

const { values } = parseArgs({
	options: { out: { type: 'string', default: 'data/demo' }, seed: { type: 'string' }, scale: { type: 'string' }, years: { type: 'string' } }
});
const scale = values.scale ? Number(values.scale) : 1;
const files = generateDemo({
	seed: values.seed ? Number(values.seed) : undefined,
	scale,
	years: values.years ? Number(values.years) : scale > 1 ? 10 : undefined,
	firstYear: values.years || scale > 1 ? 2026 - (values.years ? Number(values.years) : 10) : undefined
});
mkdirSync(values.out!, { recursive: true });
for (const [name, content] of Object.entries(files)) {
	writeFileSync(join(values.out!, name), content);
	console.log(`${join(values.out!, name)}: ${content.split('\n').length - 2} rijen`);
}
