import { useTranslation } from 'react-i18next';
import { useFlow } from '../../flow/FlowContext';
import type { StaffNotice, StaffState } from '../../flow/flowTypes';
import { ClockFaultSection } from './ClockFaultSection';
import { CountersTable } from './CountersTable';
import { LanSection } from './LanSection';
import { StaffHeader } from './StaffHeader';
import { StaffSection } from './StaffSection';
import { RecentErrorsSection } from './RecentErrorsSection';
import { SoftwareSection } from './SoftwareSection';
import { SyncSection } from './SyncSection';
import { VoiceSection } from './VoiceSection';

function NoticeLine({ notice }: { notice: StaffNotice }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case 'none':
      return null;
    case 'revoked':
      return (
        <p className="notice notice--info">
          {t('staff.notice-revoked', { number: notice.counter.number, count: notice.revokedDevices })}
        </p>
      );
    case 'lan-unavailable':
    case 'failed':
      return <p className="notice notice--error">{t(`staff.notice-${notice.kind}`)}</p>;
  }
}

export function StaffOverviewPanel({ state }: { state: StaffState }) {
  const { t } = useTranslation();
  const refreshStaff = useFlow((s) => s.refreshStaff);
  const resolveUncertainPrint = useFlow((s) => s.resolveUncertainPrint);
  const { printer } = state.overview;
  return (
    <div className="staff">
      <div className="staff__top">
        <StaffHeader language={state.language}>{t('staff.title')}</StaffHeader>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void refreshStaff()}>
          {t('staff.refresh')}
        </button>
      </div>
      <div className="staff__column">
        {state.overview.clockFault && <ClockFaultSection fault={state.overview.clockFault} />}
        <LanSection lan={state.overview.lan} canSwitch={state.overview.role === 'manager'} />
        <StaffSection heading={t('staff.printerHeading')}>
          <p className="staff-section__status" data-testid="printer-status" data-printer-state={printer.state}>
            {printer.state === 'ready' ? t('staff.printerReady') : t(`problem.${printer.state}`)}
            {printer.paperNearEnd && ` ${t('staff.paperNearEnd')}`}
          </p>
          {state.overview.uncertainPrints.length > 0 && (
            <ul className="staff-section__list" data-testid="uncertain-prints">
              {state.overview.uncertainPrints.map(({ ticketId, displayNumber }) => (
                <li key={ticketId}>
                  {t('staff.uncertainPrint', { number: displayNumber })}{' '}
                  <button type="button" className="btn btn--secondary btn--small" onClick={() => void resolveUncertainPrint(ticketId, true)}>
                    {t('staff.uncertainCameOut')}
                  </button>{' '}
                  <button type="button" className="btn btn--secondary btn--small" onClick={() => void resolveUncertainPrint(ticketId, false)}>
                    {t('staff.uncertainNotOut')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </StaffSection>
        <SyncSection sync={state.overview.sync} />
        <SoftwareSection software={state.overview.software} />
        <VoiceSection />
        <RecentErrorsSection errors={state.overview.recentErrors} />
      </div>
      <div className="staff__column">
        <NoticeLine notice={state.notice} />
        <CountersTable state={state} />
      </div>
    </div>
  );
}
