import { perConnection } from '../database/perConnection';

/** The `pairing_codes` table: one-time codes a counter browser exchanges for a token, kept only as hashes. */
export const pairingCodeRows = perConnection((db) => {
  const removeExpiredAndCounters = db.prepare<[number, string]>('DELETE FROM pairing_codes WHERE expires_at_ms <= ? OR counter_id = ?');
  const insert = db.prepare<[string, string, number]>('INSERT INTO pairing_codes (code_hash, counter_id, expires_at_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const take = db.prepare<[string], { counter_id: string; expires_at_ms: number }>('DELETE FROM pairing_codes WHERE code_hash = ? RETURNING counter_id, expires_at_ms');
  return {
    /** Drops the expired codes and the counter's earlier one. */
    clearFor: (counterId: string, now: number): void => void removeExpiredAndCounters.run(now, counterId),
    /** False when the code is already out there. */
    insert: (codeHash: string, counterId: string, expiresAtMs: number): boolean => insert.run(codeHash, counterId, expiresAtMs).changes === 1,
    /** Removes the code and answers whom it was for: a code is used at most once, valid or not. */
    take: (codeHash: string) => take.get(codeHash),
  };
});
