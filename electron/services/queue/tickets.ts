import type { PrintLineEventType } from '../../../shared/district/api';
import { writeTransaction, type Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { numberSequenceRows } from './numberSequenceRows';
import { outboxRows } from './outboxRows';
import { ticketRows, type TicketRow } from './ticketRows';

export type { PrintState, TicketRow } from './ticketRows';

export function getTicket(db: Database, ticketId: string): TicketRow {
  const row = ticketRows(db).byId(ticketId);
  if (!row) throw new KioskError('TICKET_NOT_FOUND', 'No such ticket');
  return row;
}

export function waitingCountsByService(db: Database, businessDay: string): Map<string, number> {
  return new Map(ticketRows(db).waitingCounts(businessDay).map((r) => [r.service_id, r.n]));
}

export function issuedCountsByService(db: Database, businessDay: string): Map<string, number> {
  return new Map(numberSequenceRows(db).issuedCounts(businessDay).map((r) => [r.service_id, r.tickets_issued]));
}

/** Waiting tickets of the same service issued earlier: rowid is issue order, and a transfer keeps it. */
export function peopleAheadOf(db: Database, ticketId: string): number {
  return ticketRows(db).peopleAhead(ticketId);
}

/** Every waiting ticket's people ahead in one pass, for views that show them all. */
export function waitingPositions(db: Database, businessDay: string): Map<string, number> {
  const seen = new Map<string, number>();
  return new Map(
    ticketRows(db)
      .waitingInIssueOrder(businessDay)
      .map((row) => {
        const ahead = seen.get(row.service_id) ?? 0;
        seen.set(row.service_id, ahead + 1);
        return [row.id, ahead];
      }),
  );
}

/** What came out of the printer for a ticket whose paper was 'pending': a failed paper ticket leaves the line. */
export function recordPrintResult(db: Database, ticketId: string, printed: boolean, nowMs: number): void {
  const rows = ticketRows(db);
  if (printed) {
    rows.recordPrintResult(ticketId, true);
    return;
  }
  writeTransaction(db, () => {
    rows.recordPrintResult(ticketId, false);
    const ticket = getTicket(db, ticketId);
    if (ticket.kind === 'paper' && ticket.status === 'waiting') appendPrintLineEvent(db, ticket, 'ticket.print-failed', nowMs);
  });
}

/**
 * Tells the district server that a paper ticket left the line (its print failed) or came back
 * (it is being printed again), so its mirror counts people ahead as the kiosk does (see inLineSql).
 */
export function appendPrintLineEvent(db: Database, ticket: TicketRow, type: PrintLineEventType, nowMs: number): void {
  outboxRows(db).append({
    type,
    ticketId: ticket.id,
    occurredAt: new Date(nowMs).toISOString(),
    payload: { displayNumber: ticket.display_number, serviceId: ticket.service_id },
  });
}

/**
 * Takes a ticket's paper into 'pending' so exactly one caller may print it: a failed paper
 * ticket again (`reprint`), or the first (or failed) paper copy of a mobile ticket. A ticket
 * already printed or being printed is never sent to the printer a second time.
 */
export function claimPrint(db: Database, ticketId: string, copy: 'reprint' | 'mobileCopy', nowMs: number): TicketRow {
  const rows = ticketRows(db);
  const ticket = getTicket(db, ticketId);
  if (copy === 'mobileCopy') {
    if (!rows.claimMobileCopy(ticketId)) throw new KioskError('NOT_REPRINTABLE', 'Only a waiting mobile ticket without a printed copy can be printed');
  } else if (!rows.claimReprint(ticketId)) {
    throw new KioskError('NOT_REPRINTABLE', `Ticket is ${ticket.status}/${ticket.print_state}, not a failed print`);
  } else if (ticket.kind === 'paper') {
    appendPrintLineEvent(db, ticket, 'ticket.reprinting', nowMs);
  }
  return ticket;
}

/** The kiosk may only withdraw a ticket whose paper never came out; everything else is the counters' business. */
export function cancelUnprintedTicket(db: Database, ticketId: string, nowIso: string): void {
  writeTransaction(db, () => {
    if (!ticketRows(db).cancelUnprinted(ticketId)) {
      const ticket = getTicket(db, ticketId);
      throw new KioskError('NOT_CANCELLABLE', `Ticket is ${ticket.status}/${ticket.print_state}; only an unprinted waiting ticket can be cancelled here`);
    }
    const ticket = getTicket(db, ticketId);
    outboxRows(db).append({
      type: 'ticket.cancelled',
      ticketId,
      occurredAt: nowIso,
      payload: { displayNumber: ticket.display_number, serviceId: ticket.service_id, reason: 'print-failed' },
    });
  });
}
