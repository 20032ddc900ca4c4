import { perConnection } from '../database/perConnection';

/** The `counter_tokens` table: bearer tokens of paired counter browsers, kept only as hashes. */
export const counterTokenRows = perConnection((db) => {
  const insert = db.prepare<[string, string, string]>('INSERT INTO counter_tokens (token_hash, counter_id, created_at) VALUES (?, ?, ?)');
  const counterOf = db.prepare<[string], string>('SELECT counter_id FROM counter_tokens WHERE token_hash = ? AND revoked_at IS NULL').pluck();
  const revoke = db.prepare<[string]>(`UPDATE counter_tokens SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE counter_id = ? AND revoked_at IS NULL`);
  const paired = db.prepare<[], { counter_id: string; devices: number; last_paired_at: string }>(
    `SELECT counter_id, COUNT(*) AS devices, MAX(created_at) AS last_paired_at FROM counter_tokens
      WHERE revoked_at IS NULL GROUP BY counter_id ORDER BY counter_id`,
  );
  return {
    insert: (tokenHash: string, counterId: string, createdAt: string): void => void insert.run(tokenHash, counterId, createdAt),
    counterOf: (tokenHash: string): string | null => counterOf.get(tokenHash) ?? null,
    revoke: (counterId: string): number => revoke.run(counterId).changes,
    paired: () => paired.all(),
  };
});
