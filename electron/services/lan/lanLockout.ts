import type { Database } from '../database/openDatabase';
import type { GrowingLockout } from '../staff/growingLockout';
import { afterWrongAttempt, NO_LOCKOUT, refusedForMs, type LockoutClocks } from '../staff/lockoutEnd';
import type { LanLockoutName } from '../../../shared/staff';
import { readLanLockout, writeLanLockout, type LanLockoutRecord } from './lanLockoutRows';

/** What the staff screen shows of wrong guesses over the LAN: how many in a row, the last one's time and address, and any lockout. */
export interface LanRefusals {
  consecutiveFailures: number;
  lastAt: string | null;
  lastSource: string | null;
  lockedUntil: string | null;
}

export type LanLockout = ReturnType<typeof lanLockout>;

/**
 * Wrong guesses over the LAN from all addresses together, so rotating source addresses buys
 * nothing; kept on disk so a restart forgives nothing. A lockout ends on the trusted time and, on
 * the boot it began, on time since boot too (see LockoutEnd).
 */
export function lanLockout(name: LanLockoutName, rule: GrowingLockout) {
  /** The trusted time at which the kept lockout lets guesses through, or null if it does now. */
  function lockedUntilMs(kept: LanLockoutRecord, clocks: LockoutClocks): number | null {
    const forMs = refusedForMs(kept, rule, clocks);
    return forMs > 0 ? clocks.trusted.now() + forMs : null;
  }

  return {
    /** Milliseconds until any address may try again, or 0. */
    lockedForMs: (db: Database, clocks: LockoutClocks): number => refusedForMs(readLanLockout(db, name), rule, clocks),

    /** Counts a wrong guess (in the caller's transaction, which audits it); answers the lockout it starts, 0 for none. */
    recordWrong(db: Database, clocks: LockoutClocks, source: string): { consecutiveFailures: number; lockoutMs: number } {
      const { consecutiveFailures, end, lockoutMs } = afterWrongAttempt(readLanLockout(db, name), rule, clocks);
      writeLanLockout(db, name, { consecutiveFailures, end, lastFailureAt: new Date(clocks.trusted.now()).toISOString(), lastFailureSource: source });
      return { consecutiveFailures, lockoutMs };
    },

    /** A right guess: the count starts again; the last wrong one stays on show. */
    clear(db: Database): void {
      writeLanLockout(db, name, { ...readLanLockout(db, name), consecutiveFailures: 0, end: NO_LOCKOUT });
    },

    refusals(db: Database, clocks: LockoutClocks): LanRefusals {
      const kept = readLanLockout(db, name);
      const { consecutiveFailures, lastFailureAt, lastFailureSource } = kept;
      const until = lockedUntilMs(kept, clocks);
      return { consecutiveFailures, lastAt: lastFailureAt, lastSource: lastFailureSource, lockedUntil: until === null ? null : new Date(until).toISOString() };
    },

    /**
     * The manager ends a lockout now, keeping the count (the next wrong guess locks again, for longer);
     * answers when it would have ended on the trusted time, or null when none was on.
     */
    lift(db: Database, clocks: LockoutClocks): number | null {
      const kept = readLanLockout(db, name);
      const until = lockedUntilMs(kept, clocks);
      if (until !== null) writeLanLockout(db, name, { ...kept, end: NO_LOCKOUT });
      return until;
    },
  };
}
