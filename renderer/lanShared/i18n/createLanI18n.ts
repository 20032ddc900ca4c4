import type { i18n } from 'i18next';
import type { Language } from '../../../shared/language';
import { createI18nInstance, type PageMessages } from '../../src/i18n/createI18nInstance';
import { lanEn } from './lanEn';
import { lanKo } from './lanKo';

/** A LAN page's messages in its own namespace, falling back to the `lan` words the counter page and the board share. */
export function createLanI18n(page: 'counter' | 'board' | 'manager', messages: PageMessages, language: Language = 'ko'): i18n {
  return createI18nInstance({ [page]: messages, lan: { ko: lanKo, en: lanEn } }, language);
}
