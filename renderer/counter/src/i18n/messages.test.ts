import { describe, expect, it } from 'vitest';
import { createLanI18n } from '../../../lanShared/i18n/createLanI18n';
import { messageKeys } from '../../../lanShared/i18n/messageKeys';
import { counterEn } from './en';
import { counterKo } from './ko';

describe('counter messages', () => {
  it('has every Korean message in English too', () => {
    expect(messageKeys(counterEn)).toEqual(messageKeys(counterKo));
  });

  it('starts in Korean and has the shared connection words', () => {
    const i18n = createLanI18n({ ko: counterKo, en: counterEn });
    expect(i18n.t('connection.offline')).toBe('연결이 끊겼습니다 — 다시 연결하는 중');
    expect(i18n.t('connection.offline', { lng: 'en' })).toBe('Disconnected — reconnecting');
  });
});
