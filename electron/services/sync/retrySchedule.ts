import { fullJitterDelay, type BackoffPolicy } from '../../../nodeShared/backoff';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface RetryPolicy extends BackoffPolicy {
  /** Consecutive failures after which the circuit opens. */
  failuresToOpen: number;
  /** How long an open circuit waits before one probe (half-open). */
  openMs: number;
}

/** When the next attempt may start, and whether the server is trusted to answer (times in ms). */
export interface RetrySchedule {
  nextAttemptAt(): number;
  circuit(now: number): CircuitState;
  /** The server took a batch. */
  succeeded(): void;
  /** The server could not be reached, or answered 5xx/429: back off (at least `notBeforeMs` when it said so), and open the circuit after too many. */
  failed(now: number, notBeforeMs?: number): void;
  /** The server is up but will not take the batch as sent (bad credentials, invalid batch): only a person can fix it, so retry slowly. */
  refused(now: number): void;
}

/** The longest Retry-After a kiosk honours. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

export function createRetrySchedule(policy: RetryPolicy, random: () => number): RetrySchedule {
  let failures = 0;
  let nextAt = 0;
  return {
    nextAttemptAt: () => nextAt,
    circuit(now) {
      if (failures < policy.failuresToOpen) return 'closed';
      return now < nextAt ? 'open' : 'half-open';
    },
    succeeded() {
      failures = 0;
      nextAt = 0;
    },
    failed(now, notBeforeMs = 0) {
      failures += 1;
      const backoff = failures >= policy.failuresToOpen ? policy.openMs : fullJitterDelay(failures - 1, policy, random);
      // The server's own Retry-After wins over a shorter backoff, but a misconfigured one cannot silence the kiosk for long.
      nextAt = now + Math.max(backoff, Math.min(notBeforeMs, MAX_RETRY_AFTER_MS));
    },
    refused(now) {
      failures = 0;
      nextAt = now + policy.maxDelayMs;
    },
  };
}
