import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffState } from '../flow/flowTypes';
import { PairingPanel } from './staff/PairingPanel';
import { RevokePanel } from './staff/RevokePanel';
import { SecuritySection } from './staff/SecuritySection';
import { StaffOverviewPanel } from './staff/StaffOverviewPanel';
import { TicketDeskSection } from './staff/TicketDeskSection';
import { SettingsPage } from './settings/SettingsPage';
import { StaffAlerts } from './staff/StaffAlerts';
import { StatisticsSection } from './staff/StatisticsSection';
import { useRepeatedly } from './staff/useRepeatedly';
import { useFlow } from '../flow/FlowContext';

const tabs = ['overview', 'desk', 'statistics', 'security', 'settings'] as const;
type StaffTab = (typeof tabs)[number];
/** Statistics and office settings are the manager's alone. */
const managerTabs: ReadonlySet<StaffTab> = new Set(['statistics', 'settings']);

/** The overview (printer, sync, wrong PINs, counters) changes by itself: re-read it this often while the screen is open. */
const OVERVIEW_EVERY_MS = 5_000;

const tabLabels = { overview: 'staffTabs.overview', desk: 'desk.tab', statistics: 'staffTabs.statistics', security: 'security.tab', settings: 'staffTabs.settings' } as const;

export function StaffScreen({ state }: { state: StaffState }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<StaffTab>('overview');
  useRepeatedly(useFlow((s) => s.pollStaff), OVERVIEW_EVERY_MS, { startNow: false });
  const { panel } = state;
  switch (panel.kind) {
    case 'pairing':
      return <PairingPanel language={state.language} panel={panel} />;
    case 'confirmRevoke':
      return <RevokePanel language={state.language} panel={panel} revoking={state.pending === 'revoking'} />;
    case 'overview':
      return (
        <div className="staff-screen">
          <StaffAlerts />
          <nav className="staff-tabs" aria-label={t('staffTabs.label')}>
            {tabs.filter((each) => state.overview.role === 'manager' || !managerTabs.has(each)).map((each) => (
              <button key={each} type="button" className="staff-tabs__tab" aria-current={tab === each ? 'page' : undefined} onClick={() => setTab(each)}>
                {t(tabLabels[each])}
              </button>
            ))}
          </nav>
          {tab === 'overview' && <StaffOverviewPanel state={state} />}
          {tab === 'desk' && <TicketDeskSection role={state.overview.role} />}
          {tab === 'statistics' && state.overview.role === 'manager' && <StatisticsSection />}
          {tab === 'security' && <SecurityPage state={state} />}
          {tab === 'settings' && state.overview.role === 'manager' && <SettingsPage />}
        </div>
      );
  }
}

function SecurityPage({ state }: { state: StaffState }) {
  return <SecuritySection overview={state.overview} />;
}
