/** `npm run docs`: writes data/README.md from the table specs. */
import { writeFileSync } from 'node:fs';
import { dataReadme } from '../src/lib/server/import/docs';

writeFileSync('data/README.md', dataReadme());
console.log('data/README.md geschreven uit de tabelspecificaties.');
