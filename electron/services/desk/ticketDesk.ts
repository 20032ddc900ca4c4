import { writeTransaction } from '../database/openDatabase';
import type { DeskTicket, TicketDesk } from '../../../shared/desk';
import { KioskError } from '../kioskError';
import { dayClosedByHand, recordDayClosed, recordDayReopened } from '../office/opening';
import { findService } from '../office/officeStore';
import { outboxRows } from '../queue/outboxRows';
import { printJobRows } from '../queue/printJobRows';
import { startPrintJob } from '../queue/printJobs';
import { currentBusinessDay, queueNow, type QueueContext } from '../queue/queueContext';
import { ticketRows, type TicketRow } from '../queue/ticketRows';
import { appendPrintLineEvent, getTicket } from '../queue/tickets';
import { counterNumberOf, toTicketView } from '../queue/ticketView';
import type { ProcessOwner } from '../processOwner';

/**
 * The ticket desk: what staff do to today's tickets by hand. Each change is one transaction with
 * its outbox event, so counter pages, boards and the district server hear of it like any other.
 * No change ever gives a number to a second ticket: a moved ticket keeps its number and its place.
 */

function inLine(row: TicketRow): boolean {
  return row.status === 'waiting' && !(row.kind === 'paper' && row.print_state === 'failed');
}

function deskTicket(ctx: QueueContext, row: TicketRow): DeskTicket {
  const office = ctx.office();
  const service = office.services.find((s) => s.id === row.service_id);
  const uncertain = row.print_state === 'pending' && printJobRows(ctx.db).find(row.id)?.state === 'uncertain';
  return {
    id: row.id,
    displayNumber: row.display_number,
    serviceId: row.service_id,
    serviceName: service?.name ?? { ko: row.service_id, en: row.service_id },
    kind: row.kind,
    status: toTicketView(office, row).status,
    print: uncertain ? 'uncertain' : row.print_state,
    priority: row.priority === 1,
    issuedAt: row.issued_at,
    counterNumber: counterNumberOf(office, row.counter_id),
    peopleAhead: inLine(row) ? ticketRows(ctx.db).peopleAhead(row.id) : null,
  };
}

export function ticketDesk(ctx: QueueContext, displayNumber: string): TicketDesk {
  const businessDay = currentBusinessDay(ctx);
  const rows = ticketRows(ctx.db);
  return {
    businessDay,
    found: displayNumber ? rows.todaysByNumber(businessDay, displayNumber).map((row) => deskTicket(ctx, row)) : [],
    awaitingDesk: rows.failedPrints(businessDay).map((row) => deskTicket(ctx, row)),
    services: ctx.office().services.filter((s) => s.enabled !== false).map(({ id, name }) => ({ id, name })),
    dayClosed: dayClosedByHand(ctx.db, businessDay),
  };
}

function todaysTicket(ctx: QueueContext, ticketId: string): TicketRow {
  const ticket = getTicket(ctx.db, ticketId);
  if (ticket.business_day !== currentBusinessDay(ctx)) throw new KioskError('TICKET_NOT_FOUND', `Ticket ${ticket.display_number} is not one of today's`);
  return ticket;
}

function recordCancel(ctx: QueueContext, ticket: TicketRow, now: number, reason: 'staff' | 'day-closed'): void {
  outboxRows(ctx.db).append({
    type: 'ticket.cancelled',
    ticketId: ticket.id,
    occurredAt: new Date(now).toISOString(),
    payload: { displayNumber: ticket.display_number, serviceId: ticket.service_id, reason },
  });
}

/** Withdraws a waiting ticket (a resident who gave up, a failed print nobody came back for). */
export function cancelAtDesk(ctx: QueueContext, ticketId: string): TicketRow {
  return writeTransaction(ctx.db, () => {
    const ticket = todaysTicket(ctx, ticketId);
    const now = queueNow(ctx);
    if (!ticketRows(ctx.db).cancelWaiting(ticket.id, now)) {
      throw new KioskError('NOT_CANCELLABLE', `Ticket ${ticket.display_number} is ${ticket.status}/${ticket.print_state}: only a waiting ticket that is not printing can be cancelled`);
    }
    recordCancel(ctx, ticket, now, 'staff');
    return ticket;
  });
}

