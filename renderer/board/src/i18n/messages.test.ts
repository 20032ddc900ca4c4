import { describe, expect, it } from 'vitest';
import { createLanI18n } from '../../../lanShared/i18n/createLanI18n';
import { boardEn } from './en';
import { boardKo } from './ko';

describe('board messages', () => {
  const t = createLanI18n('board', { ko: boardKo, en: boardEn }).getFixedT(null, 'board');

  it('words the call as the voice says it', () => {
    expect(t('call.sentence', { number: '1023', counter: 3 })).toBe('1023번 고객님, 3번 창구로 오십시오.');
    expect(t('call.sentence', { number: '1023', counter: 3, lng: 'en' })).toBe('Number 1023, please come to counter 3.');
  });

  it('has the words it shares with the counter page, and no key another page owns (tsc checks both)', () => {
    expect(t('queue.waiting', { count: 2 })).toBe('대기 2명');
    // @ts-expect-error a counter-page key is not a board message
    expect(t('desk.loading')).toBe('desk.loading');
  });
});
