import { useEffect, useState } from 'react';
import type { OfficeAlert } from '../../../../shared/officeAlerts';
import { OfficeAlertList } from '../../../lanShared/OfficeAlertList';
import { useStaffCall } from './useStaffCall';

/** Often enough that an emptied roll shows before the next resident finds it; each ask reads the printer. */
const ASK_EVERY_MS = 5_000;

/** The kiosk's alerts above every staff tab, kept current while the staff screen is open. */
export function StaffAlerts() {
  const call = useStaffCall();
  const [alerts, setAlerts] = useState<OfficeAlert[]>([]);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await call((kiosk) => kiosk.getOfficeAlerts({}));
      if (stopped) return;
      if (answer?.ok) setAlerts(answer.value.alerts);
      timer = setTimeout(() => void ask(), ASK_EVERY_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [call]);
  return <OfficeAlertList alerts={alerts} />;
}
