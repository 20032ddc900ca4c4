import { randomUUID } from 'node:crypto';
import { perConnection } from '../database/perConnection';
import { writeTransaction } from '../database/openDatabase';

export interface OutboxRow {
  position: number;
  event_id: string;
  event_type: string;
  ticket_id: string | null;
  payload: string;
  occurred_at: string;
}

export interface SetAsideEventRow {
  event_type: string;
  /** The ticket's number, when the event is about a ticket still kept. */
  display_number: string | null;
  occurred_at: string;
  set_aside_at: string;
  set_aside_reason: string;
}

export interface OutboxEvent {
  type: string;
  ticketId: string | null;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** The board's "recent calls" are these events; a partial index (migration 006) holds only them. */
const CALL_EVENTS = `event_type IN ('ticket.called', 'ticket.recalled')`;

/** The `outbox` table: the event log the district sync sends and the live views replay. */
export const outboxRows = perConnection((db) => {
  const append = db.prepare<[string, string, string | null, string, string]>(
    'INSERT INTO outbox (event_id, event_type, ticket_id, payload, occurred_at) VALUES (?, ?, ?, ?, ?)',
  );
  const count = db.prepare<[], number>('SELECT COUNT(*) FROM outbox').pluck();
  const lastPosition = db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM outbox').pluck();
  const since = db.prepare<[number, number], OutboxRow>(
    'SELECT position, event_id, event_type, ticket_id, payload, occurred_at FROM outbox WHERE position > ? ORDER BY position LIMIT ?',
  );
  // CROSS JOIN keeps the outbox as the outer loop: newest call events first, stopping at the limit.
  const recentCalls = db.prepare<[string, number], { position: number; occurred_at: string; payload: string }>(
    `SELECT outbox.position, outbox.occurred_at, outbox.payload FROM outbox CROSS JOIN tickets ON tickets.id = outbox.ticket_id
      WHERE ${CALL_EVENTS} AND tickets.business_day = ?
      ORDER BY outbox.position DESC LIMIT ?`,
  );
  // Both terms: the partial index outbox_unsent (migration 018) holds exactly these rows.
  const unsent = db.prepare<[number], OutboxRow>(
    'SELECT position, event_id, event_type, ticket_id, payload, occurred_at FROM outbox WHERE sent_at IS NULL AND set_aside_at IS NULL ORDER BY position LIMIT ?',
  );
  const unsentCount = db.prepare<[], number>('SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND set_aside_at IS NULL').pluck();
  const setAside = db.prepare<[string, string, string]>('UPDATE outbox SET set_aside_at = ?, set_aside_reason = ? WHERE event_id = ? AND sent_at IS NULL');
  const setAsideCount = db.prepare<[], number>('SELECT COUNT(*) FROM outbox WHERE set_aside_at IS NOT NULL').pluck();
  const setAsideLatest = db.prepare<[number], SetAsideEventRow>(
    `SELECT outbox.event_type, tickets.display_number, outbox.occurred_at, outbox.set_aside_at, outbox.set_aside_reason
       FROM outbox LEFT JOIN tickets ON tickets.id = outbox.ticket_id
      WHERE outbox.set_aside_at IS NOT NULL ORDER BY outbox.position DESC LIMIT ?`,
  );
  const markSent = db.prepare<[string, string]>('UPDATE outbox SET sent_at = ? WHERE event_id = ? AND sent_at IS NULL');
  const pruneBefore = db.prepare<[string, number]>('DELETE FROM outbox WHERE occurred_at < ? AND (sent_at IS NOT NULL OR ?)');
  const pruneSupersededSnapshots = db.prepare(
    `DELETE FROM outbox WHERE event_type = 'office.snapshot' AND position < (SELECT MAX(position) FROM outbox WHERE event_type = 'office.snapshot')`,
  );

  return {
    /** Call inside the transaction that makes the change the event reports. */
    append(event: OutboxEvent): string {
      const eventId = randomUUID();
      append.run(eventId, event.type, event.ticketId, JSON.stringify(event.payload), event.occurredAt);
      return eventId;
    },
    count: (): number => count.get() ?? 0,
    lastPosition: (): number => lastPosition.get() ?? 0,
    since: (afterPosition: number, limit: number): OutboxRow[] => since.all(afterPosition, limit),
    recentCalls: (businessDay: string, limit: number) => recentCalls.all(businessDay, limit),
    /** The oldest unsent events, in the order they happened. */
    unsent: (limit: number): OutboxRow[] => unsent.all(limit),
    unsentCount: (): number => unsentCount.get() ?? 0,
    /** The district server refuses this event on its own: it stays in the outbox with the reason, out of the sending line. */
    setAside: (eventId: string, reason: string, at: string): void => void setAside.run(at, reason, eventId),
    setAsideCount: (): number => setAsideCount.get() ?? 0,
    /** The newest set-aside events with their reasons, for the staff screen. */
    setAsideLatest: (limit: number): SetAsideEventRow[] => setAsideLatest.all(limit),
    /** One commit for the whole batch: one fsync instead of one per event. */
    markSent: (eventIds: readonly string[], sentAt: string): void =>
      writeTransaction(db, () => {
        for (const eventId of eventIds) markSent.run(sentAt, eventId);
      }),
    /**
     * Removes events that happened before `beforeIso` and that nobody will send: delivered ones,
     * or all of them when no district server takes them.
     */
    pruneBefore: (beforeIso: string, districtSends: boolean): number => pruneBefore.run(beforeIso, districtSends ? 0 : 1).changes,
    /** Only the newest office snapshot matters to the district: older ones, sent or not, are obsolete. */
    pruneSupersededSnapshots: (): number => pruneSupersededSnapshots.run().changes,
  };
});
