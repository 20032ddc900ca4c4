import { useTranslation } from 'react-i18next';
import { Busy, ScreenTitle } from './parts';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="stack stack--center">
      <ScreenTitle>{t('loading.title')}</ScreenTitle>
      <Busy label={t('loading.services')} />
    </div>
  );
}
