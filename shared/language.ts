/*
 * The languages a resident can choose, without zod: the resident's first screen needs these and
 * no schema (the office's schemas in office.ts are built from them).
 */

export const languages = ['ko', 'en', 'zh', 'vi'] as const;
export type Language = (typeof languages)[number];

/** BCP 47 tags for dates, numbers and speech in each language. */
export const languageTags: Record<Language, string> = { ko: 'ko-KR', en: 'en-GB', zh: 'zh-CN', vi: 'vi-VN' };

/** Each language named in itself, as the start screen's buttons offer it. */
export const languageNames: Record<Language, string> = { ko: '한국어', en: 'English', zh: '中文', vi: 'Tiếng Việt' };

/** What an office offers when it has not chosen: the two languages every office has written. */
export const defaultLanguages: readonly Language[] = ['ko', 'en'];

/** Names in Korean and English always; in Chinese and Vietnamese where the office offers them. */
export type LocalizedText = { ko: string; en: string; zh?: string; vi?: string };

/**
 * The text in the given language. The office schema requires it for every offered language, so
 * the Korean fallback only serves a ticket issued in a language the office has since stopped offering.
 */
export function textIn(text: LocalizedText, language: Language): string {
  return text[language] ?? text.ko;
}
