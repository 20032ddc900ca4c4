import { checkGoal, groupAccuracies, type GoalCheck, type GroupAccuracy } from './backtestReport';
import { LONG_RARE_SERVICE, officeLayouts, type OfficeDayScenario } from './officeLayouts';
import { simulateDay, type SimulatedTicket } from './simulateDay';

/** Seeds the estimator's constants were tuned on; the bench reports on the held-out ones. */
export const TUNING_SEEDS: readonly number[] = [1, 2, 3];
export const HELD_OUT_SEEDS: readonly number[] = [101, 102, 103, 104, 105];
/** Seeds of the extra layouts (officeLayouts.ts, `extraLayouts`). */
export const EXTRA_SEEDS: readonly number[] = [201, 202, 203, 204, 205];

/** A kiosk in use has yesterday in its database; the first day ever (0) is scored too. */
export const KIOSK_IN_USE_DAYS_BEFORE = 1;

export interface LayoutReport {
  layout: string;
  seeds: readonly number[];
  tickets: SimulatedTicket[];
  groups: GroupAccuracy[];
  goal: GoalCheck;
}

/** Simulated office days replayed through the real queue (after `daysBefore` unscored days), scored on what the kiosk and the baselines would have shown. */
export function runBacktest(layouts: readonly OfficeDayScenario[] = officeLayouts, seeds: readonly number[] = HELD_OUT_SEEDS, daysBefore = 0): LayoutReport[] {
  return layouts.map((scenario) => {
    const tickets = seeds.flatMap((seed) => simulateDay(scenario, seed, daysBefore));
    return { layout: scenario.name, seeds, tickets, groups: groupAccuracies(tickets), goal: checkGoal(tickets, LONG_RARE_SERVICE) };
  });
}
