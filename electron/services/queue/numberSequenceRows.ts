import { perConnection } from '../database/perConnection';

export interface NumberSequence {
  /** Only grows: numbers still in use are skipped after a wrap. */
  last_sequence: number;
  /** What the daily cap counts. */
  tickets_issued: number;
}

/** The `number_sequences` table: one row per (business day, service). */
export const numberSequenceRows = perConnection((db) => {
  const current = db.prepare<[string, string], NumberSequence>('SELECT last_sequence, tickets_issued FROM number_sequences WHERE business_day = ? AND service_id = ?');
  const advance = db.prepare<[string, string, number]>(
    `INSERT INTO number_sequences (business_day, service_id, last_sequence, tickets_issued) VALUES (?, ?, ?, 1)
     ON CONFLICT (business_day, service_id) DO UPDATE SET last_sequence = excluded.last_sequence, tickets_issued = tickets_issued + 1`,
  );
  const skipTo = db.prepare<[number, string, string]>('UPDATE number_sequences SET last_sequence = MAX(last_sequence, ?) WHERE business_day = ? AND service_id = ?');
  const issuedCounts = db.prepare<[string], { service_id: string; tickets_issued: number }>('SELECT service_id, tickets_issued FROM number_sequences WHERE business_day = ?');
  const pruneBefore = db.prepare<[string]>('DELETE FROM number_sequences WHERE business_day < ?');
  return {
    current: (businessDay: string, serviceId: string): NumberSequence => current.get(businessDay, serviceId) ?? { last_sequence: 0, tickets_issued: 0 },
    /** Records one more ticket of the day, numbered `sequence`. */
    advance: (businessDay: string, serviceId: string, sequence: number): void => void advance.run(businessDay, serviceId, sequence),
    /** Moves the day's numbering on without issuing (a moved number block starts where it should); never back. */
    skipTo: (businessDay: string, serviceId: string, lastSequence: number): void => void skipTo.run(lastSequence, businessDay, serviceId),
    issuedCounts: (businessDay: string) => issuedCounts.all(businessDay),
    pruneDaysBefore: (businessDay: string): number => pruneBefore.run(businessDay).changes,
  };
});
