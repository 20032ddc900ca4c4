import { describe, expect, it } from 'vitest';
import { checkGoal, groupAccuracies } from './backtestReport';
import { extraLayouts, LONG_RARE_SERVICE, officeLayouts } from './officeLayouts';
import { backtestTables } from './printBacktest';
import type { runBacktest } from './runBacktest';
import type { SimulatedTicket } from './simulateDay';

/** Two tickets per service, one in the first hour and one in the lunch hour: enough to fill every group. */
const fakeRun: typeof runBacktest = (layouts = [], seeds = []) =>
  layouts.map((scenario) => {
    const tickets = scenario.office.services.flatMap((service): SimulatedTicket[] =>
      [10, 200].map((issuedMinute) => ({
        serviceId: service.id,
        issuedMinute,
        estimate: { kind: 'range', minMinutes: 10, maxMinutes: 20 },
        aheadBaseline: { kind: 'range', minMinutes: 5, maxMinutes: 10 },
        lastCalledBaseline: { kind: 'unknown' },
        trueWaitMinutes: 15,
        forecastAtIssue: null,
      })),
    );
    return { layout: scenario.name, seeds, tickets, groups: groupAccuracies(tickets), goal: checkGoal(tickets, LONG_RARE_SERVICE) };
  });

describe('the backtest tables', () => {
  const tables = backtestTables(fakeRun);

  it.each([...officeLayouts, ...extraLayouts].map((layout) => [layout.name, layout] as const))(
    'give %s its own table: every group, beside both baselines',
    (name, layout) => {
      const table = tables.find((t) => t.title.startsWith(`Wait estimates — ${name} (held-out seeds`));
      expect(table, name).toBeDefined();
      if (!table) return;
      for (const column of ['inside: est | people×mean | last called', 'MAE: est | p×m | last', 'median width: est | p×m | last', 'est longer / shorter', 'est unknown']) {
        expect(table.header).toContain(column);
      }
      const serviceIds = layout.office.services.map((s) => s.id).sort();
      expect(table.rows.map((row) => row[0])).toEqual(['all', ...serviceIds, 'first hour', 'lunch hour']);
      // Inside for the estimate, the queue-length baseline and the last-called one (unknown: a miss).
      const inside = table.header.indexOf('inside: est | people×mean | last called');
      expect(table.rows[0][inside]).toBe('100 % | 0 % | 0 %');
    },
  );

  it('end with the goal per layout, held-out and tuning seeds, a kiosk in use and its first day', () => {
    const goals = tables.filter((t) => t.header[0] === 'layout');
    expect(goals.map((t) => t.rows.length)).toEqual([officeLayouts.length, officeLayouts.length, extraLayouts.length, extraLayouts.length, officeLayouts.length + extraLayouts.length]);
  });
});
