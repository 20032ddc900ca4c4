import type { Database } from '../database/openDatabase';
import { lockoutMs, type GrowingLockout } from '../staff/growingLockout';
import type { LanLockoutName } from '../../../shared/staff';
import { readLanLockout, writeLanLockout } from './lanLockoutRows';

/** What the staff screen shows of wrong guesses over the LAN: how many in a row, the last one's time and address, and any lockout. */
export interface LanRefusals {
  consecutiveFailures: number;
  lastAt: string | null;
  lastSource: string | null;
  lockedUntil: string | null;
}

/**
 * Wrong guesses over the LAN from all addresses together, so rotating source addresses buys
 * nothing; kept on disk so a restart forgives nothing.
 */
export function lanLockout(name: LanLockoutName, rule: GrowingLockout) {
  return {
    /** Milliseconds until any address may try again, or 0. */
    lockedForMs: (db: Database, nowMs: number): number => Math.max(0, readLanLockout(db, name).lockedUntilMs - nowMs),

    /** Counts a wrong guess (in the caller's transaction, which audits it); answers the lockout it starts, 0 for none. */
    recordWrong(db: Database, nowMs: number, source: string): { consecutiveFailures: number; lockoutMs: number } {
      const consecutiveFailures = readLanLockout(db, name).consecutiveFailures + 1;
      const lockedForMs = lockoutMs(consecutiveFailures, rule);
      writeLanLockout(db, name, { consecutiveFailures, lockedUntilMs: nowMs + lockedForMs, lastFailureAt: new Date(nowMs).toISOString(), lastFailureSource: source });
      return { consecutiveFailures, lockoutMs: lockedForMs };
    },

    /** A right guess: the count starts again; the last wrong one stays on show. */
    clear(db: Database): void {
      const { lastFailureAt, lastFailureSource } = readLanLockout(db, name);
      writeLanLockout(db, name, { consecutiveFailures: 0, lockedUntilMs: 0, lastFailureAt, lastFailureSource });
    },

    refusals(db: Database, nowMs: number): LanRefusals {
      const { consecutiveFailures, lockedUntilMs, lastFailureAt, lastFailureSource } = readLanLockout(db, name);
      return { consecutiveFailures, lastAt: lastFailureAt, lastSource: lastFailureSource, lockedUntil: lockedUntilMs > nowMs ? new Date(lockedUntilMs).toISOString() : null };
    },
  };
}

/**
 * The manager ends a lockout now, keeping the count (the next wrong guess locks again, for longer);
 * answers when it would have ended, or null when none was on.
 */
export function liftLanLockout(db: Database, name: LanLockoutName, nowMs: number): number | null {
  const lockout = readLanLockout(db, name);
  if (lockout.lockedUntilMs <= nowMs) return null;
  writeLanLockout(db, name, { ...lockout, lockedUntilMs: 0 });
  return lockout.lockedUntilMs;
}
