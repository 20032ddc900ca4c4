export interface GrowingLockout {
  /** Wrong attempts in a row allowed before the first lockout. */
  freeAttempts: number;
  firstLockoutMs: number;
  longestLockoutMs: number;
}

/** How long to refuse after this many wrong attempts in a row: nothing, then a lockout that doubles with each further one. */
export function lockoutMs(consecutiveFailures: number, { freeAttempts, firstLockoutMs, longestLockoutMs }: GrowingLockout): number {
  if (consecutiveFailures < freeAttempts) return 0;
  return Math.min(firstLockoutMs * 2 ** (consecutiveFailures - freeAttempts), longestLockoutMs);
}
