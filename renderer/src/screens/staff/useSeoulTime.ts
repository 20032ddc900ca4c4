import { useTranslation } from 'react-i18next';

/** Formats an ISO instant as the office's wall-clock time, in the staff screen's language. */
export function useSeoulTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'ko-KR';
  return (iso) => new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Seoul' });
}
