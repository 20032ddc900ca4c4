import { describe, expect, it } from 'vitest';
import { calibrate, PRIOR_CALIBRATION, rangeOf, spanAroundZero, type Outcome } from './calibratedRange';

const outcome = (serviceId: string, waitedMinutes: number, expectedMinutes = 20, spreadMinutes = 5): Outcome => ({ serviceId, expectedMinutes, spreadMinutes, waitedMinutes });

describe('self-calibration of the ranges', () => {
  it('starts from the prior and widens to hold where the day\'s waits fell, centred on the forecast', () => {
    expect(calibrate([], 80).forService('seal')).toEqual(PRIOR_CALIBRATION);
    // Every wait so far ran 10 min (two spreads) over its forecast: the span grows to hold them.
    const late = calibrate(Array.from({ length: 80 }, () => outcome('seal', 30)), 80).forService('seal');
    expect(late.high).toBeGreaterThan(PRIOR_CALIBRATION.high);
    expect(late.low).toBeCloseTo(-late.high, 10);
  });

  it('keeps the middle of the range on the forecast however the day\'s residuals lean', () => {
    // Most waits a little long, a few far short: the median residual is +0.8 spreads, yet the span
    // stays symmetric, so the range's middle is the forward pass's expected call.
    const outcomes = Array.from({ length: 80 }, (_, i) => outcome('seal', i % 10 === 0 ? 10 : 24));
    const span = calibrate(outcomes, 80).forService('seal');
    expect(span.low).toBeCloseTo(-span.high, 10);
    const range = rangeOf({ expectedMinutes: 40, spreadMinutes: 4 }, span);
    if (range.kind !== 'range') throw new Error('expected a range');
    expect((range.minMinutes + range.maxMinutes) / 2).toBe(40);
  });

  it('holds the set share of residuals in a span around zero', () => {
    // |residuals| 0.1 … 2.0 in steps of 0.1: 85 % of 20 is 17, so the half-width is 1.7.
    const residuals = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : -1) * (i + 1) * 0.1);
    const span = spanAroundZero(residuals, 0.85);
    expect(span.high).toBeCloseTo(1.7, 10);
    expect(span.low).toBeCloseTo(-1.7, 10);
  });

  it('gives a service whose waits fall apart from the rest a span of its own, and one with no outcomes the day\'s', () => {
    // Quick services land on their forecasts; passports, on one desk, run far over theirs.
    const outcomes = [
      ...Array.from({ length: 60 }, (_, i) => outcome('seal', 20 + ((i % 5) - 2))),
      ...Array.from({ length: 20 }, (_, i) => outcome('passport', 35 + (i % 5))),
    ];
    const day = calibrate(outcomes, 80);
    const seal = day.forService('seal');
    const passport = day.forService('passport');
    expect(passport.high).toBeGreaterThan(seal.high + 0.5);
    // The day's span pools both: a service with no outcomes of its own lies between them.
    const family = day.forService('family-relations');
    expect(family.high).toBeGreaterThan(seal.high);
    expect(family.high).toBeLessThan(passport.high);
    const forecast = { expectedMinutes: 40, spreadMinutes: 8 };
    const [passportRange, sealRange] = [rangeOf(forecast, passport), rangeOf(forecast, seal)];
    if (passportRange.kind !== 'range' || sealRange.kind !== 'range') throw new Error('expected ranges');
    expect(passportRange.maxMinutes).toBeGreaterThan(sealRange.maxMinutes);
  });

  it('reads only the latest outcomes for the day\'s own span, the longer stretch for each service', () => {
    const outcomes = [...Array.from({ length: 40 }, () => outcome('seal', 20)), ...Array.from({ length: 40 }, () => outcome('passport', 40))];
    // The day's span sees only the 40 newest (seal, on time); passports still get theirs from the longer stretch.
    const day = calibrate(outcomes, 40);
    expect(day.forService('family-relations').high).toBeLessThan(day.forService('passport').high);
  });
});
