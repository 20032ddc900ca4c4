import type { LanLockoutName } from '../../../shared/staff';
import type { Database } from '../database/openDatabase';
import { perConnection } from '../database/perConnection';

export interface LanLockoutRecord {
  /** Wrong attempts from all addresses together since the last right one. */
  consecutiveFailures: number;
  lockedUntilMs: number;
  lastFailureAt: string | null;
  lastFailureSource: string | null;
}

type LockoutRow = { consecutive_failures: number; locked_until_ms: number; last_failure_at: string | null; last_failure_source: string | null };

function statementsFor(db: Database, table: string) {
  return {
    read: db.prepare<[], LockoutRow>(`SELECT consecutive_failures, locked_until_ms, last_failure_at, last_failure_source FROM ${table} WHERE id = 1`),
    write: db.prepare<[number, number, string | null, string | null]>(
      `UPDATE ${table} SET consecutive_failures = ?, locked_until_ms = ?, last_failure_at = ?, last_failure_source = ? WHERE id = 1`,
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
    lockedUntilMs: row?.locked_until_ms ?? 0,
    lastFailureAt: row?.last_failure_at ?? null,
    lastFailureSource: row?.last_failure_source ?? null,
  };
}

export function writeLanLockout(db: Database, name: LanLockoutName, lockout: LanLockoutRecord): void {
  statements(db)[name].write.run(lockout.consecutiveFailures, lockout.lockedUntilMs, lockout.lastFailureAt, lockout.lastFailureSource);
}
