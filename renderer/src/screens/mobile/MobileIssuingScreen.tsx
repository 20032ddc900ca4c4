import { textIn } from '../../../../shared/language';
import { useTranslation } from 'react-i18next';
import type { MobileState } from '../../flow/flowTypes';
import { Busy, ScreenTitle } from '../parts';

type Props = { state: Extract<MobileState, { name: 'mobileIssuing' }> };

export function MobileIssuingScreen({ state }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stack stack--center">
      <ScreenTitle>{t('mobile.issuingTitle')}</ScreenTitle>
      <p className="selected-service">
        <strong className="selected-service__name">{textIn(state.service.name, state.language)}</strong>
      </p>
      <Busy label={t('printing.wait')} />
    </div>
  );
}
