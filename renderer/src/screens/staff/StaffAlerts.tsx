import { useCallback, useState } from 'react';
import type { OfficeAlert } from '../../../../shared/officeAlerts';
import { OfficeAlertList } from '../../../lanShared/OfficeAlertList';
import { useRepeatedly } from './useRepeatedly';
import { useStaffCall } from './useStaffCall';

/** Often enough that an emptied roll shows before the next resident finds it; each ask reads the printer. */
const ASK_EVERY_MS = 5_000;

/** The kiosk's alerts above every staff tab, kept current while the staff screen is open. */
export function StaffAlerts() {
  const call = useStaffCall();
  const [alerts, setAlerts] = useState<OfficeAlert[]>([]);
  const ask = useCallback(async () => {
    const answer = await call((kiosk) => kiosk.getOfficeAlerts({}));
    if (answer?.ok) setAlerts(answer.value.alerts);
  }, [call]);
  useRepeatedly(ask, ASK_EVERY_MS, { startNow: true });
  return <OfficeAlertList alerts={alerts} />;
}
