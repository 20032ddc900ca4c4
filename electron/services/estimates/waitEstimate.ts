import type { WaitEstimate } from '../../../shared/waitEstimate';
import { nextFriendly, roundDownFriendly, roundUpFriendly } from './friendlyMinutes';
import { trimmedMean } from './robustTicketTime';

/** One service's part of the line in front of a ticket. */
export interface ServiceLoad {
  /** Its tickets that will be called before the one being estimated. */
  peopleAhead: number;
  /** Service times of the day's latest finished tickets of the service, newest first. */
  recentServiceMinutes: readonly number[];
  /** The office's configured minutes per ticket, for a day without enough real samples. */
  defaultServiceMinutes: number;
}

export interface WaitEstimateInput extends ServiceLoad {
  /** Open counters calling this line: those of the service, and those sharing its other services. */
  openCounters: number;
  /** Tickets of other services that the same counters call, in issue order, before this one. */
  otherServicesAhead?: readonly ServiceLoad[];
}

const MIN_SAMPLES = 5;
export const MOST_RECENT_SAMPLES = 20;
const SHORTEST_UPPER_BOUND = 5;

/**
 * The range around the expected wait, as factors. Set by the backtest (bench/backtest): about four
 * in five true waits fall inside; a guessed (default) time per ticket gets a wider range.
 */
const MEASURED_BOUNDS = { low: 0.7, high: 1.4 };
const DEFAULT_BOUNDS = { low: 0.5, high: 2 };

/**
 * The wait shown on a ticket and the boards, as a range or 'unknown' — never one precise number.
 *
 * - No counter open for the service: 'unknown' (nobody can say when one opens).
 * - Minutes per ticket, per service: the trimmed mean of the day's newest samples when there are
 *   at least MIN_SAMPLES, otherwise the configured default — and then the wider range.
 * - Expected wait: the minutes of every ticket ahead (this service's and those of other services
 *   the same counters call first), plus half a ticket for the service already under way at a
 *   busy counter, divided over the open counters.
 * - The range scales the expected wait by fixed factors, rounded outwards to friendly minutes,
 *   starting at 0 when nobody is ahead and ending at least at SHORTEST_UPPER_BOUND minutes.
 */
export function estimateWait(input: WaitEstimateInput): WaitEstimate {
  if (!(input.openCounters > 0)) return { kind: 'unknown' };
  const own = ticketMinutes(input);
  const loads = [input, ...(input.otherServicesAhead ?? [])].map((load) => ({ ahead: Math.max(0, Math.floor(load.peopleAhead)), ...ticketMinutes(load) }));
  const peopleAhead = loads.reduce((sum, load) => sum + load.ahead, 0);
  const workAhead = loads.reduce((sum, load) => sum + load.ahead * load.minutes, 0);
  const measured = own.measured && loads.every((load) => load.measured || load.ahead === 0);
  const bounds = measured ? MEASURED_BOUNDS : DEFAULT_BOUNDS;

  const expected = (workAhead + own.minutes / 2) / input.openCounters;
  const minMinutes = peopleAhead === 0 ? 0 : roundDownFriendly(expected * bounds.low);
  let maxMinutes = Math.max(SHORTEST_UPPER_BOUND, roundUpFriendly(expected * bounds.high));
  if (maxMinutes <= minMinutes) maxMinutes = nextFriendly(minMinutes);
  return { kind: 'range', minMinutes, maxMinutes };
}

function ticketMinutes(load: ServiceLoad): { minutes: number; measured: boolean } {
  const measured = measuredMinutes(load.recentServiceMinutes);
  return measured === null ? { minutes: load.defaultServiceMinutes, measured: false } : { minutes: measured, measured: true };
}

/**
 * Views that estimate every waiting ticket pass the same samples array for a service each time:
 * its trimmed mean (a sort) is worked out once per array, not once per ticket and service.
 */
const measuredBySamples = new WeakMap<readonly number[], number | null>();

function measuredMinutes(recent: readonly number[]): number | null {
  let minutes = measuredBySamples.get(recent);
  if (minutes === undefined) {
    const samples = recent.slice(0, MOST_RECENT_SAMPLES).filter((m) => Number.isFinite(m) && m >= 0);
    minutes = samples.length >= MIN_SAMPLES ? trimmedMean(samples) : null;
    measuredBySamples.set(recent, minutes);
  }
  return minutes;
}
