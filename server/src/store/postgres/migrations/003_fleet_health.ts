import { fleetHealthAndCredentialRotation } from '../../fleetHealthSchema';

/** Each kiosk's latest heartbeat; credential rotation with a grace time, and revocation (SQLite's 006). */
export const migrate003FleetHealth = fleetHealthAndCredentialRotation;
