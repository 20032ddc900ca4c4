import { describe, expect, it } from 'vitest';
import { settableClock } from '../../../nodeShared/clock';
import { createAttemptLimiter } from './attemptLimiter';

describe('attempt limiter', () => {
  it('blocks a key after its failures fill the window, until the oldest of them leaves it', () => {
    const clock = settableClock(0);
    const limiter = createAttemptLimiter({ maxFailures: 3, windowMs: 60_000, sinceBoot: clock });
    limiter.recordFailure('a');
    clock.set(10_000);
    limiter.recordFailure('a');
    limiter.recordFailure('a');
    expect(limiter.retryAfterMs('a')).toBe(50_000);
    expect(limiter.retryAfterMs('b')).toBe(0);
    clock.set(60_000);
    expect(limiter.retryAfterMs('a')).toBe(0);
    limiter.recordFailure('a');
    expect(limiter.retryAfterMs('a')).toBe(10_000);
  });
});
