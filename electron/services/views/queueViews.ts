import { defaultBoardSound } from '../../../shared/office';
import type { BoardState, CounterStatus } from '../../../shared/lan/counterApi';
import type { ServiceQueue } from '../../../shared/queue';
import { estimateForNewcomer } from '../estimates/estimateFromQueue';
import { findService } from '../office/officeStore';
import { currentTicketAt } from '../queue/calling';
import { counterStateOf, findCounter } from '../queue/counters';
import { lastEventId } from '../queue/liveEvents';
import { outboxRows } from '../queue/outboxRows';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';
import { ticketRows } from '../queue/ticketRows';
import { toTicketView } from '../queue/ticketView';

/** What counter pages, boards and the kiosk's screens show: the queue with its wait estimates. */

const RECENT_CALLS = 8;

export function serviceQueue(ctx: QueueContext, serviceId: string, businessDay: string): ServiceQueue {
  return {
    serviceId,
    name: findService(ctx.office(), serviceId).name,
    waiting: ticketRows(ctx.db).waitingCount(businessDay, serviceId),
    estimate: estimateForNewcomer(ctx, serviceId),
  };
}

/** A counter's queue view; the LAN route adds the kiosk's alerts. */
export function counterStatus(ctx: QueueContext, counterId: string): Omit<CounterStatus, 'alerts'> {
  const counter = findCounter(ctx, counterId);
  const office = ctx.office();
  const businessDay = currentBusinessDay(ctx);
  const current = currentTicketAt(ctx, counterId, businessDay);
  const noShows = ticketRows(ctx.db).noShows(businessDay, counter.serviceIds);
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
  const nowServing = ticketRows(ctx.db)
    .calledAtCounters(businessDay)
    .map((row) => ({ counterNumber: toTicketView(office, row).counterNumber, displayNumber: row.display_number, serviceId: row.service_id }))
    .filter((entry): entry is BoardState['nowServing'][number] => entry.counterNumber !== null)
    .sort((a, b) => a.counterNumber - b.counterNumber);
  const recentCalls = outboxRows(ctx.db).recentCalls(businessDay, RECENT_CALLS);
  return {
    officeName: office.officeName,
    nowServing,
    recentCalls: recentCalls.map((row) => {
      const payload = JSON.parse(row.payload) as { displayNumber: string; counterNumber: number };
      return { eventId: row.position, displayNumber: payload.displayNumber, counterNumber: payload.counterNumber, at: row.occurred_at };
    }),
    queues: office.services.map((service) => serviceQueue(ctx, service.id, businessDay)),
    lastEventId: lastEventId(ctx.db),
    sound: office.boardSound ?? defaultBoardSound,
  };
}
