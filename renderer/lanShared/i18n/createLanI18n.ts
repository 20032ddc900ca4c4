import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/office';
import { lanEn } from './lanEn';
import { lanKo } from './lanKo';

/** A page's i18next instance: its own messages next to the shared ones, Korean first. */
export function createLanI18n(messages: { ko: object; en: object }, language: Language = 'ko'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      ko: { translation: { ...lanKo, ...messages.ko } },
      en: { translation: { ...lanEn, ...messages.en } },
    },
    lng: language,
    fallbackLng: 'ko',
    supportedLngs: ['ko', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
