import { randomUUID } from 'node:crypto';
import type { Database } from '../database/openDatabase';

export interface OutboxEvent {
  type: string;
  ticketId: string | null;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** Call inside the transaction that makes the change the event reports. */
export function appendOutboxEvent(db: Database, event: OutboxEvent): string {
  const eventId = randomUUID();
  db.prepare('INSERT INTO outbox (event_id, event_type, ticket_id, payload, occurred_at) VALUES (?, ?, ?, ?, ?)').run(
    eventId,
    event.type,
    event.ticketId,
    JSON.stringify(event.payload),
    event.occurredAt,
  );
  return eventId;
}
