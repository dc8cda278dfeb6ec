import { MonitorDb } from '../src/lib/server/db';
import { QueryRegistry, FULL_SCOPE } from '../src/lib/server/queries';
const db = await MonitorDb.open(process.argv[2]);
const reg = new QueryRegistry(db);
const r = await reg.run(process.argv[3], JSON.parse(process.argv[4] ?? '{}'), FULL_SCOPE);
const cols = (process.argv[5] ?? '').split(',').filter(Boolean);
for (const row of r.rows) console.log(JSON.stringify(cols.length ? Object.fromEntries(cols.map((c) => [c, row[c]])) : row));
