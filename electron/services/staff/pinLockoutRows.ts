import type { Database } from '../database/openDatabase';
import { perConnection } from '../database/perConnection';
import { NO_LOCKOUT, type CountedLockout } from './lockoutEnd';

type PinLockoutRow = { consecutive_failures: number; locked_until_ms: number; locked_boot_id: string | null; locked_until_since_boot_ms: number };

/** Owner of `pin_lockout`: wrong PINs since the last right one, kept on disk so a restart does not reset them. */
const statements = perConnection((db) => ({
  read: db.prepare<[], PinLockoutRow>('SELECT consecutive_failures, locked_until_ms, locked_boot_id, locked_until_since_boot_ms FROM pin_lockout WHERE id = 1'),
  write: db.prepare<[number, number, string | null, number]>(
    'UPDATE pin_lockout SET consecutive_failures = ?, locked_until_ms = ?, locked_boot_id = ?, locked_until_since_boot_ms = ? WHERE id = 1',
  ),
}));

export function readPinLockout(db: Database): CountedLockout {
  const row = statements(db).read.get();
  if (!row) return { consecutiveFailures: 0, end: NO_LOCKOUT };
  return { consecutiveFailures: row.consecutive_failures, end: { trustedMs: row.locked_until_ms, bootId: row.locked_boot_id, sinceBootMs: row.locked_until_since_boot_ms } };
}

export function writePinLockout(db: Database, { consecutiveFailures, end }: CountedLockout): void {
  statements(db).write.run(consecutiveFailures, end.trustedMs, end.bootId, end.sinceBootMs);
}
