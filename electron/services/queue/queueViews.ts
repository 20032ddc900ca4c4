import type { BoardState, CounterStatus } from '../../../shared/lan/counterApi';
import { liveEventTypes, type LiveEvent, type ServiceQueue } from '../../../shared/queue';
import type { Database } from '../database/openDatabase';
import { findService } from '../office/officeStore';
import { counterStateOf, currentTicketAt, findCounter } from './calling';
import { currentBusinessDay, type QueueContext } from './queueContext';
import { toTicketView } from './ticketView';
import type { TicketRow } from './tickets';
import { estimateForNewcomer } from '../estimates/estimateFromQueue';

const RECENT_CALLS = 8;

export function serviceQueue(ctx: QueueContext, serviceId: string, businessDay: string): ServiceQueue {
  const { n: waiting } = ctx.db
    .prepare(`SELECT COUNT(*) AS n FROM tickets WHERE business_day = ? AND service_id = ? AND status = 'waiting'`)
    .get(businessDay, serviceId) as { n: number };
  return {
    serviceId,
    name: findService(ctx.office(), serviceId).name,
    waiting,
    estimate: estimateForNewcomer(ctx, serviceId),
  };
}

export function counterStatus(ctx: QueueContext, counterId: string): CounterStatus {
  const counter = findCounter(ctx, counterId);
  const office = ctx.office();
  const businessDay = currentBusinessDay(ctx);
  const current = currentTicketAt(ctx, counterId, businessDay);
  const placeholders = counter.serviceIds.map(() => '?').join(', ');
  const noShows = ctx.db
    .prepare(`SELECT * FROM tickets WHERE business_day = ? AND status = 'no_show' AND service_id IN (${placeholders}) ORDER BY finished_at_ms DESC LIMIT 20`)
    .all(businessDay, ...counter.serviceIds) as TicketRow[];
  return {
    counter: { id: counter.id, number: counter.number, serviceIds: counter.serviceIds, state: counterStateOf(ctx, counterId) },
    current: current ? toTicketView(office, current) : null,
    queues: counter.serviceIds.map((serviceId) => serviceQueue(ctx, serviceId, businessDay)),
    noShows: noShows.map((row) => toTicketView(office, row)),
    rules: { recallsBeforeNoShow: office.calling.recallsBeforeNoShow, recallMinIntervalSeconds: office.calling.recallMinIntervalSeconds },
  };
}

export function boardState(ctx: QueueContext): BoardState {
  const office = ctx.office();
  const businessDay = currentBusinessDay(ctx);
  const called = ctx.db
    .prepare(`SELECT * FROM tickets WHERE business_day = ? AND status = 'called' AND counter_id IS NOT NULL`)
    .all(businessDay) as TicketRow[];
  const nowServing = called
    .map((row) => ({ counterNumber: toTicketView(office, row).counterNumber, displayNumber: row.display_number, serviceId: row.service_id }))
    .filter((entry): entry is BoardState['nowServing'][number] => entry.counterNumber !== null)
    .sort((a, b) => a.counterNumber - b.counterNumber);
  const recentCalls = ctx.db
    .prepare(
      `SELECT outbox.position, outbox.occurred_at, outbox.payload FROM outbox JOIN tickets ON tickets.id = outbox.ticket_id
        WHERE tickets.business_day = ? AND outbox.event_type IN ('ticket.called', 'ticket.recalled')
        ORDER BY outbox.position DESC LIMIT ?`,
    )
    .all(businessDay, RECENT_CALLS) as { position: number; occurred_at: string; payload: string }[];
  return {
    officeName: office.officeName,
    nowServing,
    recentCalls: recentCalls.map((row) => {
      const payload = JSON.parse(row.payload) as { displayNumber: string; counterNumber: number };
      return { eventId: row.position, displayNumber: payload.displayNumber, counterNumber: payload.counterNumber, at: row.occurred_at };
    }),
    queues: office.services.map((service) => serviceQueue(ctx, service.id, businessDay)),
    lastEventId: lastEventId(ctx.db),
  };
}

export function lastEventId(db: Database): number {
  return (db.prepare('SELECT COALESCE(MAX(position), 0) AS id FROM outbox').get() as { id: number }).id;
}

interface OutboxRow {
  position: number;
  event_type: string;
  occurred_at: string;
  ticket_id: string | null;
  payload: string;
}

/** The queue's changes after `afterId`, in order: what a reconnecting counter page or board missed. */
export function liveEventsSince(db: Database, afterId: number, limit = 500): LiveEvent[] {
  const rows = db
    .prepare('SELECT position, event_type, occurred_at, ticket_id, payload FROM outbox WHERE position > ? ORDER BY position LIMIT ?')
    .all(afterId, limit) as OutboxRow[];
  // Outbox rows only the district sync cares about are not live events: skip them, don't stop the stream.
  return rows.flatMap((row) => {
    const type = liveEventTypes.find((t) => t === row.event_type);
    if (!type) return [];
    const payload = JSON.parse(row.payload) as { displayNumber?: string; serviceId?: string; counterNumber?: number };
    return {
      id: row.position,
      type,
      at: row.occurred_at,
      ticket: row.ticket_id && payload.displayNumber && payload.serviceId ? { id: row.ticket_id, displayNumber: payload.displayNumber, serviceId: payload.serviceId } : null,
      counterNumber: payload.counterNumber ?? null,
    };
  });
}
