/**
 * Writes the demo exports: `npm run demo -- [--out DIR] [--seed N] [--scale N] [--years N]`.
 * `npm run demo -- --sector vo` writes the VO demo (data/demo-vo/, issue 16) instead.
 * Default: data/demo/ at scale 1 (the files committed in the repository). `--scale 50` makes a very
 * large SWV for the benchmark (≈ 1 000 000 pupils, ≈ 4 300 schools, 10 schooljaren).
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { writeDemo } from '../src/lib/server/demo/generate';
import { writeVoDemo } from '../src/lib/server/demo/generate-vo';

const { values } = parseArgs({
	options: {
		out: { type: 'string' },
		seed: { type: 'string' },
		scale: { type: 'string' },
		years: { type: 'string' },
		sector: { type: 'string', default: 'po' }
	}
});
if (values.sector !== 'po' && values.sector !== 'vo') throw new Error('--sector is po of vo');
if (values.sector === 'vo') {
	const out = values.out ?? 'data/demo-vo';
	const counts = await writeVoDemo(out, { seed: values.seed ? Number(values.seed) : undefined, years: values.years ? Number(values.years) : undefined });
	for (const [file, n] of Object.entries(counts)) console.log(`${join(out, file)}: ${n} rijen`);
	process.exit(0);
}
values.out ??= 'data/demo';
const scale = values.scale ? Number(values.scale) : 1;
const years = values.years ? Number(values.years) : scale > 1 ? 10 : undefined;
const counts = await writeDemo(values.out!, {
	seed: values.seed ? Number(values.seed) : undefined,
	scale,
	years,
	firstYear: years !== undefined ? 2026 - years : undefined
});
for (const [file, n] of Object.entries(counts)) console.log(`${join(values.out!, file)}: ${n} rijen`);
