import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../../nodeShared/clock';
import type { Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { settingRows } from '../settings/settingRows';

const PIN_KEY = 'staff_pin';
const IDLE_LOCK_MS = 5 * 60_000;
const MAX_WRONG_PINS = 5;
const WRONG_PIN_LOCKOUT_MS = 60_000;

export interface StaffSession {
  unlock(pin: string): void;
  lock(): void;
  /** Throws STAFF_LOCKED unless staff unlocked recently; each staff call keeps the session alive. */
  requireUnlocked(): void;
}

function hashPin(pin: string, salt = randomBytes(16)): string {
  return `${salt.toString('hex')}:${scryptSync(pin, salt, 32).toString('hex')}`;
}

function pinMatches(pin: string, stored: string): boolean {
  const [salt, hash] = stored.split(':');
  return timingSafeEqual(Buffer.from(hash, 'hex'), scryptSync(pin, Buffer.from(salt, 'hex'), 32));
}

/** Sets the staff PIN on a kiosk's first start; a configured kiosk keeps its own. Only a salted hash is stored. */
export function seedStaffPin(db: Database, pin: string): void {
  settingRows(db).writeIfAbsent(PIN_KEY, hashPin(pin));
}

/** The staff screen of one kiosk: a PIN opens it, it locks itself after a few idle minutes. */
export function createStaffSession(db: Database, clock: Clock): StaffSession {
  let unlockedUntil = 0;
  let wrongPins = 0;
  let lockedOutUntil = 0;
  return {
    unlock(pin) {
      const now = clock.now();
      if (now < lockedOutUntil) throw new KioskError('TOO_MANY_ATTEMPTS', 'Too many wrong PINs: try again in a minute');
      const stored = settingRows(db).read(PIN_KEY);
      if (stored === undefined || !pinMatches(pin, stored)) {
        wrongPins += 1;
        if (wrongPins >= MAX_WRONG_PINS) {
          wrongPins = 0;
          lockedOutUntil = now + WRONG_PIN_LOCKOUT_MS;
        }
        throw new KioskError('STAFF_PIN_WRONG', 'Wrong staff PIN');
      }
      wrongPins = 0;
      unlockedUntil = now + IDLE_LOCK_MS;
    },
    lock() {
      unlockedUntil = 0;
    },
    requireUnlocked() {
      const now = clock.now();
      if (now >= unlockedUntil) throw new KioskError('STAFF_LOCKED', 'The staff screen is locked');
      unlockedUntil = now + IDLE_LOCK_MS;
    },
  };
}
