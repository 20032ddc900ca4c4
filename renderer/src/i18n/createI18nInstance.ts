import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/office';

export type PageMessages = { ko: object; en: object };

/**
 * An i18next instance for one page, Korean first; the kiosk, the counter page and the board each
 * make theirs. The first namespace is the page's own; the others are where its keys fall back to.
 */
export function createI18nInstance(namespaces: Record<string, PageMessages>, language: Language = 'ko'): i18n {
  const names = Object.keys(namespaces);
  const inLanguage = (lng: Language) => Object.fromEntries(names.map((name) => [name, namespaces[name][lng]]));
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { ko: inLanguage('ko'), en: inLanguage('en') },
    ns: names,
    defaultNS: names[0],
    fallbackNS: names.slice(1),
    lng: language,
    fallbackLng: 'ko',
    supportedLngs: ['ko', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
