import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../../../shared/language';

/** Korean and English always; Chinese and Vietnamese on the pages residents read (missing keys fall back to Korean). */
export type PageMessages = { ko: object; en: object; zh?: object; vi?: object };

/**
 * An i18next instance for one page, Korean first; the kiosk, the counter page and the board each
 * make theirs. The first namespace is the page's own; the others are where its keys fall back to.
 */
export function createI18nInstance(namespaces: Record<string, PageMessages>, language: Language = 'ko'): i18n {
  const names = Object.keys(namespaces);
  const inLanguage = (lng: Language) => Object.fromEntries(names.map((name) => [name, namespaces[name][lng] ?? {}]));
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(languages.map((lng) => [lng, inLanguage(lng)])),
    ns: names,
    defaultNS: names[0],
    fallbackNS: names.slice(1),
    lng: language,
    fallbackLng: 'ko',
    supportedLngs: [...languages],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
