import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateDevKey } from '../server/src/crypto/serverKey';
import { startDistrictServer, type DistrictServer } from '../server/src/districtServer';
import { registerKiosk } from '../server/src/kiosks/registerKiosk';
import type { Logger } from '../nodeShared/logger';

export const DEMO_OFFICE_ID = 'demo-office';

/**
 * The reference district server for the demo, on 127.0.0.1 with the log provider (messages are
 * printed with masked numbers, nothing is sent), and this demo kiosk registered with it once.
 */
export async function startDemoDistrict(dataDir: string, port: number, log?: Logger): Promise<{ server: DistrictServer; kioskId: string; secret: string }> {
  mkdirSync(dataDir, { recursive: true });
  const dbFile = join(dataDir, 'district.sqlite');
  const server = await startDistrictServer({ dbFile, key: loadOrCreateDevKey(`${dbFile}.dev-key`).key, port, log });
  const credentialsFile = join(dataDir, 'demo-kiosk-credentials.json');
  if (!existsSync(credentialsFile)) {
    const { kioskId, secret } = await registerKiosk(server.store, DEMO_OFFICE_ID);
    writeFileSync(credentialsFile, JSON.stringify({ kioskId, secret }), { mode: 0o600 });
  }
  const { kioskId, secret } = JSON.parse(readFileSync(credentialsFile, 'utf8')) as { kioskId: string; secret: string };
  return { server, kioskId, secret };
}
