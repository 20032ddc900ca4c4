/**
 * A typical service time from a handful of recent samples. A trimmed mean drops the extremes a
 * counter produces by accident (a ticket left open over lunch, a call completed at once) while
 * keeping most of the long right tail of ordinary services, which a median would ignore and
 * which a wait made of many services adds up.
 */
const TRIMMED_SHARE_EACH_END = 0.1;

export function trimmedMean(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('trimmedMean needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  // Even a few samples lose their extremes: one forgotten "done" must not set the estimate.
  const cut = Math.min(Math.max(1, Math.floor(sorted.length * TRIMMED_SHARE_EACH_END)), Math.floor((sorted.length - 1) / 2));
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}
