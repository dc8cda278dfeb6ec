/** `npm run docs`: writes data/README.md from the table specs and docs/cijfers.md from the metric catalogue. */
import { writeFileSync } from 'node:fs';
import { dataReadme } from '../src/lib/server/import/docs';
import { cijfersDoc } from '../src/lib/metrics-docs';

writeFileSync('data/README.md', dataReadme());
writeFileSync('docs/cijfers.md', cijfersDoc());
console.log('data/README.md en docs/cijfers.md geschreven uit de tabelspecificaties en de cijfercatalogus.');
