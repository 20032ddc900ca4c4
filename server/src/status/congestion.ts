import { congestionLevels } from '../../../shared/district/api';
import type { WaitEstimate } from '../../../shared/waitEstimate';

export type CongestionLevel = (typeof congestionLevels)[number];

/** Upper bound of the estimated wait, in minutes, below which each level applies; 60 minutes or more is '매우 혼잡'. */
export const congestionBelowMinutes = [10, 30, 60] as const;

/**
 * How crowded a service is, from the upper bound of its estimated wait. With no estimate (no
 * counter open), an empty line is still quiet; with people waiting nobody can say (null), and the
 * pages show the estimate's one word for that rather than a level that contradicts it.
 */
export function congestionOf(estimate: WaitEstimate, waiting: number): CongestionLevel | null {
  if (estimate.kind === 'unknown') return waiting === 0 ? '한산' : null;
  const level = congestionBelowMinutes.findIndex((limit) => estimate.maxMinutes < limit);
  return congestionLevels[level === -1 ? congestionLevels.length - 1 : level];
}
