import type { WaitEstimate } from '../../../shared/waitEstimate';
import { findService } from '../office/officeStore';
import { openCounters as openCountersOf } from '../queue/counters';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';
import { ticketRows } from '../queue/ticketRows';
import { recentServiceMinutes } from './serviceTimes';
import { estimateWait, MOST_RECENT_SAMPLES, type ServiceLoad } from './waitEstimate';

/** Which waiting tickets are called before the one estimated: higher priority, then earlier issue (rowid). */
interface PlaceInLine {
  priority: number;
  rowid: number;
}

/** Someone taking a ticket now is behind everyone waiting. */
const NEWCOMER: PlaceInLine = { priority: -1, rowid: 0 };

/** The estimate printed on a ticket just issued (or shown for one still waiting). */
export function estimateForTicket(ctx: QueueContext, ticketId: string): WaitEstimate {
  const ticket = ticketRows(ctx.db).linePlace(ticketId);
  if (!ticket) return { kind: 'unknown' };
  return estimateInLine(ctx, ticket.service_id, ticket.business_day, ticket);
}

/** The estimate for someone taking a ticket of this service now, for the boards and counter pages. */
export function estimateForNewcomer(ctx: QueueContext, serviceId: string): WaitEstimate {
  return estimateInLine(ctx, serviceId, currentBusinessDay(ctx), NEWCOMER);
}

/**
 * Every waiting ticket's estimate in one pass over the line in call order (priority, then issue
 * order), for views that show them all: the same figures as estimateForTicket, without a query per ticket.
 */
export function estimatesForWaiting(ctx: QueueContext): Map<string, WaitEstimate> {
  const office = ctx.office();
  const businessDay = currentBusinessDay(ctx);
  const openCounters = openCountersOf(ctx);
  const samples = new Map(office.services.map((s) => [s.id, recentServiceMinutes(ctx.db, businessDay, s.id, MOST_RECENT_SAMPLES)]));
  const waiting = ticketRows(ctx.db).waitingInCallOrder(businessDay);
  const aheadByService = new Map<string, number>();
  const estimates = new Map<string, WaitEstimate>();
  for (const ticket of waiting) {
    const lineServiceIds = [...new Set(openCounters.filter((c) => c.serviceIds.includes(ticket.service_id)).flatMap((c) => c.serviceIds))];
    const lineCounters = openCounters.filter((c) => c.serviceIds.some((id) => lineServiceIds.includes(id)));
    const loadOf = (id: string): ServiceLoad => ({
      peopleAhead: aheadByService.get(id) ?? 0,
      recentServiceMinutes: samples.get(id) ?? [],
      defaultServiceMinutes: findService(office, id).defaultServiceMinutes,
    });
    estimates.set(
      ticket.id,
      estimateWait({
        ...loadOf(ticket.service_id),
        openCounters: lineServiceIds.length === 0 ? 0 : lineCounters.length,
        otherServicesAhead: lineServiceIds.filter((id) => id !== ticket.service_id && aheadByService.has(id)).map(loadOf),
      }),
    );
    aheadByService.set(ticket.service_id, (aheadByService.get(ticket.service_id) ?? 0) + 1);
  }
  return estimates;
}

/**
 * Counters call their services in one line by issue order, so a ticket waits behind the other
 * services' tickets of its counters too, and all counters sharing those services drain that line.
 */
function estimateInLine(ctx: QueueContext, serviceId: string, businessDay: string, place: PlaceInLine): WaitEstimate {
  const office = ctx.office();
  const openCounters = openCountersOf(ctx);
  const lineServiceIds = [...new Set(openCounters.filter((c) => c.serviceIds.includes(serviceId)).flatMap((c) => c.serviceIds))];
  const lineCounters = openCounters.filter((c) => c.serviceIds.some((id) => lineServiceIds.includes(id)));
  const aheadByService = new Map(
    lineServiceIds.length === 0 ? [] : ticketRows(ctx.db).waitingAhead(businessDay, lineServiceIds, place).map((row) => [row.service_id, row.n] as const),
  );

  const loadOf = (id: string): ServiceLoad => ({
    peopleAhead: aheadByService.get(id) ?? 0,
    recentServiceMinutes: recentServiceMinutes(ctx.db, businessDay, id, MOST_RECENT_SAMPLES),
    defaultServiceMinutes: findService(office, id).defaultServiceMinutes,
  });
  return estimateWait({
    ...loadOf(serviceId),
    openCounters: lineCounters.length,
    otherServicesAhead: lineServiceIds.filter((id) => id !== serviceId && aheadByService.has(id)).map(loadOf),
  });
}
