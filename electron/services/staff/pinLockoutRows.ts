import type { Database } from '../database/openDatabase';
import { perConnection } from '../database/perConnection';

export interface PinLockout {
  consecutiveFailures: number;
  lockedUntilMs: number;
}

/** Owner of `pin_lockout`: wrong PINs since the last right one, kept on disk so a restart does not reset them. */
const statements = perConnection((db) => ({
  read: db.prepare<[], { consecutive_failures: number; locked_until_ms: number }>(
    'SELECT consecutive_failures, locked_until_ms FROM pin_lockout WHERE id = 1',
  ),
  write: db.prepare<[number, number]>('UPDATE pin_lockout SET consecutive_failures = ?, locked_until_ms = ? WHERE id = 1'),
}));

export function readPinLockout(db: Database): PinLockout {
  const row = statements(db).read.get();
  return { consecutiveFailures: row?.consecutive_failures ?? 0, lockedUntilMs: row?.locked_until_ms ?? 0 };
}

export function writePinLockout(db: Database, lockout: PinLockout): void {
  statements(db).write.run(lockout.consecutiveFailures, lockout.lockedUntilMs);
}
