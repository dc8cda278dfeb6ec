/** `npm run rows`: writes src/lib/rows.generated.ts, the row type of every query in queries/ (src/lib/server/rows.ts). */
import { writeFileSync } from 'node:fs';
import { ROWS_FILE, rowsFile } from '../src/lib/server/rows';

writeFileSync(ROWS_FILE, await rowsFile());
console.log(`${ROWS_FILE} geschreven uit queries/*.sql.`);
