import { useTranslation } from 'react-i18next';
import { seoulDateTimeParts } from '../../../../shared/businessDay';
import type { Language } from '../../../../shared/language';
import { useFlow } from '../../flow/FlowContext';
import type { StaffPanel } from '../../flow/flowTypes';
import { StaffHeader } from './StaffHeader';
import { UrlList } from './UrlList';

type Props = { language: Language; panel: Extract<StaffPanel, { kind: 'pairing' }> };

/** Big enough to read from the counter's desk while typing it on the laptop. */
export function PairingPanel({ language, panel }: Props) {
  const { t } = useTranslation();
  const closeStaffPanel = useFlow((s) => s.closeStaffPanel);
  const { pairing } = panel;
  return (
    <div className="stack staff-panel">
      <StaffHeader language={language}>{t('staff.pairFor', { number: panel.counter.number })}</StaffHeader>
      <div className="staff-panel__body">
        <p className="lead">{t('pairing.steps')}</p>
        <div className="pairing">
          <p className="pairing__code" data-testid="pairing-code">
            {pairing.code}
          </p>
          <p className="pairing__expires" data-testid="pairing-expires">
            {t('pairing.expires', { time: seoulDateTimeParts(Date.parse(pairing.expiresAt)).time })}
          </p>
        </div>
        <UrlList label={t('pairing.address')} urls={pairing.counterPageUrls} />
        <button type="button" className="btn btn--primary staff-panel__done" onClick={() => void closeStaffPanel()}>
          {t('pairing.close')}
        </button>
      </div>
    </div>
  );
}
