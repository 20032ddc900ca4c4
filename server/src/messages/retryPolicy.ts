import type { BackoffPolicy } from '../../../nodeShared/backoff';

export interface RetryPolicy extends BackoffPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 2_000, maxDelayMs: 120_000 };
