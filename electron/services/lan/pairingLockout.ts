import type { Database } from '../database/openDatabase';
import { appendAudit } from '../staff/auditLogRows';
import type { GrowingLockout } from '../staff/growingLockout';
import { lanLockout } from './lanLockout';

/**
 * Wrong codes from all addresses together: 10 free, then a lockout that doubles with each further
 * wrong code, up to an hour. A code lives 10 minutes, so a guesser gets about 13 tries at a million
 * values; a counter that pairs ends the count.
 */
export const PAIRING_LOCKOUT: GrowingLockout = { freeAttempts: 10, firstLockoutMs: 60_000, longestLockoutMs: 60 * 60_000 };

const pairing = lanLockout('pairing', PAIRING_LOCKOUT);

/** Milliseconds until any address may try a code again, or 0. */
export const pairingLockedForMs = pairing.lockedForMs;

/** Counts and audits a wrong code (in the caller's transaction); answers the lockout it starts, 0 for none. */
export function recordWrongPairingCode(db: Database, nowMs: number, source: string): { consecutiveFailures: number; lockoutMs: number } {
  const counted = pairing.recordWrong(db, nowMs, source);
  appendAudit(db, { at: new Date(nowMs).toISOString(), actor: 'kiosk', action: 'pairing-failed', detail: { source, consecutiveFailures: counted.consecutiveFailures } });
  return counted;
}

/** A counter paired: staff were there with a fresh code, so the count of wrong ones starts again. */
export const clearPairingFailures = pairing.clear;

/** What the staff screen shows of wrong pairing codes. */
export const refusedPairings = pairing.refusals;
