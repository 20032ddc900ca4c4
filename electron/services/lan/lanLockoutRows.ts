import type { LanLockoutName } from '../../../shared/staff';
import type { Database } from '../database/openDatabase';
import { perConnection } from '../database/perConnection';
import type { CountedLockout } from '../staff/lockoutEnd';

/** Wrong attempts from all addresses together since the last right one, and the lockout they started. */
export interface LanLockoutRecord extends CountedLockout {
  lastFailureAt: string | null;
  lastFailureSource: string | null;
}

type LockoutRow = {
  consecutive_failures: number;
  locked_until_ms: number;
  locked_boot_id: string | null;
  locked_until_since_boot_ms: number;
  last_failure_at: string | null;
  last_failure_source: string | null;
};

function statementsFor(db: Database, table: string) {
  return {
    read: db.prepare<[], LockoutRow>(
      `SELECT consecutive_failures, locked_until_ms, locked_boot_id, locked_until_since_boot_ms, last_failure_at, last_failure_source FROM ${table} WHERE id = 1`,
    ),
    write: db.prepare<[number, number, string | null, number, string | null, string | null]>(
      `UPDATE ${table} SET consecutive_failures = ?, locked_until_ms = ?, locked_boot_id = ?, locked_until_since_boot_ms = ?, last_failure_at = ?, last_failure_source = ? WHERE id = 1`,
    ),
  };
}

/** Owner of `pairing_lockout` and `manager_page_lockout`: one row each, on disk so a restart resets nothing. */
const statements = perConnection((db) => ({
  pairing: statementsFor(db, 'pairing_lockout'),
  managerPage: statementsFor(db, 'manager_page_lockout'),
}));

export function readLanLockout(db: Database, name: LanLockoutName): LanLockoutRecord {
  const row = statements(db)[name].read.get();
  return {
    consecutiveFailures: row?.consecutive_failures ?? 0,
    end: { trustedMs: row?.locked_until_ms ?? 0, bootId: row?.locked_boot_id ?? null, sinceBootMs: row?.locked_until_since_boot_ms ?? 0 },
    lastFailureAt: row?.last_failure_at ?? null,
    lastFailureSource: row?.last_failure_source ?? null,
  };
}

export function writeLanLockout(db: Database, name: LanLockoutName, { consecutiveFailures, end, lastFailureAt, lastFailureSource }: LanLockoutRecord): void {
  statements(db)[name].write.run(consecutiveFailures, end.trustedMs, end.bootId, end.sinceBootMs, lastFailureAt, lastFailureSource);
}
