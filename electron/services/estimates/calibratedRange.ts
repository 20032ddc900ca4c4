import type { WaitEstimate } from '../../../shared/waitEstimate';
import { nextFriendly, roundFriendly } from './friendlyMinutes';
import type { CallForecast } from './forwardPass';

/**
 * Where the true wait falls around a forecast, in spreads: (true − expected) ÷ spread. The range
 * shown is expected + spread × [low, high]: a span centred on the forecast, as wide as it takes to
 * hold a set share of the day's true waits. Its middle — the figure a resident reads as "about" —
 * is the forward pass's own expected call: that pass is centred (its median error is within ±1.5 min
 * at every horizon on the tuning seeds), while the median of the day's latest residuals, taken in
 * spreads and multiplied into a long forecast's spread, moved that middle by several minutes of
 * noise. A day that runs long or short is corrected where it arises, in the desk times the pass
 * learns from the day; its misses widen the span here.
 */
export interface Calibration {
  low: number;
  high: number;
}

/** A forecast made earlier today and how long that ticket then really waited. */
export interface Outcome {
  serviceId: string;
  expectedMinutes: number;
  spreadMinutes: number;
  waitedMinutes: number;
}

/** The span before the day has outcomes, measured on the backtest's tuning seeds (bench/backtest). */
export const PRIOR_CALIBRATION: Calibration = { low: -1.5, high: 1.5 };
/** How many of today's outcomes the prior weighs. */
const PRIOR_WEIGHT = 40;
/** How many outcomes of its own a service needs to weigh as much as the whole day's. */
const SERVICE_PRIOR_WEIGHT = 20;
/** One resident's freak wait (a desk gone for an hour) must not widen everyone's range all day. */
const RESIDUAL_LIMITS = { low: -4, high: 6 };
/** The span's bounds stay within these (in spreads): the only place it may lean off the forecast, where one side is at its limit. */
const QUANTILE_LIMITS = { low: { min: -2.5, max: -0.3 }, high: { min: 0.5, max: 3.5 } };
/** The share of today's true waits the span must hold (before rounding to friendly minutes). */
const COVERAGE = 0.85;
/** No forecast is surer than this: the walk to the desk and the button presses vary by about a minute. */
export const SMALLEST_SPREAD_MINUTES = 1;
const SHORTEST_UPPER_BOUND = 5;

/** The day's calibration: one for all services, and one per service drawn towards it until the service has outcomes of its own. */
export interface DayCalibration {
  forService(serviceId: string): Calibration;
}

/**
 * Self-calibration: today's latest `dayOutcomes` outcomes move the span away from the prior as they
 * accumulate, and each service's own outcomes (among all given) move its span away from the day's:
 * a long, rare service's waits fall differently against their forecasts than a quick common one's.
 */
export function calibrate(outcomes: readonly Outcome[], dayOutcomes: number): DayCalibration {
  const day = calibrationFrom(outcomes.slice(0, dayOutcomes), PRIOR_CALIBRATION, PRIOR_WEIGHT);
  const byService = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const own = byService.get(outcome.serviceId);
    if (own) own.push(outcome);
    else byService.set(outcome.serviceId, [outcome]);
  }
  const services = new Map([...byService].map(([serviceId, own]) => [serviceId, calibrationFrom(own, day, SERVICE_PRIOR_WEIGHT)]));
  return { forService: (serviceId) => services.get(serviceId) ?? day };
}

function calibrationFrom(outcomes: readonly Outcome[], prior: Calibration, priorWeight: number): Calibration {
  if (outcomes.length === 0) return prior;
  const residuals = outcomes
    .map((o) => clamp((o.waitedMinutes - o.expectedMinutes) / Math.max(SMALLEST_SPREAD_MINUTES, o.spreadMinutes), RESIDUAL_LIMITS.low, RESIDUAL_LIMITS.high));
  const weight = residuals.length / (residuals.length + priorWeight);
  const blend = (prior: number, measured: number) => prior * (1 - weight) + measured * weight;
  const measured = spanAroundZero(residuals, COVERAGE);
  return {
    low: clamp(blend(prior.low, measured.low), QUANTILE_LIMITS.low.min, QUANTILE_LIMITS.low.max),
    high: clamp(blend(prior.high, measured.high), QUANTILE_LIMITS.high.min, QUANTILE_LIMITS.high.max),
  };
}

/** The span centred on zero (the forecast itself) that holds `share` of the values. */
export function spanAroundZero(values: readonly number[], share: number): Calibration {
  const distances = values.map(Math.abs).sort((a, b) => a - b);
  const halfWidth = distances[Math.max(1, Math.ceil(share * values.length)) - 1];
  return { low: -halfWidth, high: halfWidth };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The range a resident reads: calibrated, each bound rounded to the nearest friendly minute (so
 * rounding neither widens the range nor moves its middle on average), never a single figure.
 */
export function rangeOf(forecast: CallForecast, calibration: Calibration): WaitEstimate {
  const spread = Math.max(SMALLEST_SPREAD_MINUTES, forecast.spreadMinutes);
  const low = Math.max(0, forecast.expectedMinutes + spread * calibration.low);
  const high = Math.max(low, forecast.expectedMinutes + spread * calibration.high);
  const minMinutes = roundFriendly(low);
  let maxMinutes = Math.max(SHORTEST_UPPER_BOUND, roundFriendly(high));
  if (maxMinutes <= minMinutes) maxMinutes = nextFriendly(minMinutes);
  return { kind: 'range', minMinutes, maxMinutes };
}
