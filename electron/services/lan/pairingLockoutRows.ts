import type { Database } from '../database/openDatabase';
import { perConnection } from '../database/perConnection';

export interface PairingLockout {
  /** Wrong codes from all addresses together since the last counter paired. */
  consecutiveFailures: number;
  lockedUntilMs: number;
  lastFailureAt: string | null;
  lastFailureSource: string | null;
}

type LockoutRow = { consecutive_failures: number; locked_until_ms: number; last_failure_at: string | null; last_failure_source: string | null };

/** Owner of `pairing_lockout`: one row, on disk so a restart resets nothing. */
const statements = perConnection((db) => ({
  read: db.prepare<[], LockoutRow>('SELECT consecutive_failures, locked_until_ms, last_failure_at, last_failure_source FROM pairing_lockout WHERE id = 1'),
  write: db.prepare<[number, number, string | null, string | null]>(
    'UPDATE pairing_lockout SET consecutive_failures = ?, locked_until_ms = ?, last_failure_at = ?, last_failure_source = ? WHERE id = 1',
  ),
}));

export function readPairingLockout(db: Database): PairingLockout {
  const row = statements(db).read.get();
  return {
    consecutiveFailures: row?.consecutive_failures ?? 0,
    lockedUntilMs: row?.locked_until_ms ?? 0,
    lastFailureAt: row?.last_failure_at ?? null,
    lastFailureSource: row?.last_failure_source ?? null,
  };
}

export function writePairingLockout(db: Database, lockout: PairingLockout): void {
  statements(db).write.run(lockout.consecutiveFailures, lockout.lockedUntilMs, lockout.lastFailureAt, lockout.lastFailureSource);
}
