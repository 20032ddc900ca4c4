import type { Random } from './seededRandom';
import type { Visitor } from './visitors';

/**
 * How staff handle one resident, shared by the day's replay (simulateDay.ts) and the futures of the
 * feasibility bound (oracleBound.ts), so both play the same office.
 */

const MINUTE = 60_000;

/** A resident who left is recalled at these minutes after the call, then marked a no-show. */
export const RECALLS_AFTER_MINUTES = [0.4, 0.8] as const;
const NO_SHOW_AFTER_MINUTES = 1.2;

/** When the resident called at `calledAtMs` reaches the counter. */
export function servingAtMs(visitor: Visitor, calledAtMs: number): number {
  return calledAtMs + visitor.walkUpMinutes * MINUTE;
}

/** When the desk is done with the resident it called at `calledAtMs`: marked a no-show, or served. */
export function doneAtMs(visitor: Visitor, calledAtMs: number): number {
  return visitor.leaves ? calledAtMs + NO_SHOW_AFTER_MINUTES * MINUTE : servingAtMs(visitor, calledAtMs) + visitor.serviceMinutes * MINUTE;
}

/** The moment staff take between finishing one resident and calling the next. */
export function pauseBeforeNextCallMs(random: Random): number {
  return random.uniform(0.1, 0.5) * MINUTE;
}
