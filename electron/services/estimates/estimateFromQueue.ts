import type { WaitEstimate } from '../../../shared/lan/counterApi';
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
