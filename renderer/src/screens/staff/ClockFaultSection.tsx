import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffOverview } from '../../../../shared/ipc/contract';
import { useFlow } from '../../flow/FlowContext';
import { StaffSection } from './StaffSection';
import { useStaffCall } from './useStaffCall';

function seoulTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'ko-KR', { timeZone: 'Asia/Seoul' });
}

/** Shown only while the wall clock disagrees with the time that passed: staff compare and confirm. */
export function ClockFaultSection({ fault }: { fault: NonNullable<StaffOverview['clockFault']> }) {
  const { t, i18n } = useTranslation();
  const call = useStaffCall();
  const refreshStaff = useFlow((s) => s.refreshStaff);
  const [refused, setRefused] = useState(false);

  const confirm = async () => {
    const answer = await call((kiosk) => kiosk.confirmClock({ wallClockAt: fault.wallClockAt }));
    if (!answer) return;
    setRefused(!answer.ok);
    await refreshStaff();
  };

  return (
    <StaffSection heading={t('clockFault.heading')} data-testid="clock-fault" data-direction={fault.direction}>
      <p className="notice notice--error" role="alert">
        {t(fault.direction === 'ahead' ? 'clockFault.ahead' : 'clockFault.behind')}
      </p>
      <dl className="staff-section__status">
        <dt>{t('clockFault.wallClock')}</dt>
        <dd>{seoulTime(fault.wallClockAt, i18n.language)}</dd>
        <dt>{t('clockFault.queueTime')}</dt>
        <dd>{seoulTime(fault.queueAt, i18n.language)}</dd>
      </dl>
      <p>{t('clockFault.advice')}</p>
      <button type="button" className="btn btn--secondary btn--small" onClick={() => void confirm()}>
        {t('clockFault.confirm')}
      </button>
      {refused && <p className="notice notice--info">{t('clockFault.movedAgain')}</p>}
    </StaffSection>
  );
}
