import { writeTransaction } from '../database/openDatabase';
import type { CounterState, CounterView } from '../../../shared/counter';
import type { TicketView } from '../../../shared/ticket';
import type { CounterConfig } from '../../../shared/office';
import { KioskError } from '../kioskError';
import { findService } from '../office/officeStore';
import { counterStateRows } from './counterStateRows';
import { counterStateOf, findCounter } from './counters';
import { outboxRows } from './outboxRows';
import { currentBusinessDay, queueNow, type QueueContext } from './queueContext';
import { ticketRows, type TicketRow } from './ticketRows';
import { counterNumberOf, toTicketView } from './ticketView';
import { getTicket } from './tickets';


/**
 * Counter actions. Each is one BEGIN IMMEDIATE transaction: the write lock is taken before the
 * ticket is chosen, so two counters calling at the same instant can never take the same ticket.
 */

export function currentTicketAt(ctx: QueueContext, counterId: string, businessDay = currentBusinessDay(ctx)): TicketRow | undefined {
  return ticketRows(ctx.db).atCounter(counterId, businessDay);
}

/** Finishes the ticket at the counter (if any) and calls the next one for its services. */
export function callNext(ctx: QueueContext, counterId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    if (counterStateOf(ctx, counterId) !== 'open') throw new KioskError('COUNTER_NOT_OPEN', `Counter ${counter.number} is not open`);
    const current = currentTicketAt(ctx, counterId, businessDay);
    if (current) finish(ctx, current, 'done', now, counter);

    const { starvationMinutes } = ctx.office().calling;
    const tickets = ticketRows(ctx.db);
    const next = tickets.nextToCall(businessDay, counter.serviceIds, now - starvationMinutes * 60_000);
    if (!next) throw new KioskError('QUEUE_EMPTY', `Nobody is waiting for counter ${counter.number}`);

    tickets.markCalled(next.id, counterId, now);
    return record(ctx, next.id, 'ticket.called', now, counter);
  });
}

export function recall(ctx: QueueContext, counterId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    const current = requireCurrent(ctx, counter, businessDay);
    const { recallMinIntervalSeconds } = ctx.office().calling;
    const waitedMs = now - (current.last_called_at_ms ?? 0);
    if (waitedMs < recallMinIntervalSeconds * 1000) {
      throw new KioskError('RECALL_TOO_SOON', `Wait ${Math.ceil((recallMinIntervalSeconds * 1000 - waitedMs) / 1000)} s before recalling again`);
    }
    ticketRows(ctx.db).markRecalled(current.id, now);
    return record(ctx, current.id, 'ticket.recalled', now, counter);
  });
}

export function startServing(ctx: QueueContext, counterId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    const current = requireCurrent(ctx, counter, businessDay);
    ticketRows(ctx.db).markServing(current.id, now);
    return record(ctx, current.id, 'ticket.serving', now, counter);
  });
}

export function completeService(ctx: QueueContext, counterId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => finish(ctx, requireCurrent(ctx, counter, businessDay), 'done', now, counter));
}

export function markNoShow(ctx: QueueContext, counterId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    const current = requireCurrent(ctx, counter, businessDay);
    const { recallsBeforeNoShow } = ctx.office().calling;
    if (current.recall_count < recallsBeforeNoShow) {
      throw new KioskError('NOT_ENOUGH_RECALLS', `Recall ${recallsBeforeNoShow - current.recall_count} more time(s) before marking a no-show`);
    }
    return finish(ctx, current, 'no_show', now, counter);
  });
}

/** A no-show who turns up later the same day goes back to the place their issue time gives them. */
export function reinstate(ctx: QueueContext, counterId: string, ticketId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    const ticket = ticketRows(ctx.db).byId(ticketId);
    if (!ticket || ticket.status !== 'no_show' || ticket.business_day !== businessDay || !counter.serviceIds.includes(ticket.service_id)) {
      throw new KioskError('NOT_REINSTATABLE', 'Only a no-show of today, of this counter’s services, can be reinstated');
    }
    backToWaiting(ctx, ticket.id, ticket.service_id);
    return record(ctx, ticket.id, 'ticket.reinstated', now, counter);
  });
}

/** Sends the ticket at the counter to another service's line, keeping its place by issue time. */
export function transfer(ctx: QueueContext, counterId: string, serviceId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    const current = requireCurrent(ctx, counter, businessDay);
    findService(ctx.office(), serviceId);
    backToWaiting(ctx, current.id, serviceId);
    return record(ctx, current.id, 'ticket.transferred', now, counter, { fromServiceId: current.service_id });
  });
}

export function setCounterState(ctx: QueueContext, counterId: string, state: CounterState): CounterView {
  const counter = findCounter(ctx, counterId);
  writeTransaction(ctx.db, () => {
    counterStateRows(ctx.db).set(counterId, state);
    outboxRows(ctx.db).append({
      type: 'counter.state',
      ticketId: null,
      occurredAt: new Date(queueNow(ctx)).toISOString(),
      payload: { counterId, counterNumber: counter.number, state },
    });
  });
  return { id: counter.id, number: counter.number, serviceIds: counter.serviceIds, state };
}

function counterAction(ctx: QueueContext, counterId: string, action: (counter: CounterConfig, now: number, businessDay: string) => TicketView): TicketView {
  const counter = findCounter(ctx, counterId);
  return writeTransaction(ctx.db, () => {
    const now = queueNow(ctx);
    return action(counter, now, currentBusinessDay(ctx, now));
  });
}

function requireCurrent(ctx: QueueContext, counter: CounterConfig, businessDay: string): TicketRow {
  const current = currentTicketAt(ctx, counter.id, businessDay);
  if (!current) throw new KioskError('NO_CURRENT_TICKET', `Counter ${counter.number} has no ticket called`);
  return current;
}

function finish(ctx: QueueContext, ticket: TicketRow, status: 'done' | 'no_show', now: number, counter: CounterConfig): TicketView {
  ticketRows(ctx.db).markFinished(ticket.id, status, now);
  return record(ctx, ticket.id, status === 'done' ? 'ticket.completed' : 'ticket.no-show', now, counter);
}

function backToWaiting(ctx: QueueContext, ticketId: string, serviceId: string): void {
  ticketRows(ctx.db).backToWaiting(ticketId, serviceId);
}

/** Writes the action's outbox event (the district sync and the live views both read it) and answers the ticket as it now is. */
function record(ctx: QueueContext, ticketId: string, type: string, now: number, counter: CounterConfig, extra: Record<string, unknown> = {}): TicketView {
  const ticket = getTicket(ctx.db, ticketId);
  outboxRows(ctx.db).append({
    type,
    ticketId,
    occurredAt: new Date(now).toISOString(),
    payload: {
      displayNumber: ticket.display_number,
      serviceId: ticket.service_id,
      counterId: counter.id,
      counterNumber: counterNumberOf(ctx.office(), counter.id),
      // The board says a call in Korean, then in the language the resident took the ticket in.
      ...(type === 'ticket.called' || type === 'ticket.recalled' ? { language: ticket.language } : {}),
      ...extra,
    },
  });
  return toTicketView(ctx.office(), ticket);
}
