import { describe, expect, it } from 'vitest';
import { createLanI18n } from '../../../lanShared/i18n/createLanI18n';
import { messageKeys } from '../../../lanShared/i18n/messageKeys';
import { boardEn } from './en';
import { boardKo } from './ko';

describe('board messages', () => {
  it('has every Korean message in English too', () => {
    expect(messageKeys(boardEn)).toEqual(messageKeys(boardKo));
  });

  it('words the call as the voice says it', () => {
    const i18n = createLanI18n({ ko: boardKo, en: boardEn });
    expect(i18n.t('call.sentence', { number: '1023', counter: 3 })).toBe('1023번 고객님, 3번 창구로 오십시오.');
    expect(i18n.t('call.sentence', { number: '1023', counter: 3, lng: 'en' })).toBe('Number 1023, please come to counter 3.');
  });
});
