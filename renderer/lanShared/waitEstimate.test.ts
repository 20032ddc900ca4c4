import { describe, expect, it } from 'vitest';
import { createLanI18n } from './i18n/createLanI18n';
import { translate } from './message';
import { estimateMessage } from './waitEstimate';

describe('estimateMessage', () => {
  const i18n = createLanI18n({ ko: {}, en: {} });
  const say = (estimate: Parameters<typeof estimateMessage>[0], language: 'ko' | 'en' = 'ko') =>
    translate(i18n.t, estimateMessage(estimate), language);

  it('shows a range in minutes', () => {
    expect(say({ kind: 'range', minMinutes: 10, maxMinutes: 15 })).toBe('10–15분');
    expect(say({ kind: 'range', minMinutes: 10, maxMinutes: 15 }, 'en')).toBe('10–15 min');
  });

  it('says so when there is no estimate rather than inventing one', () => {
    expect(say({ kind: 'unknown' })).toBe('예상 시간 없음');
    expect(say({ kind: 'unknown' }, 'en')).toBe('No estimate');
  });

  it('keeps a range of one value, or of none, short', () => {
    expect(say({ kind: 'range', minMinutes: 5, maxMinutes: 5 })).toBe('약 5분');
    expect(say({ kind: 'range', minMinutes: 0, maxMinutes: 0 })).toBe('곧');
  });
});
