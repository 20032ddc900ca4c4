import { useCounter } from '../counterStore';
import { useText } from './useText';

export function LanguageSwitch() {
  const { t, language } = useText();
  const setPreferences = useCounter((s) => s.setPreferences);
  const other = language === 'ko' ? 'en' : 'ko';
  return (
    <button type="button" className="btn btn--small" lang={other} onClick={() => setPreferences({ language: other })} data-testid="switch-language">
      {t('app.otherLanguage')}
    </button>
  );
}
