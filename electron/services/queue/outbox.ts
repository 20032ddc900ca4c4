import { randomUUID } from 'node:crypto';
import type { WaitEstimate } from '../../../shared/waitEstimate';
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

/**
 * Adds the wait range the resident was shown to the ticket's issued event, before anything can
 * send it: the district's "issued" message then repeats the screen's figure instead of its own.
 */
export function recordEstimateAtIssue(db: Database, ticketId: string, estimate: WaitEstimate): void {
  db.prepare(`UPDATE outbox SET payload = json_set(payload, '$.estimate', json(?)) WHERE ticket_id = ? AND event_type = 'ticket.issued' AND sent_at IS NULL`).run(
    JSON.stringify(estimate),
    ticketId,
  );
}
