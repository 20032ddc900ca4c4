import { describe, expect, it } from 'vitest';
import { fullJitterDelay } from './backoff';

const policy = { baseDelayMs: 1_000, maxDelayMs: 30_000 };

describe('fullJitterDelay', () => {
  it('draws from 0 up to the doubled base, never above the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 40].map((retry) => fullJitterDelay(retry, policy, () => 0.999_999))).toEqual([999, 1_999, 3_999, 7_999, 15_999, 29_999, 29_999]);
    expect(fullJitterDelay(3, policy, () => 0)).toBe(0);
    expect(fullJitterDelay(3, policy, () => 0.5)).toBe(4_000);
  });
});
