import type { CounterView } from '../../../shared/counter';
import type { TicketView } from '../../../shared/ticket';
import type { CounterConfig } from '../../../shared/office';
import { KioskError } from '../kioskError';
import { findService } from '../office/officeStore';
import { appendOutboxEvent } from './outbox';
import { currentBusinessDay, queueNow, type QueueContext } from './queueContext';
import { counterNumberOf, toTicketView } from './ticketView';
import { getTicket, type TicketRow } from './tickets';

type CounterState = CounterView['state'];

/**
 * Counter actions. Each is one BEGIN IMMEDIATE transaction: the write lock is taken before the
 * ticket is chosen, so two counters calling at the same instant can never take the same ticket.
 */

export function findCounter(ctx: QueueContext, counterId: string): CounterConfig {
  const counter = ctx.office().counters.find((c) => c.id === counterId);
  if (!counter) throw new KioskError('UNKNOWN_COUNTER', `No counter with id "${counterId}"`);
  return counter;
}

export function counterStateOf(ctx: QueueContext, counterId: string): CounterState {
  const row = ctx.db.prepare('SELECT state FROM counter_states WHERE counter_id = ?').get(counterId) as { state: CounterState } | undefined;
  return row?.state ?? 'closed';
}

export function currentTicketAt(ctx: QueueContext, counterId: string, businessDay = currentBusinessDay(ctx)): TicketRow | undefined {
  return ctx.db
    .prepare(`SELECT * FROM tickets WHERE counter_id = ? AND status = 'called' AND business_day = ? ORDER BY called_at_ms DESC LIMIT 1`)
    .get(counterId, businessDay) as TicketRow | undefined;
}

/** Finishes the ticket at the counter (if any) and calls the next one for its services. */
export function callNext(ctx: QueueContext, counterId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    if (counterStateOf(ctx, counterId) !== 'open') throw new KioskError('COUNTER_NOT_OPEN', `Counter ${counter.number} is not open`);
    const current = currentTicketAt(ctx, counterId, businessDay);
    if (current) finish(ctx, current, 'done', now, counter);

    const { starvationMinutes } = ctx.office().calling;
    const placeholders = counter.serviceIds.map(() => '?').join(', ');
    // Priority first, except that a normal ticket waiting past the starvation limit goes before them.
    const next = ctx.db
      .prepare(
        `SELECT * FROM tickets WHERE business_day = ? AND status = 'waiting' AND service_id IN (${placeholders})
          ORDER BY (priority = 0 AND issued_at_ms <= ?) DESC, priority DESC, rowid ASC LIMIT 1`,
      )
      .get(businessDay, ...counter.serviceIds, now - starvationMinutes * 60_000) as TicketRow | undefined;
    if (!next) throw new KioskError('QUEUE_EMPTY', `Nobody is waiting for counter ${counter.number}`);

    ctx.db
      .prepare(`UPDATE tickets SET status = 'called', counter_id = ?, called_at_ms = ?, last_called_at_ms = ?, recall_count = 0, serving_started_at_ms = NULL WHERE id = ?`)
      .run(counterId, now, now, next.id);
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
    ctx.db.prepare('UPDATE tickets SET recall_count = recall_count + 1, last_called_at_ms = ? WHERE id = ?').run(now, current.id);
    return record(ctx, current.id, 'ticket.recalled', now, counter);
  });
}

export function startServing(ctx: QueueContext, counterId: string): TicketView {
  return counterAction(ctx, counterId, (counter, now, businessDay) => {
    const current = requireCurrent(ctx, counter, businessDay);
    ctx.db.prepare('UPDATE tickets SET serving_started_at_ms = COALESCE(serving_started_at_ms, ?) WHERE id = ?').run(now, current.id);
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
    const ticket = ctx.db.prepare('SELECT * FROM tickets WHERE id = ?').get(ticketId) as TicketRow | undefined;
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
  ctx.db
    .transaction(() => {
      ctx.db
        .prepare('INSERT INTO counter_states (counter_id, state) VALUES (?, ?) ON CONFLICT (counter_id) DO UPDATE SET state = excluded.state')
        .run(counterId, state);
      appendOutboxEvent(ctx.db, {
        type: 'counter.state',
        ticketId: null,
        occurredAt: new Date(queueNow(ctx)).toISOString(),
        payload: { counterId, counterNumber: counter.number, state },
      });
    })
    .immediate();
  return { id: counter.id, number: counter.number, serviceIds: counter.serviceIds, state };
}

function counterAction(ctx: QueueContext, counterId: string, action: (counter: CounterConfig, now: number, businessDay: string) => TicketView): TicketView {
  const counter = findCounter(ctx, counterId);
  return ctx.db
    .transaction(() => {
      const now = queueNow(ctx);
      return action(counter, now, currentBusinessDay(ctx, now));
    })
    .immediate();
}

function requireCurrent(ctx: QueueContext, counter: CounterConfig, businessDay: string): TicketRow {
  const current = currentTicketAt(ctx, counter.id, businessDay);
  if (!current) throw new KioskError('NO_CURRENT_TICKET', `Counter ${counter.number} has no ticket called`);
  return current;
}

function finish(ctx: QueueContext, ticket: TicketRow, status: 'done' | 'no_show', now: number, counter: CounterConfig): TicketView {
  ctx.db.prepare('UPDATE tickets SET status = ?, finished_at_ms = ? WHERE id = ?').run(status, now, ticket.id);
  return record(ctx, ticket.id, status === 'done' ? 'ticket.completed' : 'ticket.no-show', now, counter);
}

function backToWaiting(ctx: QueueContext, ticketId: string, serviceId: string): void {
  ctx.db
    .prepare(
      `UPDATE tickets SET status = 'waiting', service_id = ?, counter_id = NULL, called_at_ms = NULL, last_called_at_ms = NULL,
              recall_count = 0, serving_started_at_ms = NULL, finished_at_ms = NULL WHERE id = ?`,
    )
    .run(serviceId, ticketId);
}

/** Writes the action's outbox event (the district sync and the live views both read it) and answers the ticket as it now is. */
function record(ctx: QueueContext, ticketId: string, type: string, now: number, counter: CounterConfig, extra: Record<string, unknown> = {}): TicketView {
  const ticket = getTicket(ctx.db, ticketId);
  appendOutboxEvent(ctx.db, {
    type,
    ticketId,
    occurredAt: new Date(now).toISOString(),
    payload: {
      displayNumber: ticket.display_number,
      serviceId: ticket.service_id,
      counterId: counter.id,
      counterNumber: counterNumberOf(ctx.office(), counter.id),
      ...extra,
    },
  });
  return toTicketView(ctx.office(), ticket);
}
