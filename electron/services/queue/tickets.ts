import type { Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { appendOutboxEvent } from './outbox';

export type PrintState = 'pending' | 'printed' | 'failed' | 'none';

export interface TicketRow {
  id: string;
  business_day: string;
  service_id: string;
  numbered_service_id: string;
  sequence: number;
  display_number: string;
  kind: 'paper' | 'mobile';
  status: 'waiting' | 'called' | 'done' | 'no_show' | 'cancelled';
  print_state: PrintState;
  language: 'ko' | 'en';
  issued_at: string;
  issued_at_ms: number;
  priority: 0 | 1;
  counter_id: string | null;
  called_at_ms: number | null;
  last_called_at_ms: number | null;
  recall_count: number;
  serving_started_at_ms: number | null;
  finished_at_ms: number | null;
  status_token: string | null;
}

export function getTicket(db: Database, ticketId: string): TicketRow {
  const row = db.prepare('SELECT * FROM tickets WHERE id = ?').get(ticketId) as TicketRow | undefined;
  if (!row) throw new KioskError('TICKET_NOT_FOUND', 'No such ticket');
  return row;
}

export function waitingCountsByService(db: Database, businessDay: string): Map<string, number> {
  const rows = db
    .prepare(`SELECT service_id, COUNT(*) AS n FROM tickets WHERE business_day = ? AND status = 'waiting' GROUP BY service_id`)
    .all(businessDay) as { service_id: string; n: number }[];
  return new Map(rows.map((r) => [r.service_id, r.n]));
}

export function issuedCountsByService(db: Database, businessDay: string): Map<string, number> {
  const rows = db
    .prepare('SELECT service_id, tickets_issued FROM number_sequences WHERE business_day = ?')
    .all(businessDay) as { service_id: string; tickets_issued: number }[];
  return new Map(rows.map((r) => [r.service_id, r.tickets_issued]));
}

/** Waiting tickets of the same service issued earlier: rowid is issue order, and a transfer keeps it. */
export function peopleAheadOf(db: Database, ticketId: string): number {
  return (db
    .prepare(
      `SELECT COUNT(*) AS n FROM tickets AS other, tickets AS mine
        WHERE mine.id = ? AND other.business_day = mine.business_day AND other.service_id = mine.service_id
          AND other.status = 'waiting' AND other.rowid < mine.rowid`,
    )
    .get(ticketId) as { n: number }).n;
}

/** Every waiting ticket's people ahead in one pass, for views that show them all. */
export function waitingPositions(db: Database, businessDay: string): Map<string, number> {
  const rows = db
    .prepare(`SELECT id, service_id FROM tickets WHERE business_day = ? AND status = 'waiting' ORDER BY rowid`)
    .all(businessDay) as { id: string; service_id: string }[];
  const seen = new Map<string, number>();
  return new Map(
    rows.map((row) => {
      const ahead = seen.get(row.service_id) ?? 0;
      seen.set(row.service_id, ahead + 1);
      return [row.id, ahead];
    }),
  );
}

export function recordPrintResult(db: Database, ticketId: string, printed: boolean): void {
  db.prepare(`UPDATE tickets SET print_state = ? WHERE id = ? AND print_state = 'pending'`).run(printed ? 'printed' : 'failed', ticketId);
}

/**
 * Takes a failed paper ticket back into 'pending' so exactly one caller may print it again;
 * a ticket already printed or being printed is never sent to the printer a second time.
 */
export function claimReprint(db: Database, ticketId: string): TicketRow {
  const ticket = getTicket(db, ticketId);
  const claimed = db
    .prepare(`UPDATE tickets SET print_state = 'pending' WHERE id = ? AND print_state = 'failed' AND status = 'waiting'`)
    .run(ticketId).changes;
  if (claimed !== 1) throw new KioskError('NOT_REPRINTABLE', `Ticket is ${ticket.status}/${ticket.print_state}, not a failed print`);
  return ticket;
}

/** A print interrupted by a crash may or may not have come out: staff or the resident decide to reprint. */
export function markInterruptedPrintsFailed(db: Database): number {
  return db.prepare(`UPDATE tickets SET print_state = 'failed' WHERE print_state = 'pending'`).run().changes;
}

/** The kiosk may only withdraw a ticket whose paper never came out; everything else is the counters' business. */
export function cancelUnprintedTicket(db: Database, ticketId: string, nowIso: string): void {
  db.transaction(() => {
    const cancelled = db
      .prepare(`UPDATE tickets SET status = 'cancelled' WHERE id = ? AND status = 'waiting' AND print_state = 'failed'`)
      .run(ticketId).changes;
    if (cancelled !== 1) {
      const ticket = getTicket(db, ticketId);
      throw new KioskError('NOT_CANCELLABLE', `Ticket is ${ticket.status}/${ticket.print_state}; only an unprinted waiting ticket can be cancelled here`);
    }
    const ticket = getTicket(db, ticketId);
    appendOutboxEvent(db, {
      type: 'ticket.cancelled',
      ticketId,
      occurredAt: nowIso,
      payload: { displayNumber: ticket.display_number, serviceId: ticket.service_id, reason: 'print-failed' },
    });
  }).immediate();
}
