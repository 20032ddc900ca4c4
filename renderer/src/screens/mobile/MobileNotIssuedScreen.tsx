import { useTranslation } from 'react-i18next';
import type { MobileState } from '../../flow/flowTypes';
import { useFlow } from '../../flow/FlowContext';
import { ScreenTitle } from '../parts';

type Props = { state: Extract<MobileState, { name: 'mobileNotIssued' }> };

/** A duplicate says only that: nothing about the other ticket, which may be someone else's business. */
export function MobileNotIssuedScreen({ state }: Props) {
  const { t } = useTranslation();
  const choosePaperInstead = useFlow((s) => s.choosePaperInstead);
  const paperOffered = state.office.ticketKinds.includes('paper');
  const duplicate = state.reason === 'duplicate';
  return (
    <div className="stack stack--center" data-testid={`mobile-${state.reason}`}>
      <ScreenTitle>{t(duplicate ? 'mobile.duplicateTitle' : 'mobile.unavailableTitle')}</ScreenTitle>
      {!duplicate && <p className="lead">{t(paperOffered ? 'mobile.paperWayOn' : 'tellStaff')}</p>}
      {paperOffered && (
        <div className="choice-actions">
          <button type="button" className="btn btn--primary btn--huge" data-enter onClick={() => void choosePaperInstead()}>
            {t('mobile.paper')}
          </button>
        </div>
      )}
    </div>
  );
}
