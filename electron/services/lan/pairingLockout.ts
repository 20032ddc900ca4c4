import type { Database } from '../database/openDatabase';
import { appendAudit } from '../staff/auditLogRows';
import { lockoutMs, type GrowingLockout } from '../staff/growingLockout';
import { readPairingLockout, writePairingLockout } from './pairingLockoutRows';

/**
 * Wrong codes from all addresses together, so rotating source addresses buys nothing: 10 free, then
 * a lockout that doubles with each further wrong code, up to an hour. A code lives 10 minutes, so a
 * guesser gets about 13 tries at a million values; a counter that pairs ends the count.
 */
export const PAIRING_LOCKOUT: GrowingLockout = { freeAttempts: 10, firstLockoutMs: 60_000, longestLockoutMs: 60 * 60_000 };

/** Milliseconds until any address may try a code again, or 0. */
export function pairingLockedForMs(db: Database, nowMs: number): number {
  return Math.max(0, readPairingLockout(db).lockedUntilMs - nowMs);
}

/** Counts and audits a wrong code (in the caller's transaction); answers the lockout it starts, 0 for none. */
export function recordWrongPairingCode(db: Database, nowMs: number, source: string): { consecutiveFailures: number; lockoutMs: number } {
  const consecutiveFailures = readPairingLockout(db).consecutiveFailures + 1;
  const lockedForMs = lockoutMs(consecutiveFailures, PAIRING_LOCKOUT);
  const at = new Date(nowMs).toISOString();
  writePairingLockout(db, { consecutiveFailures, lockedUntilMs: nowMs + lockedForMs, lastFailureAt: at, lastFailureSource: source });
  appendAudit(db, { at, actor: 'kiosk', action: 'pairing-failed', detail: { source, consecutiveFailures } });
  return { consecutiveFailures, lockoutMs: lockedForMs };
}

/** A counter paired: staff were there with a fresh code, so the count of wrong ones starts again. */
export function clearPairingFailures(db: Database): void {
  const { lastFailureAt, lastFailureSource } = readPairingLockout(db);
  writePairingLockout(db, { consecutiveFailures: 0, lockedUntilMs: 0, lastFailureAt, lastFailureSource });
}

/** What the staff screen shows of wrong pairing codes: how many in a row, the last one's time and address, and any lockout. */
export function refusedPairings(db: Database, nowMs: number) {
  const { consecutiveFailures, lockedUntilMs, lastFailureAt, lastFailureSource } = readPairingLockout(db);
  return { consecutiveFailures, lastAt: lastFailureAt, lastSource: lastFailureSource, lockedUntil: lockedUntilMs > nowMs ? new Date(lockedUntilMs).toISOString() : null };
}
