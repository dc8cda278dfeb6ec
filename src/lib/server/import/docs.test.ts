import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dataReadme } from './docs';
import { TABLES } from '../schema';

describe('data/README.md', () => {
	it('is what the table specs generate (run `npm run docs` after changing a spec)', () => {
		expect(readFileSync('data/README.md', 'utf8')).toBe(dataReadme());
	});
	it('documents every table and column, with an example file that exists', () => {
		const doc = dataReadme();
		for (const t of TABLES) {
			expect(doc).toContain(`## ${t.label} (\`${t.name}\`)`);
			expect(existsSync(`data/demo/${t.name}.csv`)).toBe(true);
			for (const c of t.columns) expect(doc).toContain(`| \`${c.name}\` |`);
		}
	});
});
