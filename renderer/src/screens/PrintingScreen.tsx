import { textIn } from '../../../shared/language';
import { useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowTypes';
import { Busy, ScreenTitle } from './parts';

type Props = { state: Extract<FlowState, { name: 'printing' }> };

export function PrintingScreen({ state }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stack stack--center">
      <ScreenTitle>{t('printing.title')}</ScreenTitle>
      <p className="selected-service">
        <strong className="selected-service__name">{textIn(state.service.name, state.language)}</strong>
      </p>
      <Busy label={t('printing.wait')} />
    </div>
  );
}
