import type { WaitEstimate } from '../../shared/waitEstimate';
import { nextFriendly, roundDownFriendly, roundUpFriendly } from '../../electron/services/estimates/friendlyMinutes';

/** The band the kiosk's earlier estimator put around its point figure; the baselines get the same. */
const BAND = { low: 0.7, high: 1.4 };
const SHORTEST_UPPER_BOUND = 5;

/** A baseline's point figure as a range a resident could have been shown, rounded like the kiosk's. */
export function baselineRange(pointMinutes: number): WaitEstimate {
  const minMinutes = roundDownFriendly(pointMinutes * BAND.low);
  let maxMinutes = Math.max(SHORTEST_UPPER_BOUND, roundUpFriendly(pointMinutes * BAND.high));
  if (maxMinutes <= minMinutes) maxMinutes = nextFriendly(minMinutes);
  return { kind: 'range', minMinutes, maxMinutes };
}
