import type { Database } from '../database/openDatabase';

export interface OutboxRow {
  position: number;
  event_id: string;
  event_type: string;
  ticket_id: string | null;
  payload: string;
  occurred_at: string;
}

/** The oldest unsent events, in the order they happened. */
export function unsentOutboxRows(db: Database, limit: number): OutboxRow[] {
  return db
    .prepare('SELECT position, event_id, event_type, ticket_id, payload, occurred_at FROM outbox WHERE sent_at IS NULL ORDER BY position LIMIT ?')
    .all(limit) as OutboxRow[];
}

export function unsentOutboxCount(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
}

/** One commit for the whole batch: one fsync instead of one per event. */
export function markOutboxSent(db: Database, eventIds: readonly string[], sentAt: string): void {
  const mark = db.prepare('UPDATE outbox SET sent_at = ? WHERE event_id = ? AND sent_at IS NULL');
  db.transaction(() => {
    for (const eventId of eventIds) mark.run(sentAt, eventId);
  })();
}
