import { randomBytes } from 'node:crypto';
import type { Database } from '../database/openDatabase';
import { counterTokenRows } from './counterTokenRows';
import { secretHash } from './secretHash';

export interface PairedCounter {
  counterId: string;
  /** Browsers holding a valid token for this counter. */
  devices: number;
  lastPairedAt: string;
}

/** Call inside the transaction that consumed the pairing code. */
export function issueCounterToken(db: Database, counterId: string, createdAt: string): string {
  const token = randomBytes(32).toString('base64url');
  counterTokenRows(db).insert(secretHash(token), counterId, createdAt);
  return token;
}

export function authenticateCounterToken(db: Database, token: string): string | null {
  return counterTokenRows(db).counterOf(secretHash(token));
}

/** Unpairs every browser of the counter; returns how many tokens stopped working. */
export function revokeCounterTokens(db: Database, counterId: string): number {
  return counterTokenRows(db).revoke(counterId);
}

export function pairedCounters(db: Database): PairedCounter[] {
  return counterTokenRows(db)
    .paired()
    .map((r) => ({ counterId: r.counter_id, devices: r.devices, lastPairedAt: r.last_paired_at }));
}
