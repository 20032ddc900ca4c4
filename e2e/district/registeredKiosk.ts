import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { districtProcess, type DistrictProcess } from '../../tools/district/districtProcess';
import { freePort } from '../../tools/freePort';
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

/** A district server process on its own SQLite file in `workDir`, with one kiosk registered and IT's token set. */
export async function startDistrictWithKiosk(workDir: string, itToken: string): Promise<{ server: DistrictProcess; credentials: KioskCredentials }> {
  const serverDb = join(workDir, 'district.sqlite');
  const credentials = await registerKioskInFile(serverDb, 'e2e-office');
  const server = districtProcess({ SUNBEON_SERVER_DB: serverDb, SUNBEON_SERVER_KEY: randomBytes(32).toString('hex'), SUNBEON_IT_TOKEN: itToken }, await freePort());
  await server.start();
  return { server, credentials };
}
