import type { WaitEstimate } from '../../../shared/waitEstimate';
import { currentBusinessDay, queueNow, type QueueContext } from '../queue/queueContext';
import { ticketRows } from '../queue/ticketRows';
import { calibrate, rangeOf, type DayCalibration } from './calibratedRange';
import { planDesks, type DeskNow } from './deskPlans';
import { deskMinutesByService, learnDeskTime, RECENT_SAMPLES, type FinishedAtDesk } from './deskTimes';
import { forecastCalls, type CallForecast, type DeskTime, type WaitingTicket } from './forwardPass';
import { waitForecastRows, type WaitingRow } from './waitForecastRows';

/** How many of past days' latest desk times of a service form its prior for today. */
const PAST_SAMPLES = 60;
/** How many of today's latest outcomes calibrate the ranges of all services, as the day's pace drifts; each service reads its own among a longer stretch. */
const CALIBRATION_OUTCOMES = 80;
const SERVICE_CALIBRATION_OUTCOMES = 240;

/** The office now, ready to be played forward. */
interface OfficeNow {
  businessDay: string;
  waiting: WaitingRow[];
  run: (waiting: readonly WaitingTicket[], untilIndex?: number) => (CallForecast | null)[];
  calibration: DayCalibration;
  /**
   * What a ticket no desk will call is told: with office hours the schedule is known, so no desk
   * serves the line for the rest of the day; without them, a closed desk may open any time.
   */
  uncalled: WaitEstimate;
}

/**
 * The estimate shown for a waiting ticket (on its paper, its first message, its status page). The
 * first one made for a ticket — at issue, inside the issuing transaction — is recorded, so the
 * day's ranges can be calibrated against how long tickets really waited.
 */
export function estimateForTicket(ctx: QueueContext, ticketId: string): WaitEstimate {
  const office = officeNow(ctx);
  const index = office.waiting.findIndex((t) => t.id === ticketId);
  if (index < 0) return { kind: 'unknown' };
  const forecast = office.run(office.waiting, index)[index];
  if (!forecast) return office.uncalled;
  waitForecastRows(ctx.db).recordAtIssue(ticketId, office.businessDay, forecast.expectedMinutes, forecast.spreadMinutes);
  return rangeOf(forecast, office.calibration.forService(office.waiting[index].serviceId));
}

/** The estimate for someone taking a ticket of this service now, for the boards and counter pages. */
export function estimateForNewcomer(ctx: QueueContext, serviceId: string): WaitEstimate {
  const office = officeNow(ctx);
  const line = [...office.waiting, { serviceId, priority: false, waitedMinutes: 0 }];
  const forecast = office.run(line, line.length - 1)[line.length - 1];
  return forecast ? rangeOf(forecast, office.calibration.forService(serviceId)) : office.uncalled;
}

export interface TicketEstimate {
  ticketId: string;
  serviceId: string;
  estimate: WaitEstimate;
}

/** Every waiting ticket's estimate from one forward pass, in issue order: the same figures as estimateForTicket. */
export function estimatesForWaiting(ctx: QueueContext): TicketEstimate[] {
  const office = officeNow(ctx);
  const forecasts = office.run(office.waiting);
  return office.waiting.map((ticket, i) => {
    const forecast = forecasts[i];
    return { ticketId: ticket.id, serviceId: ticket.serviceId, estimate: forecast ? rangeOf(forecast, office.calibration.forService(ticket.serviceId)) : office.uncalled };
  });
}

function officeNow(ctx: QueueContext): OfficeNow {
  const config = ctx.office();
  const nowMs = queueNow(ctx);
  const businessDay = currentBusinessDay(ctx, nowMs);
  const rows = waitForecastRows(ctx.db);

  const deskMinutes = (finished: (serviceId: string) => FinishedAtDesk[]) => deskMinutesByService(new Map(config.services.map((service) => [service.id, finished(service.id)])));
  const today = deskMinutes((serviceId) => rows.latestFinished(businessDay, serviceId, RECENT_SAMPLES));
  const pastDays = deskMinutes((serviceId) => rows.pastFinished(businessDay, serviceId, PAST_SAMPLES));
  const deskTimes = new Map<string, DeskTime>(
    config.services.map((service) => [service.id, learnDeskTime(today.get(service.id) ?? [], pastDays.get(service.id) ?? [], service.defaultServiceMinutes)]),
  );

  const states = rows.counterStates();
  const desks: DeskNow[] = config.counters.map((counter) => {
    const current = ticketRows(ctx.db).atCounter(counter.id, businessDay);
    return {
      counter,
      state: states.get(counter.id) ?? 'closed',
      current: current && current.called_at_ms !== null ? { serviceId: current.service_id, calledAtMs: current.called_at_ms } : null,
    };
  });
  const plans = planDesks(config, desks, deskTimes, nowMs);

  return {
    businessDay,
    waiting: rows.waiting(businessDay, nowMs),
    run: (waiting, untilIndex) => forecastCalls({ desks: plans, waiting, deskTimes, starvationMinutes: config.calling.starvationMinutes, untilIndex }),
    calibration: calibrate(rows.outcomes(businessDay, SERVICE_CALIBRATION_OUTCOMES), CALIBRATION_OUTCOMES),
    uncalled: config.hours ? { kind: 'unknown', reason: 'no-counter-today' } : { kind: 'unknown' },
  };
}

