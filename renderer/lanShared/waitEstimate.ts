import type { WaitEstimate } from '../../shared/waitEstimate';
import type { Message } from './message';

/** The words for a wait estimate: "10–15분", or "예상 시간 없음" rather than a made-up figure. */
export function estimateMessage(estimate: WaitEstimate): Message {
  if (estimate.kind === 'unknown') return { key: 'estimate.unknown' };
  const { minMinutes, maxMinutes } = estimate;
  if (maxMinutes === 0) return { key: 'estimate.soon' };
  if (minMinutes === maxMinutes) return { key: 'estimate.exact', values: { min: minMinutes } };
  return { key: 'estimate.range', values: { min: Math.min(minMinutes, maxMinutes), max: Math.max(minMinutes, maxMinutes) } };
}
