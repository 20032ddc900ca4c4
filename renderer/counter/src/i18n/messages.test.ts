import { describe, expect, it } from 'vitest';
import { createLanI18n } from '../../../lanShared/i18n/createLanI18n';
import { counterEn } from './en';
import { counterKo } from './ko';

describe('counter messages', () => {
  const t = createLanI18n('counter', { ko: counterKo, en: counterEn }).getFixedT(null, 'counter');

  it('starts in Korean and has the shared connection words', () => {
    expect(t('connection.offline')).toBe('연결이 끊겼습니다 — 다시 연결하는 중');
    expect(t('connection.offline', { lng: 'en' })).toBe('Disconnected — reconnecting');
  });

  it('fails tsc on a misspelled key, which would otherwise show as the bare key', () => {
    // @ts-expect-error 'errors.QUEUE_EMTPY' is misspelled
    expect(t('errors.QUEUE_EMTPY')).toBe('errors.QUEUE_EMTPY');
  });
});
