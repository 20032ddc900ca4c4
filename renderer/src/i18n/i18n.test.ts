import { describe, expect, it } from 'vitest';
import { createI18n } from './index';
import { en } from './en';
import { ko } from './ko';
import { vi } from './vi';
import { zh } from './zh';

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

describe('Chinese and Vietnamese resident messages', () => {
  const leaves = (messages: object, prefix = ''): [string, string][] =>
    Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : leaves(value as object, `${prefix}${key}.`)));
  const placeholders = (text: string) => [...text.matchAll(/\{\{\w+\}\}|<\/?\w+>/g)].map((match) => match[0]).sort();
  const korean = new Map(leaves(ko));

  it.each([
    ['zh', zh],
    ['vi', vi],
  ] as const)('%s says every resident message with the same {{values}} and <tags> as Korean', (language, messages) => {
    const own = leaves(messages);
    expect(own.length).toBeGreaterThan(100);
    for (const [key, text] of own) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(korean.get(key)!));
    }
    const i18n = createI18n();
    void i18n.changeLanguage(language);
    expect(i18n.t('services.waiting', { count: 3 })).toBe(language === 'zh' ? '等候 3 人' : '3 người đang chờ');
    // Staff screens stay Korean.
    expect(i18n.t('staff.syncNever')).toBe(ko.staff.syncNever);
  });
});

describe('the two ticket kinds', () => {
  /** The longest start or end two names share: the same verb with a different medium, as "종이로 받기" / "휴대폰으로 받기". */
  const sharedWords = (a: string, b: string) => {
    let start = 0;
    while (start < Math.min(a.length, b.length) && a[start] === b[start]) start += 1;
    let end = 0;
    while (end < Math.min(a.length, b.length) && a.at(-1 - end) === b.at(-1 - end)) end += 1;
    return Math.max(start, end);
  };

  it.each([
    ['ko', ko],
    ['en', en],
    ['zh', zh],
    ['vi', vi],
  ] as const)('%s names paper and phone in parallel: one shared verb, a different medium', (_language, messages) => {
    expect(sharedWords(messages.ticket.paper, messages.ticket.mobile)).toBeGreaterThanOrEqual(2);
    expect(messages.ticket.paper).not.toBe(messages.ticket.mobile);
  });
});
