import { randomBytes } from 'node:crypto';
import type { Database } from '../database/openDatabase';
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
  db.prepare('INSERT INTO counter_tokens (token_hash, counter_id, created_at) VALUES (?, ?, ?)').run(secretHash(token), counterId, createdAt);
  return token;
}

export function authenticateCounterToken(db: Database, token: string): string | null {
  const row = db.prepare('SELECT counter_id FROM counter_tokens WHERE token_hash = ? AND revoked_at IS NULL').get(secretHash(token)) as
    | { counter_id: string }
    | undefined;
  return row?.counter_id ?? null;
}

/** Unpairs every browser of the counter; returns how many tokens stopped working. */
export function revokeCounterTokens(db: Database, counterId: string): number {
  return db
    .prepare(`UPDATE counter_tokens SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE counter_id = ? AND revoked_at IS NULL`)
    .run(counterId).changes;
}

export function pairedCounters(db: Database): PairedCounter[] {
  const rows = db
    .prepare(
      `SELECT counter_id, COUNT(*) AS devices, MAX(created_at) AS last_paired_at FROM counter_tokens
       WHERE revoked_at IS NULL GROUP BY counter_id ORDER BY counter_id`,
    )
    .all() as { counter_id: string; devices: number; last_paired_at: string }[];
  return rows.map((r) => ({ counterId: r.counter_id, devices: r.devices, lastPairedAt: r.last_paired_at }));
}
