import { describe, expect, it } from 'vitest';
import { waitEstimateText } from './waitEstimateText';

describe('waitEstimateText', () => {
  it('writes a range one way in both languages', () => {
    expect(waitEstimateText({ kind: 'range', minMinutes: 10, maxMinutes: 15 }, 'ko')).toBe('10~15분');
    expect(waitEstimateText({ kind: 'range', minMinutes: 10, maxMinutes: 15 }, 'en')).toBe('10~15 min');
    expect(waitEstimateText({ kind: 'range', minMinutes: 0, maxMinutes: 5 }, 'en')).toBe('0~5 min');
    expect(waitEstimateText({ kind: 'range', minMinutes: 10, maxMinutes: 15 }, 'zh')).toBe('10~15分钟');
    expect(waitEstimateText({ kind: 'range', minMinutes: 10, maxMinutes: 15 }, 'vi')).toBe('10~15 phút');
  });

  it('says unknown rather than inventing a figure', () => {
    expect(waitEstimateText({ kind: 'unknown' }, 'ko')).toBe('알 수 없음');
    expect(waitEstimateText({ kind: 'unknown' }, 'en')).toBe('unknown');
    expect(waitEstimateText({ kind: 'unknown', reason: 'no-counter-today' }, 'ko')).toBe('오늘은 창구 마감');
    expect(waitEstimateText({ kind: 'unknown', reason: 'no-counter-today' }, 'en')).toBe('counters closed today');
  });

  it('prints only characters a Korean receipt printer has in text mode', () => {
    const estimates = [{ kind: 'range', minMinutes: 10, maxMinutes: 15 } as const, { kind: 'unknown' } as const];
    for (const estimate of estimates) expect(waitEstimateText(estimate, 'en')).toMatch(/^[\x20-\x7e]+$/);
  });
});
