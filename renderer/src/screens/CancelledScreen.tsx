import { useTranslation } from 'react-i18next';
import { ScreenTitle } from './parts';

export function CancelledScreen() {
  const { t } = useTranslation();
  return (
    <div className="stack stack--center">
      <ScreenTitle>{t('cancelled.title')}</ScreenTitle>
      <p className="lead">{t('cancelled.body')}</p>
    </div>
  );
}
