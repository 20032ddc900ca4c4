import type { WaitEstimate } from '../../../shared/waitEstimate';
import { nextFriendly, roundDownFriendly, roundUpFriendly } from './friendlyMinutes';
import type { CallForecast } from './forwardPass';

/**
 * Where the true wait falls around a forecast, in spreads: (true − expected) ÷ spread. The range
 * shown is expected + spread × [low, high]; `low` and `high` are the quantiles that leave about a
 * tenth of true waits below and a tenth above.
 */
export interface Calibration {
  low: number;
  high: number;
}

/** A forecast made earlier today and how long that ticket then really waited. */
export interface Outcome {
  expectedMinutes: number;
  spreadMinutes: number;
  waitedMinutes: number;
}

/**
 * The quantiles before the day has outcomes, measured on the backtest's tuning seeds (bench/estimates):
 * true waits lean long (desks pause, tails are heavy), so the range reaches further above than below.
 */
export const PRIOR_CALIBRATION: Calibration = { low: -1.0, high: 1.3 };
/** How many of today's outcomes the prior weighs. */
const PRIOR_WEIGHT = 40;
/** One resident's freak wait (a desk gone for an hour) must not widen everyone's range all day. */
const RESIDUAL_LIMITS = { low: -4, high: 6 };
const QUANTILE_LIMITS = { low: { min: -2.5, max: -0.3 }, high: { min: 0.5, max: 3.5 } };
const LOW_QUANTILE = 0.14;
const HIGH_QUANTILE = 0.86;
/** No forecast is surer than this: the walk to the desk and the button presses vary by about a minute. */
export const SMALLEST_SPREAD_MINUTES = 1;
const SHORTEST_UPPER_BOUND = 5;

/** Self-calibration: today's outcomes move the quantiles away from the prior as they accumulate. */
export function calibrate(outcomes: readonly Outcome[]): Calibration {
  if (outcomes.length === 0) return PRIOR_CALIBRATION;
  const residuals = outcomes
    .map((o) => clamp((o.waitedMinutes - o.expectedMinutes) / Math.max(SMALLEST_SPREAD_MINUTES, o.spreadMinutes), RESIDUAL_LIMITS.low, RESIDUAL_LIMITS.high))
    .sort((a, b) => a - b);
  const weight = residuals.length / (residuals.length + PRIOR_WEIGHT);
  const blend = (prior: number, measured: number) => prior * (1 - weight) + measured * weight;
  return {
    low: clamp(blend(PRIOR_CALIBRATION.low, quantile(residuals, LOW_QUANTILE)), QUANTILE_LIMITS.low.min, QUANTILE_LIMITS.low.max),
    high: clamp(blend(PRIOR_CALIBRATION.high, quantile(residuals, HIGH_QUANTILE)), QUANTILE_LIMITS.high.min, QUANTILE_LIMITS.high.max),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/** The range a resident reads: calibrated, rounded outwards to friendly minutes, never a single figure. */
export function rangeOf(forecast: CallForecast, calibration: Calibration): WaitEstimate {
  const spread = Math.max(SMALLEST_SPREAD_MINUTES, forecast.spreadMinutes);
  const low = Math.max(0, forecast.expectedMinutes + spread * calibration.low);
  const high = Math.max(low, forecast.expectedMinutes + spread * calibration.high);
  const minMinutes = roundDownFriendly(low);
  let maxMinutes = Math.max(SHORTEST_UPPER_BOUND, roundUpFriendly(high));
  if (maxMinutes <= minMinutes) maxMinutes = nextFriendly(minMinutes);
  return { kind: 'range', minMinutes, maxMinutes };
}
