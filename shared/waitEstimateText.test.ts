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
    expect(waitEstimateText({ kind: 'unknown' }, 'zh')).toBe('未知');
    expect(waitEstimateText({ kind: 'unknown' }, 'vi')).toBe('chưa rõ');
  });

  it('says in plain words that no counter serves this line for the rest of the day, not that the office is closed', () => {
    const noCounter = { kind: 'unknown', reason: 'no-counter-today' } as const;
    expect(waitEstimateText(noCounter, 'ko')).toBe('오늘은 더 이상 이 업무 창구 없음');
    expect(waitEstimateText(noCounter, 'en')).toBe('no counter for this service for the rest of today');
    expect(waitEstimateText(noCounter, 'zh')).toBe('今天已没有办理此业务的窗口');
    expect(waitEstimateText(noCounter, 'vi')).toBe('hôm nay không còn quầy nào làm thủ tục này');
  });

  it('prints only characters a Korean receipt printer has in text mode', () => {
    const estimates = [{ kind: 'range', minMinutes: 10, maxMinutes: 15 } as const, { kind: 'unknown' } as const, { kind: 'unknown', reason: 'no-counter-today' } as const];
    for (const estimate of estimates) expect(waitEstimateText(estimate, 'en')).toMatch(/^[\x20-\x7e]+$/);
  });
});
