import type { i18n } from 'i18next';
import type { Language } from '../../../shared/office';
import { createI18nInstance } from '../../src/i18n/createI18nInstance';
import { lanEn } from './lanEn';
import { lanKo } from './lanKo';

/** A LAN page's messages next to the ones the counter page and the board share. */
export function createLanI18n(messages: { ko: object; en: object }, language: Language = 'ko'): i18n {
  return createI18nInstance({ ko: { ...lanKo, ...messages.ko }, en: { ...lanEn, ...messages.en } }, language);
}
