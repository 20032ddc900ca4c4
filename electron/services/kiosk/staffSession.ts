import type { StaffRole } from '../../../shared/staff';
import type { Clock } from '../../../nodeShared/clock';
import { writeTransaction, type Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { appendAudit } from '../staff/auditLogRows';
import { pinHashOf, savePinHash, seedPinHash } from '../staff/staffPinRows';
import { hashPin, hashPinSync, pinMatches } from '../staff/pinHash';
import { readPinLockout, writePinLockout } from '../staff/pinLockoutRows';
import type { GrowingLockout } from '../staff/growingLockout';
import { afterWrongAttempt, NO_LOCKOUT, refusedForMs, type LockoutClocks } from '../staff/lockoutEnd';
import { lanLockout } from '../lan/lanLockout';

const IDLE_LOCK_MS = 5 * 60_000;
/** Wrong PINs allowed before the first lockout; each further one doubles the wait, up to an hour. */
export const PIN_LOCKOUT: GrowingLockout = { freeAttempts: 5, firstLockoutMs: 60_000, longestLockoutMs: 60 * 60_000 };

/**
 * The manager page on the LAN counts its wrong PINs apart from the keypad, under the same rule:
 * anyone on the office LAN can reach that page, and their guesses must not lock staff out of the
 * kiosk itself (nor a keypad guesser lock the manager out of the statistics).
 */
export const managerPageLockout = lanLockout('managerPage', PIN_LOCKOUT);

/** Where wrong PINs are counted: how long they lock out now, and what a wrong or a right one does to the count. */
interface PinAttempts {
  /** Milliseconds until a PIN may be tried again, or 0. */
  lockedForMs(): number;
  /** Answers the wrong PINs in a row, this one included. */
  countWrong(): number;
  countRight(): void;
}

export interface StaffSession {
  /** Opens the staff screen for the role whose PIN this is. */
  unlock(pin: string): Promise<StaffRole>;
  /**
   * Checks a PIN typed on the manager page on the LAN (from `source`) under the keypad's rule and
   * audit but its own lockout record, without opening the kiosk's staff screen.
   */
  verifyElsewhere(pin: string, source: string): Promise<StaffRole>;
  lock(): void;
  /** Throws STAFF_LOCKED unless staff unlocked recently (and STAFF_FORBIDDEN for a clerk where a manager is needed); each call keeps the session alive. */
  require(role?: 'manager'): StaffRole;
  /** Like require(), for what the staff screen refreshes by itself (alerts, the overview): no staff activity, so it never holds off the idle lock. */
  requireWithoutActivity(): StaffRole;
  /**
   * Sets a role's PIN; refused if the other role already has the same one, which would make unlocking
   * ambiguous. `alongside` (the audit line) is written in the same transaction.
   */
  setPin(role: StaffRole, pin: string, alongside?: () => void): Promise<void>;
  hasPin(role: StaffRole): boolean;
}

const otherRole = (role: StaffRole): StaffRole => (role === 'manager' ? 'clerk' : 'manager');
const roles: readonly StaffRole[] = ['manager', 'clerk'];

/** Seeds a role's PIN on a kiosk's first start (district IT, or the demo); a PIN staff set is never replaced. */
export function seedStaffPin(db: Database, clock: Clock, role: StaffRole, pin: string): void {
  if (pinHashOf(db, role)) return;
  const pinHash = hashPinSync(pin);
  writeTransaction(db, () => seedPinHash(db, role, pinHash, new Date(clock.now()).toISOString()));
}

/**
 * The clocks a staff session reads: audit times on the trusted time, idleness on time since boot,
 * and PIN lockouts (the keypad's and the manager page's) on both (see LockoutEnd).
 */
type StaffSessionClocks = LockoutClocks;

/** The staff screen of one kiosk: a role's PIN opens it, it locks itself after a few idle minutes. */
export function createStaffSession(db: Database, clocks: StaffSessionClocks): StaffSession {
  const { trusted: clock, sinceBoot: idle } = clocks;
  let unlocked: { role: StaffRole; until: number } | null = null;
  let checking: Promise<unknown> = Promise.resolve();
  const at = () => new Date(clock.now()).toISOString();

  function unlockedAt(now: number): { role: StaffRole; until: number } {
    if (!unlocked || now >= unlocked.until) {
      unlocked = null;
      throw new KioskError('STAFF_LOCKED', 'The staff screen is locked');
    }
    return unlocked;
  }

  async function roleOf(pin: string): Promise<StaffRole | null> {
    for (const role of roles) {
      const stored = pinHashOf(db, role);
      if (stored && (await pinMatches(pin, stored))) return role;
    }
    return null;
  }

  const keypadAttempts: PinAttempts = {
    lockedForMs: () => refusedForMs(readPinLockout(db), PIN_LOCKOUT, clocks),
    countWrong() {
      const { consecutiveFailures, end } = afterWrongAttempt(readPinLockout(db), PIN_LOCKOUT, clocks);
      writePinLockout(db, { consecutiveFailures, end });
      return consecutiveFailures;
    },
    countRight: () => writePinLockout(db, { consecutiveFailures: 0, end: NO_LOCKOUT }),
  };

  const managerPageAttempts = (source: string): PinAttempts => ({
    lockedForMs: () => managerPageLockout.lockedForMs(db, clocks),
    countWrong: () => managerPageLockout.recordWrong(db, clocks, source).consecutiveFailures,
    countRight: () => managerPageLockout.clear(db),
  });

  async function check(pin: string, attempts: PinAttempts, where: Record<string, unknown> = {}): Promise<StaffRole> {
    const refusedForMs = attempts.lockedForMs();
    if (refusedForMs > 0) {
      const seconds = Math.ceil(refusedForMs / 1000);
      throw new KioskError('TOO_MANY_ATTEMPTS', `Too many wrong PINs: try again in ${seconds} s`, { retryAfterSeconds: seconds });
    }
    const role = await roleOf(pin);
    if (!role) {
      writeTransaction(db, () => {
        const consecutiveFailures = attempts.countWrong();
        appendAudit(db, { at: at(), actor: 'kiosk', action: 'unlock-failed', detail: { consecutiveFailures, ...where } });
      });
      throw new KioskError('STAFF_PIN_WRONG', 'Wrong staff PIN');
    }
    writeTransaction(db, () => {
      attempts.countRight();
      appendAudit(db, { at: at(), actor: role, action: 'unlock', ...(Object.keys(where).length > 0 ? { detail: where } : {}) });
    });
    return role;
  }

  /** One PIN check at a time, so two fast wrong PINs cannot both read the same failure count. */
  function checkInTurn(pin: string, attempts: PinAttempts, where?: Record<string, unknown>): Promise<StaffRole> {
    const result = checking.then(() => check(pin, attempts, where));
    checking = result.catch(() => undefined);
    return result;
  }

  return {
    async unlock(pin) {
      const role = await checkInTurn(pin, keypadAttempts);
      unlocked = { role, until: idle.now() + IDLE_LOCK_MS };
      return role;
    },
    verifyElsewhere: (pin, source) => checkInTurn(pin, managerPageAttempts(source), { via: 'lan', from: source }),
    lock() {
      unlocked = null;
    },
    require(role) {
      const now = idle.now();
      const session = unlockedAt(now);
      session.until = now + IDLE_LOCK_MS;
      if (role && session.role !== role) throw new KioskError('STAFF_FORBIDDEN', 'Only the manager may do this');
      return session.role;
    },
    requireWithoutActivity: () => unlockedAt(idle.now()).role,
    async setPin(role, pin, alongside) {
      const other = pinHashOf(db, otherRole(role));
      if (other && (await pinMatches(pin, other))) {
        throw new KioskError('PIN_REFUSED', `The ${otherRole(role)} already has this PIN: choose another`, { pinProblem: 'in-use' });
      }
      const pinHash = await hashPin(pin);
      writeTransaction(db, () => {
        savePinHash(db, role, pinHash, at());
        alongside?.();
      });
    },
    hasPin(role) {
      return pinHashOf(db, role) !== null;
    },
  };
}
