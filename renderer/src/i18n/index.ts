import type { i18n } from 'i18next';
import { createI18nInstance } from './createI18nInstance';
import { en } from './en';
import { ko } from './ko';
import { vi } from './vi';
import { zh } from './zh';

/** The kiosk's own messages; Korean first, English, Chinese and Vietnamese for foreign residents. */
export function createI18n(): i18n {
  return createI18nInstance({ kiosk: { ko, en, zh, vi } });
}
