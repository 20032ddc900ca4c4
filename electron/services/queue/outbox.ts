import type { Database } from '../database/openDatabase';
import { outboxRows, type OutboxEvent } from './outboxRows';

export type { OutboxEvent, OutboxRow } from './outboxRows';

/** Call inside the transaction that makes the change the event reports. */
export function appendOutboxEvent(db: Database, event: OutboxEvent): string {
  return outboxRows(db).append(event);
}
