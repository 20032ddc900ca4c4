import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/language';
import { useFlow } from '../../flow/FlowContext';
import type { StaffPanel } from '../../flow/flowTypes';
import { Busy } from '../parts';
import { StaffHeader } from './StaffHeader';

type Props = { language: Language; panel: Extract<StaffPanel, { kind: 'confirmRevoke' }>; revoking: boolean };

export function RevokePanel({ language, panel, revoking }: Props) {
  const { t } = useTranslation();
  const confirmRevoke = useFlow((s) => s.confirmRevoke);
  const closeStaffPanel = useFlow((s) => s.closeStaffPanel);
  return (
    <div className="stack staff-panel">
      <StaffHeader language={language}>{t('revoke.title', { number: panel.counter.number })}</StaffHeader>
      <div className="staff-panel__body">
        <p className="lead">{t('revoke.body')}</p>
        {revoking ? (
          <Busy label={t('revoke.working')} />
        ) : (
          <div className="result__actions">
            <button type="button" className="btn btn--primary" onClick={() => void confirmRevoke()}>
              {t('staff.revoke')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => void closeStaffPanel()}>
              {t('revoke.cancel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
