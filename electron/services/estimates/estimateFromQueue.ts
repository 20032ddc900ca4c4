import type { WaitEstimate } from '../../../shared/waitEstimate';
import { findService } from '../office/officeStore';
import { counterStateOf } from '../queue/calling';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';
import { recentServiceMinutes } from './serviceTimes';
import { estimateWait, MOST_RECENT_SAMPLES, type ServiceLoad } from './waitEstimate';

/** Which waiting tickets are called before the one estimated, as an SQL condition on `tickets`. */
interface AheadCondition {
  sql: string;
  params: readonly number[];
}

/** The estimate printed on a ticket just issued (or shown for one still waiting). */
export function estimateForTicket(ctx: QueueContext, ticketId: string): WaitEstimate {
  const ticket = ctx.db.prepare('SELECT rowid, service_id, priority, business_day FROM tickets WHERE id = ?').get(ticketId) as
    | { rowid: number; service_id: string; priority: number; business_day: string }
    | undefined;
  if (!ticket) return { kind: 'unknown' };
  // Mirrors callNext: priority tickets first, then issue order.
  const ahead = { sql: '(priority > ? OR (priority = ? AND rowid < ?))', params: [ticket.priority, ticket.priority, ticket.rowid] };
  return estimateInLine(ctx, ticket.service_id, ticket.business_day, ahead);
}

/** The estimate for someone taking a ticket of this service now, for the boards and counter pages. */
export function estimateForNewcomer(ctx: QueueContext, serviceId: string): WaitEstimate {
  return estimateInLine(ctx, serviceId, currentBusinessDay(ctx), { sql: '1', params: [] });
}

/**
 * Every waiting ticket's estimate in one pass over the line in call order (priority, then issue
 * order), for views that show them all: the same figures as estimateForTicket, without a query per ticket.
 */
export function estimatesForWaiting(ctx: QueueContext): Map<string, WaitEstimate> {
  const office = ctx.office();
  const businessDay = currentBusinessDay(ctx);
  const openCounters = office.counters.filter((c) => counterStateOf(ctx, c.id) === 'open');
  const samples = new Map(office.services.map((s) => [s.id, recentServiceMinutes(ctx.db, businessDay, s.id, MOST_RECENT_SAMPLES)]));
  const waiting = ctx.db
    .prepare(`SELECT id, service_id FROM tickets WHERE business_day = ? AND status = 'waiting' ORDER BY priority DESC, rowid ASC`)
    .all(businessDay) as { id: string; service_id: string }[];
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
function estimateInLine(ctx: QueueContext, serviceId: string, businessDay: string, ahead: AheadCondition): WaitEstimate {
  const office = ctx.office();
  const openCounters = office.counters.filter((c) => counterStateOf(ctx, c.id) === 'open');
  const lineServiceIds = [...new Set(openCounters.filter((c) => c.serviceIds.includes(serviceId)).flatMap((c) => c.serviceIds))];
  const lineCounters = openCounters.filter((c) => c.serviceIds.some((id) => lineServiceIds.includes(id)));
  const aheadByService = waitingAhead(ctx, businessDay, lineServiceIds, ahead);

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

function waitingAhead(ctx: QueueContext, businessDay: string, serviceIds: readonly string[], ahead: AheadCondition): Map<string, number> {
  if (serviceIds.length === 0) return new Map();
  const rows = ctx.db
    .prepare(
      `SELECT service_id, COUNT(*) AS n FROM tickets
        WHERE business_day = ? AND status = 'waiting' AND service_id IN (${serviceIds.map(() => '?').join(', ')}) AND ${ahead.sql}
        GROUP BY service_id`,
    )
    .all(businessDay, ...serviceIds, ...ahead.params) as { service_id: string; n: number }[];
  return new Map(rows.map((row) => [row.service_id, row.n]));
}
