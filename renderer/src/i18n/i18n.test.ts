import { describe, expect, it } from 'vitest';
import { createI18n } from './index';

describe('kiosk messages', () => {
  it('starts in Korean and switches language at once, before the next render', () => {
    const i18n = createI18n();
    expect(i18n.t('app.backToStart')).toBe('처음으로');
    void i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.backToStart')).toBe('Back to start');
    expect(i18n.t('services.waiting', { count: 1 })).toBe('1 waiting');
  });

  it('fails tsc on a missing or misspelled key, which would otherwise show as the bare key', () => {
    const i18n = createI18n();
    // @ts-expect-error 'app.backToStrat' is misspelled
    expect(i18n.t('app.backToStrat')).toBe('app.backToStrat');
    // @ts-expect-error 'board.title' is the board's, not the kiosk's
    expect(i18n.t('board.title')).toBe('board.title');
  });
});
