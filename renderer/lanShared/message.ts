import type { ParseKeys, TFunction } from 'i18next';
import { type Language, type LocalizedText, textIn } from '../../shared/language';

type LanPage = 'counter' | 'board';

/**
 * Words to show, kept as a key and values rather than a string, so a message already on screen
 * follows a language switch. A value may be the office's own text in both languages. The key is
 * one of the page's messages, checked by `tsc`.
 */
export type Message<Page extends LanPage = 'counter'> = { key: ParseKeys<Page>; values?: Record<string, string | number | LocalizedText> };

export function translate<Page extends LanPage>(t: TFunction<Page>, { key, values = {} }: Message<Page>, language: Language): string {
  const localized = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? textIn(value, language) : value]),
  );
  // The key was checked where the message was made; i18next's overloads cannot follow a generic page.
  const byKey = t as unknown as (key: Message<Page>['key'], options: object) => string;
  return byKey(key, { ...localized, lng: language });
}
