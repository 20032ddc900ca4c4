import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/office';

/** An i18next instance for one page, Korean first; the kiosk, the counter page and the board each make theirs. */
export function createI18nInstance(messages: { ko: object; en: object }, language: Language = 'ko'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { ko: { translation: messages.ko }, en: { translation: messages.en } },
    lng: language,
    fallbackLng: 'ko',
    supportedLngs: ['ko', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
