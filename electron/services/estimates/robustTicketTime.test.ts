import { describe, expect, it } from 'vitest';
import { trimmedMean } from './robustTicketTime';

describe('trimmedMean', () => {
  it('drops the extremes even of a few samples', () => {
    expect(trimmedMean([4, 5, 6, 5, 300])).toBe((5 + 5 + 6) / 3);
    expect(trimmedMean([0, 5, 6, 5, 5])).toBe((5 + 5 + 5) / 3);
  });

  it('drops a tenth at each end of many samples', () => {
    const samples = [100, 0.1, ...Array.from({ length: 16 }, (_, i) => 3 + i / 10), 90, 0.2];
    expect(trimmedMean(samples)).toBeCloseTo(3.75, 10);
  });

  it('takes one or two samples as they are', () => {
    expect(trimmedMean([7])).toBe(7);
    expect(trimmedMean([4, 6])).toBe(5);
  });

  it('refuses an empty set', () => {
    expect(() => trimmedMean([])).toThrow();
  });
});
