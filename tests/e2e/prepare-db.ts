/**
 * Before the browser tests: the demo database (as on a first `npm start`) plus one ordinary account
 * with a known password, so the tests can log in with a password as a real user would.
 * Usage: node --import tsx tests/e2e/prepare-db.ts FILE
 */
import { openDatabase } from '../../src/lib/server/context';
import { addUser } from '../../src/lib/server/auth/accounts';
import { E2E_ACCOUNT } from './accounts';

const db = await openDatabase(process.argv[2]);
await addUser(db, { ...E2E_ACCOUNT, role: 'adviseur' });
db.close();
