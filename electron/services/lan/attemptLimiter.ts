import type { Clock } from '../../../nodeShared/clock';

export interface AttemptLimiter {
  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfterMs(key: string): number;
  recordFailure(key: string): void;
  /** Every key may try again now: staff lifted the lockout these failures belong to. */
  forgetAll(): void;
}

/**
 * Counts failures per key over a sliding window, in memory: a restart forgiving old failures is
 * acceptable. `sinceBoot` is time since boot, which nobody can set: on the queue's time a wall
 * clock set forward (under the clock-jump limit) would empty the window, and one set back would
 * stretch it.
 */
export function createAttemptLimiter(options: { maxFailures: number; windowMs: number; sinceBoot: Clock }): AttemptLimiter {
  const failures = new Map<string, number[]>();

  function recentFailures(key: string): number[] {
    const since = options.sinceBoot.now() - options.windowMs;
    const recent = (failures.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) failures.delete(key);
    else failures.set(key, recent);
    return recent;
  }

  return {
    retryAfterMs(key) {
      const recent = recentFailures(key);
      if (recent.length < options.maxFailures) return 0;
      return recent[recent.length - options.maxFailures] + options.windowMs - options.sinceBoot.now();
    },
    recordFailure(key) {
      failures.set(key, [...recentFailures(key), options.sinceBoot.now()]);
    },
    forgetAll() {
      failures.clear();
    },
  };
}
