import type { Database } from '../database/openDatabase';
import { outboxRows, type OutboxRow } from '../queue/outboxRows';

export type { OutboxRow } from '../queue/outboxRows';

/** The oldest unsent events, in the order they happened. */
export function unsentOutboxRows(db: Database, limit: number): OutboxRow[] {
  return outboxRows(db).unsent(limit);
}

export function unsentOutboxCount(db: Database): number {
  return outboxRows(db).unsentCount();
}

/** One commit for the whole batch: one fsync instead of one per event. */
export function markOutboxSent(db: Database, eventIds: readonly string[], sentAt: string): void {
  outboxRows(db).markSent(eventIds, sentAt);
}
