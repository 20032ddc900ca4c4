import { randomInt } from 'node:crypto';
import type { Clock } from '../../../nodeShared/clock';
import { writeTransaction, type Database } from '../database/openDatabase';
import { issueCounterToken } from './counterTokens';
import { pairingCodeRows } from './pairingCodeRows';
import { secretHash } from './secretHash';

export const PAIRING_CODE_VALID_MS = 10 * 60_000;

export interface PairingCode {
  code: string;
  expiresAt: string;
}

export interface CounterPairing {
  token: string;
  counterId: string;
}

/** A fresh 6-digit code for the staff screen; it replaces the counter's earlier unused code. */
export function createPairingCode(db: Database, clock: Clock, counterId: string): PairingCode {
  const now = clock.now();
  const expiresAtMs = now + PAIRING_CODE_VALID_MS;
  return writeTransaction(db, (): PairingCode => {
    const codes = pairingCodeRows(db);
    codes.clearFor(counterId, now);
    // Two counters may be pairing at once: draw again if this code is already out there.
    for (;;) {
      const code = String(randomInt(1_000_000)).padStart(6, '0');
      if (codes.insert(secretHash(code), counterId, expiresAtMs)) {
        return { code, expiresAt: new Date(expiresAtMs).toISOString() };
      }
    }
  });
}

/** Consumes the code, valid or not, and pairs its counter; null for an unknown, used or expired code. */
export function redeemPairingCode(db: Database, clock: Clock, code: string): CounterPairing | null {
  const now = clock.now();
  return writeTransaction(db, (): CounterPairing | null => {
    const row = pairingCodeRows(db).take(secretHash(code));
    if (!row || row.expires_at_ms <= now) return null;
    return { counterId: row.counter_id, token: issueCounterToken(db, row.counter_id, new Date(now).toISOString()) };
  });
}
