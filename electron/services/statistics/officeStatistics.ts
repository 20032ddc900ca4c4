import { SEOUL_OFFSET_MS } from '../../../shared/businessDay';
import type { DayStatistics, HourStatistics, OutcomeCounts, StatisticsReport, StatisticsRequest, WaitMinutes } from '../../../shared/statistics';
import { currentBusinessDay, type QueueContext } from '../queue/queueContext';
import { ticketRows, type TicketOutcomeRow } from '../queue/ticketRows';
import { districtDeliveryRows } from './districtDeliveryRows';

const MINUTE_MS = 60_000;

const emptyCounts = (): OutcomeCounts => ({ issued: 0, paper: 0, mobile: 0, served: 0, noShows: 0, cancelled: 0 });

function countOutcome(counts: OutcomeCounts, ticket: TicketOutcomeRow): void {
  counts.issued += 1;
  counts[ticket.kind] += 1;
  if (ticket.status === 'done') counts.served += 1;
  else if (ticket.status === 'no_show') counts.noShows += 1;
  else if (ticket.status === 'cancelled') counts.cancelled += 1;
}

const roundedMinutes = (ms: number) => Math.round((ms / MINUTE_MS) * 10) / 10;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : roundedMinutes(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** Nearest-rank percentile: a wait that `percent`% of called residents did not exceed. */
function percentile(values: readonly number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return roundedMinutes(sorted[Math.ceil((percent / 100) * sorted.length) - 1]!);
}

function waitMinutes(tickets: readonly TicketOutcomeRow[]): WaitMinutes {
  const waits = tickets.flatMap((t) => (t.called_at_ms === null ? [] : [t.called_at_ms - t.issued_at_ms]));
  return { meanWaitMinutes: mean(waits), medianWaitMinutes: percentile(waits, 50), p90WaitMinutes: percentile(waits, 90) };
}

const servedTickets = (tickets: readonly TicketOutcomeRow[]) => tickets.filter((t) => t.status === 'done' && t.finished_at_ms !== null);

function meanServiceMinutes(served: readonly TicketOutcomeRow[]): number | null {
  return mean(served.map((t) => t.finished_at_ms! - (t.serving_started_at_ms ?? t.called_at_ms ?? t.finished_at_ms!)));
}

const seoulHour = (instantMs: number) => new Date(instantMs + SEOUL_OFFSET_MS).getUTCHours();

function groupBy<K>(tickets: readonly TicketOutcomeRow[], keyOf: (ticket: TicketOutcomeRow) => K): Map<K, TicketOutcomeRow[]> {
  const groups = new Map<K, TicketOutcomeRow[]>();
  for (const ticket of tickets) {
    const key = keyOf(ticket);
    groups.set(key, [...(groups.get(key) ?? []), ticket]);
  }
  return groups;
}

function countsOf(tickets: readonly TicketOutcomeRow[]): OutcomeCounts {
  const counts = emptyCounts();
  for (const ticket of tickets) countOutcome(counts, ticket);
  return counts;
}

function summariseDay(businessDay: string, tickets: readonly TicketOutcomeRow[], serviceOrder: readonly string[]): DayStatistics {
  const byService = [...groupBy(tickets, (t) => t.service_id)]
    .map(([serviceId, ofService]) => ({ serviceId, ...countsOf(ofService), ...waitMinutes(ofService), meanServiceMinutes: meanServiceMinutes(servedTickets(ofService)) }))
    .sort((a, b) => rank(serviceOrder, a.serviceId) - rank(serviceOrder, b.serviceId));
  const byHour = [...groupBy(tickets, (t) => seoulHour(t.issued_at_ms))].map(([hour, ofHour]) => ({ hour, ...countsOf(ofHour) })).sort((a, b) => a.hour - b.hour);
  const servedAtCounters = servedTickets(tickets).filter((t) => t.counter_id !== null);
  const byCounter = [...groupBy(servedAtCounters, (t) => t.counter_id!)]
    .map(([counterId, ofCounter]) => ({ counterId, served: ofCounter.length, meanServiceMinutes: meanServiceMinutes(ofCounter) }))
    .sort((a, b) => a.counterId.localeCompare(b.counterId));
  const busiest = byHour.reduce<HourStatistics | null>((best, hour) => (best === null || hour.issued > best.issued ? hour : best), null);
  return { businessDay, ...countsOf(tickets), ...waitMinutes(tickets), byService, byHour, byCounter, busiestHour: busiest?.hour ?? null };
}

/** Configured services first in the office's order; services since removed after them. */
function rank(order: readonly string[], serviceId: string): number {
  const index = order.indexOf(serviceId);
  return index === -1 ? order.length : index;
}

/**
 * Statistics of every business day from `fromDay` to `toDay` (inclusive, 'YYYY-MM-DD') that has
 * tickets, oldest first. Days older than the office's `historyDays` are pruned by housekeeping,
 * so they are simply absent.
 */
export function statisticsBetween(ctx: QueueContext, fromDay: string, toDay: string): DayStatistics[] {
  const serviceOrder = ctx.office().services.map((s) => s.id);
  return [...groupBy(ticketRows(ctx.db).outcomesBetween(fromDay, toDay), (t) => t.business_day)].map(([day, tickets]) =>
    summariseDay(day, tickets, serviceOrder),
  );
}

/** One business day's statistics (today by default), also when it has no tickets yet. */
export function dayStatistics(ctx: QueueContext, businessDay = currentBusinessDay(ctx)): DayStatistics {
  return statisticsBetween(ctx, businessDay, businessDay)[0] ?? summariseDay(businessDay, [], []);
}

/** A range's statistics with the office's names for its services and counters: what the staff screen and the manager page show. */
export function statisticsReport(ctx: QueueContext, request: StatisticsRequest): StatisticsReport {
  const office = ctx.office();
  const today = currentBusinessDay(ctx);
  const { fromDay, toDay } = 'fromDay' in request ? request : { fromDay: today, toDay: today };
  return {
    fromDay,
    toDay,
    today,
    days: statisticsBetween(ctx, fromDay, toDay),
    services: office.services.map(({ id, name }) => ({ id, name })),
    counters: office.counters.map(({ id, number }) => ({ id, number })),
    deliveries: districtDeliveryRows(ctx.db).between(fromDay, toDay),
  };
}
