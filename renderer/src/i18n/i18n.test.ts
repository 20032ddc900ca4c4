import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18n } from './index';
import { ko } from './ko';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('kiosk messages', () => {
  it('has every Korean message in English too', () => {
    expect(keys(en).sort()).toEqual(keys(ko).sort());
  });

  it('starts in Korean and switches language at once, before the next render', () => {
    const i18n = createI18n();
    expect(i18n.t('app.backToStart')).toBe('처음으로');
    void i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.backToStart')).toBe('Back to start');
    expect(i18n.t('services.waiting', { count: 1 })).toBe('1 waiting');
  });
});
