import type { KioskCredentials } from '../../server/src/kiosks/kioskCredentials';
import { registerKiosk } from '../../server/src/kiosks/registerKiosk';
import { openSqliteStore } from '../../server/src/store/sqlite/openSqliteStore';

/** What IT does before starting the server: register a kiosk in the district's SQLite file (npm run register-kiosk). */
export async function registerKioskInFile(serverDb: string, officeId: string): Promise<KioskCredentials> {
  const store = openSqliteStore(serverDb);
  try {
    return await registerKiosk(store, officeId);
  } finally {
    await store.close();
  }
}
