import type { DeskTime } from './forwardPass';

/**
 * What a desk spends on one ticket of a service, learned from the day: from the call until the
 * desk could call again. That span holds the walk to the desk, the service, the recalls of a
 * no-show and a forgotten "serving" button alike, so none of them needs a model of its own.
 */

/** One of a service's finished tickets as its desk lived it, with that desk's next call after it. */
export interface FinishedAtDesk {
  calledAtMs: number;
  finishedAtMs: number;
  /** The desk's next call today after this ticket's, if any, and when that next ticket was issued. */
  nextCalledAtMs: number | null;
  nextIssuedAtMs: number | null;
}

/** A desk that calls again within this long after finishing was kept busy by the line; longer, it paused in between. */
const LONGEST_TURNAROUND_MS = 3 * 60_000;
/**
 * Samples beyond this many times the typical desk time are capped there: a ticket left open over a
 * break, or one resident's hour-long case, must not set everyone's forecast for the rest of the day.
 */
const OUTLIER_FACTOR = 4;
/** How many of the day's samples of a service count: the latest, because the pace of a day drifts. */
export const RECENT_SAMPLES = 40;
/**
 * How much the prior weighs, in samples. Past days stay the prior all day: a heavy-tailed service's
 * few dozen samples of today rarely hold its rare long cases, which past days have seen, so a day
 * that forgot them read a passport line about a third short. 20 was chosen on the backtest's
 * tuning seeds over the earlier 8 (bench/README.md).
 */
const PAST_DAYS_WEIGHT = 20;
const CONFIGURED_WEIGHT = 3;
/** The configured minutes are a guess: their spread is assumed this large relative to the mean. */
const CONFIGURED_SPREAD = 0.7;

/**
 * Desk minutes per ticket, in the order given (newest first), by service: from its call to the
 * desk's next call when the desk went straight on (the next resident was already waiting and was
 * called within LONGEST_TURNAROUND_MS of finishing), otherwise to its finish plus the typical
 * turnaround of the tickets given.
 */
export function deskMinutesByService(finishedByService: ReadonlyMap<string, readonly FinishedAtDesk[]>): Map<string, number[]> {
  const spans = new Map(
    [...finishedByService].map(([serviceId, finished]) => [
      serviceId,
      finished.map((ticket) => {
        const { nextCalledAtMs, nextIssuedAtMs } = ticket;
        const turnaroundMs = nextCalledAtMs !== null && nextIssuedAtMs !== null && nextIssuedAtMs <= ticket.finishedAtMs ? nextCalledAtMs - ticket.finishedAtMs : null;
        const wentStraightOn = turnaroundMs !== null && turnaroundMs >= 0 && turnaroundMs <= LONGEST_TURNAROUND_MS;
        return { busyMs: ticket.finishedAtMs - ticket.calledAtMs, turnaroundMs: wentStraightOn ? turnaroundMs : null };
      }),
    ]),
  );
  // A desk that found nobody waiting shows no turnaround of its own: it gets the typical one.
  const turnarounds = [...spans.values()].flatMap((list) => list.flatMap((s) => (s.turnaroundMs === null ? [] : [s.turnaroundMs]))).sort((a, b) => a - b);
  const typicalTurnaroundMs = turnarounds.length === 0 ? 0 : turnarounds[Math.floor(turnarounds.length / 2)];
  return new Map([...spans].map(([serviceId, list]) => [serviceId, list.map((s) => (s.busyMs + (s.turnaroundMs ?? typicalTurnaroundMs)) / 60_000)]));
}

interface Moments {
  mean: number;
  variance: number;
  weight: number;
}

/** `typical`: the desk time the cap is measured from; by default the samples' own median. */
function momentsOf(samples: readonly number[], weight = samples.length, typical?: number): Moments {
  const sorted = [...samples].sort((a, b) => a - b);
  const cap = (typical ?? sorted[Math.floor(sorted.length / 2)]) * OUTLIER_FACTOR;
  const kept = sorted.map((m) => Math.min(m, cap));
  const mean = kept.reduce((sum, m) => sum + m, 0) / kept.length;
  const variance = kept.reduce((sum, m) => sum + (m - mean) ** 2, 0) / Math.max(1, kept.length - 1);
  return { mean, variance, weight };
}

/**
 * One service's desk time: the day's latest samples, shrunk towards past days' (or, without them,
 * towards the configured minutes) in proportion to how few the day has. The error of the mean
 * shrinks as samples come in.
 */
export function learnDeskTime(today: readonly number[], pastDays: readonly number[], configuredMinutes: number): DeskTime {
  const prior: Moments =
    pastDays.length >= 3
      ? momentsOf(pastDays, PAST_DAYS_WEIGHT)
      : { mean: configuredMinutes, variance: (configuredMinutes * CONFIGURED_SPREAD) ** 2, weight: CONFIGURED_WEIGHT };
  const recent = today.slice(0, RECENT_SAMPLES);
  // With few samples of its own the day's median says little: the prior, counted as that many samples, joins it.
  const typical = medianOf([...recent, ...Array.from({ length: Math.ceil(prior.weight) }, () => prior.mean)]);
  const day = recent.length > 0 ? momentsOf(recent, recent.length, typical) : { mean: 0, variance: 0, weight: 0 };
  const weight = prior.weight + day.weight;
  const mean = (prior.mean * prior.weight + day.mean * day.weight) / weight;
  // Blend second moments around the blended mean, so a day unlike the prior also widens the spread.
  const secondMoment = (prior.weight * (prior.variance + prior.mean ** 2) + day.weight * (day.variance + day.mean ** 2)) / weight;
  const variance = Math.max(0, secondMoment - mean ** 2);
  return { meanMinutes: mean, varianceMinutes2: variance, meanErrorMinutes: Math.sqrt(variance / weight) };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The expected rest of a ticket at a desk `elapsedMinutes` after its call. Desk times have a long
 * right tail, so one that has already run long tends to run on: the rest is that of a lognormal
 * with the learned mean and spread, given that it has lasted this long.
 */
export function remainingDeskTime(time: DeskTime, elapsedMinutes: number): { meanMinutes: number; varianceMinutes2: number } {
  if (time.meanMinutes <= 0) return { meanMinutes: 0, varianceMinutes2: 0 };
  if (elapsedMinutes <= 0) return { meanMinutes: time.meanMinutes, varianceMinutes2: time.varianceMinutes2 };
  const sigma2 = Math.log(1 + time.varianceMinutes2 / time.meanMinutes ** 2);
  const sigma = Math.sqrt(Math.max(sigma2, 1e-6));
  const mu = Math.log(time.meanMinutes) - sigma2 / 2;
  const logElapsed = Math.log(elapsedMinutes);
  const survival = normalCdf((mu - logElapsed) / sigma);
  // Far beyond anything the distribution expects: assume it ends within about another mean.
  if (survival < 1e-9) return { meanMinutes: time.meanMinutes, varianceMinutes2: time.varianceMinutes2 };
  const firstMoment = (Math.exp(mu + sigma2 / 2) * normalCdf((mu + sigma2 - logElapsed) / sigma)) / survival;
  const secondMoment = (Math.exp(2 * mu + 2 * sigma2) * normalCdf((mu + 2 * sigma2 - logElapsed) / sigma)) / survival;
  return { meanMinutes: Math.max(0, firstMoment - elapsedMinutes), varianceMinutes2: Math.max(0, secondMoment - firstMoment ** 2) };
}

/** The standard normal distribution function (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