/** Sends a waiting ticket to another service's line, keeping its number and its place by issue time. */
export function moveAtDesk(ctx: QueueContext, ticketId: string, serviceId: string): { ticket: TicketRow; fromServiceId: string } {
  return writeTransaction(ctx.db, () => {
    const ticket = todaysTicket(ctx, ticketId);
    findService(ctx.office(), serviceId);
    if (!ticketRows(ctx.db).moveWaiting(ticket.id, serviceId)) {
      throw new KioskError('NOT_MOVABLE', `Ticket ${ticket.display_number} is ${ticket.status} in ${ticket.service_id}: only a waiting ticket can move to another service`);
    }
    outboxRows(ctx.db).append({
      type: 'ticket.transferred',
      ticketId: ticket.id,
      occurredAt: new Date(queueNow(ctx)).toISOString(),
      payload: { displayNumber: ticket.display_number, serviceId, counterNumber: null, fromServiceId: ticket.service_id },
    });
    return { ticket: getTicket(ctx.db, ticket.id), fromServiceId: ticket.service_id };
  });
}

/** Takes a paper ticket that printed (and was lost) or failed into a new print by `owner`: a copy marked 재발행. */
export function claimDeskCopy(ctx: QueueContext, ticketId: string, owner: ProcessOwner): TicketRow {
  const { db } = ctx;
  return writeTransaction(db, () => {
    const ticket = todaysTicket(ctx, ticketId);
    if (!ticketRows(db).claimCopy(ticket.id)) {
      throw new KioskError('NOT_REPRINTABLE', `Ticket ${ticket.display_number} is ${ticket.kind} ${ticket.status}/${ticket.print_state}: only today's open paper ticket that is not printing can be printed again`);
    }
    const now = queueNow(ctx);
    if (ticket.print_state === 'failed') appendPrintLineEvent(db, ticket, 'ticket.reprinting', now);
    startPrintJob(db, ticket.id, owner, now);
    return ticket;
  });
}

export interface DayClosed {
  businessDay: string;
  /** Waiting tickets ended (cancelled, their residents' phone numbers then destroyed). */
  ended: number;
  /** Tickets at a counter now: the counter finishes them. */
  atCounters: number;
}

/**
 * Staff end the day early: the waiting tickets end as at the day's close, and no service issues
 * again before the next business day. Tickets already at a counter are left for it to finish.
 */
export function closeDayByHand(ctx: QueueContext): DayClosed {
  return writeTransaction(ctx.db, () => {
    const now = queueNow(ctx);
    const businessDay = currentBusinessDay(ctx, now);
    const rows = ticketRows(ctx.db);
    const waiting = rows.waitingOfDay(businessDay);
    for (const ticket of waiting) {
      rows.endWaiting(ticket.id, now);
      recordCancel(ctx, ticket, now, 'day-closed');
    }
    recordDayClosed(ctx.db, businessDay);
    return { businessDay, ended: waiting.length, atCounters: rows.calledAtCounters(businessDay).length };
  });
}

/**
 * Staff closed today by mistake: it issues again. Numbering goes on from the last number given
 * today (the sequences were never reset); the tickets the close ended stay ended, since their
 * residents were told so and their phone numbers are gone.
 */
export function reopenDayByHand(ctx: QueueContext): { businessDay: string } {
  return writeTransaction(ctx.db, () => {
    const businessDay = currentBusinessDay(ctx);
    if (!dayClosedByHand(ctx.db, businessDay)) throw new KioskError('DAY_NOT_CLOSED', `Business day ${businessDay} is not closed`);
    recordDayReopened(ctx.db);
    return { businessDay };
  });
}
