import type { Database } from '../database/openDatabase';
import { appendAudit } from '../staff/auditLogRows';
import type { GrowingLockout } from '../staff/growingLockout';
import type { LockoutClocks } from '../staff/lockoutEnd';
import { lanLockout } from './lanLockout';

/**
 * Wrong codes from all addresses together: 10 free, then a lockout that doubles with each further
 * wrong code, up to an hour. A code lives 10 minutes, so a guesser gets about 13 tries at a million
 * values; a counter that pairs ends the count.
 */
export const PAIRING_LOCKOUT: GrowingLockout = { freeAttempts: 10, firstLockoutMs: 60_000, longestLockoutMs: 60 * 60_000 };

export const pairingLockout = lanLockout('pairing', PAIRING_LOCKOUT);

/** Counts and audits a wrong code (in the caller's transaction); answers the lockout it starts, 0 for none. */
export function recordWrongPairingCode(db: Database, clocks: LockoutClocks, source: string): { consecutiveFailures: number; lockoutMs: number } {
  const counted = pairingLockout.recordWrong(db, clocks, source);
  appendAudit(db, { at: new Date(clocks.trusted.now()).toISOString(), actor: 'kiosk', action: 'pairing-failed', detail: { source, consecutiveFailures: counted.consecutiveFailures } });
  return counted;
}
