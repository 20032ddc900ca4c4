import type { Database } from 'better-sqlite3';
import { fleetHealthAndCredentialRotation } from '../../fleetHealthSchema';

/** Each kiosk's latest heartbeat; credential rotation with a grace time, and revocation. */
export function migrate006FleetHealth(db: Database): void {
  db.exec(fleetHealthAndCredentialRotation);
}
