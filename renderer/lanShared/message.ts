import type { TFunction } from 'i18next';
import type { Language, LocalizedText } from '../../shared/office';

/**
 * Words to show, kept as a key and values rather than a string, so a message already on screen
 * follows a language switch. A value may be the office's own text in both languages.
 */
export type Message = { key: string; values?: Record<string, string | number | LocalizedText> };

export function translate(t: TFunction, { key, values = {} }: Message, language: Language): string {
  const localized = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value[language] : value]),
  );
  return t(key, { ...localized, lng: language });
}
