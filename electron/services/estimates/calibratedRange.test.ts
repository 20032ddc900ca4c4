import { describe, expect, it } from 'vitest';
import { calibrate, PRIOR_CALIBRATION, rangeOf, type Outcome } from './calibratedRange';

const outcome = (serviceId: string, waitedMinutes: number, expectedMinutes = 20, spreadMinutes = 5): Outcome => ({ serviceId, expectedMinutes, spreadMinutes, waitedMinutes });

describe('self-calibration of the ranges', () => {
  it('starts from the prior and moves towards where the day\'s waits fell', () => {
    expect(calibrate([], 80).forService('seal')).toEqual(PRIOR_CALIBRATION);
    // Every wait so far ran 10 min (two spreads) over its forecast.
    const late = calibrate(Array.from({ length: 80 }, () => outcome('seal', 30)), 80).forService('seal');
    expect(late.low).toBeGreaterThan(PRIOR_CALIBRATION.low);
    expect(late.high).toBeGreaterThan(PRIOR_CALIBRATION.high);
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
