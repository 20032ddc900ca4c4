import { useTranslation } from 'react-i18next';
import type { LanStatus } from '../../../../shared/ipc/contract';
import { useFlow } from '../../flow/FlowContext';
import { StaffSection } from './StaffSection';
import { UrlList } from './UrlList';

function statusKey(lan: LanStatus): 'staff.lanRunning' | 'staff.lanNotRunning' | 'staff.lanOff' {
  if (lan.running) return 'staff.lanRunning';
  return lan.enabled ? 'staff.lanNotRunning' : 'staff.lanOff';
}

/** Only the manager switches the LAN server; a clerk sees its state and addresses. */
export function LanSection({ lan, canSwitch }: { lan: LanStatus; canSwitch: boolean }) {
  const { t } = useTranslation();
  const toggleLan = useFlow((s) => s.toggleLan);
  return (
    <StaffSection heading={t('staff.lanHeading')}>
      <button type="button" className="switch" aria-pressed={lan.enabled} disabled={!canSwitch} onClick={() => void toggleLan()}>
        <span className="switch__label">{t('staff.lanSwitch')}</span>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__state" aria-hidden="true">
          {t(lan.enabled ? 'staff.on' : 'staff.off')}
        </span>
      </button>
      <p className="staff-section__status" data-testid="lan-status">
        {t(statusKey(lan))}
        {lan.problem && (
          <>
            {' '}
            <span lang="en">{lan.problem}</span>
          </>
        )}
      </p>
      <UrlList label={t('staff.counterPages')} urls={lan.counterPageUrls} />
      <UrlList label={t('staff.boards')} urls={lan.boardUrls} />
      {canSwitch && <UrlList label={t('staff.managerPages')} urls={lan.managerPageUrls} />}
    </StaffSection>
  );
}
