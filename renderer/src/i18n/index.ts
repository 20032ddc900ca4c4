import type { i18n } from 'i18next';
import { createI18nInstance } from './createI18nInstance';
import { en } from './en';
import { ko } from './ko';
import { vi } from './vi';
import { zh } from './zh';
import { lanEn } from '../../lanShared/i18n/lanEn';
import { lanKo } from '../../lanShared/i18n/lanKo';

/** The kiosk's own messages; Korean first, English, Chinese and Vietnamese for foreign residents. */
export function createI18n(): i18n {
  // The kiosk's alerts read the same on its staff screen as on the counter pages.
  return createI18nInstance({ kiosk: { ko, en, zh, vi }, lan: { ko: lanKo, en: lanEn } });
}
