export interface BackoffPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Full jitter (sleep = random(0, min(cap, base·2^retry))), `retry` counting from 0: many kiosks that
 * lost the district server together, or many messages retried after one provider outage, spread out
 * instead of all coming back in the same second.
 */
export function fullJitterDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
}
