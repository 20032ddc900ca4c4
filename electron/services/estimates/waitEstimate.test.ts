import { describe, expect, it } from 'vitest';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import { estimateWait, type WaitEstimateInput } from './waitEstimate';

const fiveMinuteSamples = [5, 5, 5, 5, 5, 5, 5, 5];

function estimate(overrides: Partial<WaitEstimateInput>): WaitEstimate {
  return estimateWait({ peopleAhead: 0, recentServiceMinutes: fiveMinuteSamples, defaultServiceMinutes: 5, openCounters: 1, ...overrides });
}

function range(result: WaitEstimate): { minMinutes: number; maxMinutes: number } {
  if (result.kind !== 'range') throw new Error(`expected a range, got ${JSON.stringify(result)}`);
  return result;
}

describe('estimateWait', () => {
  it('is unknown when no counter is open for the service, however much data there is', () => {
    expect(estimate({ openCounters: 0, peopleAhead: 7 })).toEqual({ kind: 'unknown' });
    expect(estimate({ openCounters: Number.NaN })).toEqual({ kind: 'unknown' });
  });

  it('gives a small range from 0 when nobody is ahead', () => {
    expect(estimate({ peopleAhead: 0 })).toEqual({ kind: 'range', minMinutes: 0, maxMinutes: 5 });
  });

  it('lets a long service already under way stretch the range for the first in line', () => {
    // Half a 14-minute passport service, ×1.4, rounded up.
    expect(estimate({ peopleAhead: 0, recentServiceMinutes: [14, 14, 14, 14, 14] })).toEqual({ kind: 'range', minMinutes: 0, maxMinutes: 10 });
  });

  it('uses the day’s samples once there are at least five', () => {
    // (4 ahead + ½) × 6 min = 27 min expected → 18.9–37.8 → 15–40.
    expect(estimate({ peopleAhead: 4, recentServiceMinutes: [6, 6, 6, 6, 6], defaultServiceMinutes: 2 })).toEqual({
      kind: 'range',
      minMinutes: 15,
      maxMinutes: 40,
    });
  });

  it('falls back to the configured default, with a wider range, below five samples', () => {
    // (4 + ½) × 5 min = 22.5 min expected → 11.25–45 → 10–45; the four 30-minute samples are ignored.
    expect(estimate({ peopleAhead: 4, recentServiceMinutes: [30, 30, 30, 30], defaultServiceMinutes: 5 })).toEqual({
      kind: 'range',
      minMinutes: 10,
      maxMinutes: 45,
    });
    const measured = range(estimate({ peopleAhead: 4, recentServiceMinutes: [5, 5, 5, 5, 5] }));
    const guessed = range(estimate({ peopleAhead: 4, recentServiceMinutes: [], defaultServiceMinutes: 5 }));
    expect(guessed.maxMinutes - guessed.minMinutes).toBeGreaterThan(measured.maxMinutes - measured.minMinutes);
  });

  it('is not moved by a single forgotten ticket among the samples', () => {
    const clean = estimate({ peopleAhead: 6, recentServiceMinutes: [4, 5, 5, 6, 4, 5, 6, 5, 4, 6] });
    expect(estimate({ peopleAhead: 6, recentServiceMinutes: [4, 5, 5, 6, 4, 5, 6, 5, 4, 240] })).toEqual(clean);
    expect(estimate({ peopleAhead: 6, recentServiceMinutes: [4, 5, 5, 6, 0, 5, 6, 5, 4, 6] })).toEqual(clean);
  });

  it('reads only the newest twenty samples', () => {
    const recentFast = Array.from({ length: 20 }, () => 3);
    const morningSlow = Array.from({ length: 20 }, () => 30);
    expect(estimate({ peopleAhead: 5, recentServiceMinutes: [...recentFast, ...morningSlow] })).toEqual(
      estimate({ peopleAhead: 5, recentServiceMinutes: recentFast }),
    );
  });

  it('ignores samples that are no measurement', () => {
    expect(estimate({ peopleAhead: 5, recentServiceMinutes: [...fiveMinuteSamples, -3, Number.NaN, Number.POSITIVE_INFINITY] })).toEqual(
      estimate({ peopleAhead: 5 }),
    );
    // Only four real samples remain: the default decides.
    expect(estimate({ peopleAhead: 5, recentServiceMinutes: [9, 9, 9, 9, -1], defaultServiceMinutes: 5 })).toEqual(
      estimate({ peopleAhead: 5, recentServiceMinutes: [], defaultServiceMinutes: 5 }),
    );
  });

  it('divides the work over the open counters', () => {
    // (11 + ½) × 5 min = 57.5 min on one counter, 19.2 min on three.
    expect(estimate({ peopleAhead: 11, openCounters: 1 })).toEqual({ kind: 'range', minMinutes: 40, maxMinutes: 90 });
    expect(estimate({ peopleAhead: 11, openCounters: 3 })).toEqual({ kind: 'range', minMinutes: 10, maxMinutes: 30 });
  });

  it('adds the tickets of other services the same counters call first', () => {
    const alone = range(estimate({ peopleAhead: 2 }));
    const shared = range(
      estimate({ peopleAhead: 2, otherServicesAhead: [{ peopleAhead: 3, recentServiceMinutes: [10, 10, 10, 10, 10], defaultServiceMinutes: 4 }] }),
    );
    // (2 × 5 + 3 × 10 + 2.5) min = 42.5 min expected → 29.75–59.5 → 25–60.
    expect(shared).toEqual({ kind: 'range', minMinutes: 25, maxMinutes: 60 });
    expect(shared.minMinutes).toBeGreaterThan(alone.minMinutes);
  });

  it('widens the range when the tickets ahead of another service can only be guessed', () => {
    const other = { peopleAhead: 3, recentServiceMinutes: [], defaultServiceMinutes: 5 };
    expect(estimate({ peopleAhead: 2, otherServicesAhead: [other] })).toEqual(
      estimate({ peopleAhead: 2, recentServiceMinutes: [], otherServicesAhead: [{ ...other, recentServiceMinutes: [] }] }),
    );
    expect(estimate({ peopleAhead: 2, otherServicesAhead: [{ ...other, peopleAhead: 0 }] })).toEqual(estimate({ peopleAhead: 2 }));
  });

  it('always answers a true range of whole, friendly minutes that grows with the line', () => {
    for (const openCounters of [1, 2, 3, 5]) {
      for (const minutesPerTicket of [0.5, 3, 7, 15, 40]) {
        let previous = { minMinutes: 0, maxMinutes: 0 };
        for (let peopleAhead = 0; peopleAhead <= 120; peopleAhead += 1) {
          const { minMinutes, maxMinutes } = range(estimate({ peopleAhead, openCounters, recentServiceMinutes: Array.from({ length: 8 }, () => minutesPerTicket) }));
          expect(Number.isInteger(minMinutes) && Number.isInteger(maxMinutes)).toBe(true);
          expect(minMinutes).toBeGreaterThanOrEqual(0);
          expect(maxMinutes).toBeGreaterThan(minMinutes);
          expect(maxMinutes).toBeGreaterThanOrEqual(5);
          for (const bound of [minMinutes, maxMinutes]) {
            if (bound > 120) expect(bound % 30).toBe(0);
            else if (bound > 60) expect(bound % 10).toBe(0);
            else if (bound > 10) expect(bound % 5).toBe(0);
          }
          expect(minMinutes).toBeGreaterThanOrEqual(previous.minMinutes);
          expect(maxMinutes).toBeGreaterThanOrEqual(previous.maxMinutes);
          previous = { minMinutes, maxMinutes };
        }
      }
    }
  });
});
