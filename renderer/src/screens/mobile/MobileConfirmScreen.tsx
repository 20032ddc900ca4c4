import { textIn } from '../../../../shared/language';
import { useTranslation } from 'react-i18next';
import type { MobileState } from '../../flow/flowTypes';
import { useFlow } from '../../flow/FlowContext';
import { ScreenTitle, TypedPhone } from '../parts';

type Props = { state: Extract<MobileState, { name: 'mobileConfirm' }> };

export function MobileConfirmScreen({ state }: Props) {
  const { t } = useTranslation();
  const send = useFlow((s) => s.send);
  const confirmMobile = useFlow((s) => s.confirmMobile);
  return (
    <div className="stack stack--center">
      <ScreenTitle>{t('mobile.confirmTitle')}</ScreenTitle>
      <p className="selected-service">
        <span className="selected-service__label">{t('ticket.selectedService')}</span>{' '}
        <strong className="selected-service__name">{textIn(state.service.name, state.language)}</strong>
      </p>
      {/* As typed, since it was on screen while typing: the last chance to check every digit. Masked from here on. */}
      <TypedPhone label={t('mobile.phoneLabel')} typed={state.phone} testId="confirm-phone" />
      <p className="hint">{t('mobile.confirmHint')}</p>
      <p className="hint">{t('voice.digitsOnlyPrivately')}</p>
      <div className="choice-actions">
        <button type="button" className="btn btn--primary" data-enter onClick={() => void confirmMobile()}>
          {t('mobile.confirm')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => send({ type: 'phoneEditRequested' })}>
          {t('mobile.edit')}
        </button>
      </div>
    </div>
  );
}
