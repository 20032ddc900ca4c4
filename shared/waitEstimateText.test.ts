import { describe, expect, it } from 'vitest';
import { waitEstimateText } from './waitEstimateText';

describe('waitEstimateText', () => {
  it('words a range and the unknown in both languages', () => {
    expect(waitEstimateText({ kind: 'range', minMinutes: 10, maxMinutes: 15 }, 'ko')).toBe('10~15분');
    expect(waitEstimateText({ kind: 'range', minMinutes: 0, maxMinutes: 5 }, 'en')).toBe('0-5 min');
    expect(waitEstimateText({ kind: 'unknown' }, 'ko')).toBe('알 수 없음');
    expect(waitEstimateText({ kind: 'unknown' }, 'en')).toBe('unknown');
  });
});
