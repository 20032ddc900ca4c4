import { describe, expect, it } from 'vitest';
import { backtestHeader, backtestRows, summarise } from './backtestReport';
import { districtOfficeDay } from './officeDay';
import { runBacktest } from './runBacktest';
import { seededRandom } from './seededRandom';
import { simulateDay } from './simulateDay';
import { drawVisitors } from './visitors';

const shortDay = { ...districtOfficeDay, expectedVisitors: 50 };

describe('the simulated office day (bench/backtest)', () => {
  it('gives every drawn visitor a real ticket that is called, the same way for the same seed', () => {
    const tickets = simulateDay(shortDay, 7);
    expect(tickets).toHaveLength(drawVisitors(shortDay, seededRandom(7)).length);
    expect(tickets.length).toBeGreaterThan(30);
    expect(tickets.length).toBeLessThan(80);
    expect(tickets.every((t) => t.trueWaitMinutes >= 0)).toBe(true);
    expect(tickets.some((t) => t.trueWaitMinutes > 0)).toBe(true);
    expect(simulateDay(shortDay, 7)).toEqual(tickets);
    expect(simulateDay(shortDay, 8)).not.toEqual(tickets);
  });

  it('scores the estimates shown at issue against the waits the database recorded', () => {
    const tickets = simulateDay(shortDay, 7);
    const report = runBacktest({ scenario: shortDay, seeds: [7] });
    const ranged = tickets.flatMap((t) => (t.estimate.kind === 'range' ? [{ ...t.estimate, wait: t.trueWaitMinutes }] : []));
    expect(report.overall.tickets).toBe(tickets.length);
    expect(report.overall.coverage).toBeCloseTo(ranged.filter((r) => r.wait >= r.minMinutes && r.wait <= r.maxMinutes).length / ranged.length, 10);
    expect(report.byService.reduce((sum, s) => sum + s.accuracy.tickets, 0)).toBe(tickets.length);
    const rows = backtestRows(report);
    expect(rows).toHaveLength(report.byService.length + 1);
    expect(rows.every((row) => row.length === backtestHeader.length)).toBe(true);
  });
});

describe('summarise', () => {
  it('measures error against the range midpoint and coverage over ranged tickets only', () => {
    const report = summarise(1, [
      { serviceId: 'a', estimate: { kind: 'range', minMinutes: 10, maxMinutes: 20 }, trueWaitMinutes: 12 },
      { serviceId: 'a', estimate: { kind: 'range', minMinutes: 0, maxMinutes: 5 }, trueWaitMinutes: 8.5 },
      { serviceId: 'b', estimate: { kind: 'unknown' }, trueWaitMinutes: 30 },
    ]);
    expect(report.overall).toEqual({
      tickets: 3,
      meanTrueWaitMinutes: (12 + 8.5 + 30) / 3,
      meanAbsoluteErrorMinutes: (3 + 6) / 2,
      coverage: 0.5,
      meanRangeWidthMinutes: 7.5,
      unknownShare: 1 / 3,
    });
    expect(report.byService.find((s) => s.serviceId === 'b')?.accuracy).toMatchObject({ meanAbsoluteErrorMinutes: null, coverage: null, unknownShare: 1 });
    expect(backtestRows(report).at(-1)).toEqual(['all services', '3', '16.8 min', '4.5 min', '50 %', '7.5 min', '33 %']);
  });
});
